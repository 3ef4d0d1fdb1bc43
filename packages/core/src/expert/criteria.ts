import { WEIGHT_TOTAL, type ExpertIssue } from './types.ts';

export interface CriterionInput {
  name: string;
  description?: string | null;
  weight: number;
}

export const MAX_CRITERIA = 20;

/**
 * Checks a commission's set of criteria. Weights must be whole percentages that add up to exactly 100: we
 * refuse rather than normalise, because a secretary who typed 30 + 30 + 30 meant something and should
 * decide what, and because experts read the weights as published percentages. Names must be unique
 * (ignoring case and spaces) so a score sheet never shows two lines with the same label.
 */
export function validateCriteria(criteria: readonly CriterionInput[]): ExpertIssue[] {
  const issues: ExpertIssue[] = [];
  if (criteria.length === 0) issues.push({ path: 'criteria', message: 'нужен хотя бы один критерий', messageEn: 'at least one criterion is required' });
  if (criteria.length > MAX_CRITERIA)
    issues.push({ path: 'criteria', value: criteria.length, message: `не больше ${MAX_CRITERIA} критериев`, messageEn: `at most ${MAX_CRITERIA} criteria` });
  const seen = new Map<string, number>();
  criteria.forEach((c, i) => {
    const key = c.name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('ru');
    if (!key) issues.push({ path: `criteria.${i}.name`, value: c.name, message: 'пустое название', messageEn: 'empty name' });
    else if (seen.has(key))
      issues.push({ path: `criteria.${i}.name`, value: c.name, message: `повторяет критерий № ${seen.get(key)! + 1}`, messageEn: `repeats criterion no. ${seen.get(key)! + 1}` });
    else seen.set(key, i);
    if (!Number.isInteger(c.weight) || c.weight < 1 || c.weight > WEIGHT_TOTAL)
      issues.push({ path: `criteria.${i}.weight`, value: c.weight, message: 'вес — целое число от 1 до 100', messageEn: 'the weight is a whole number from 1 to 100' });
  });
  const sum = criteria.reduce((s, c) => s + c.weight, 0);
  if (criteria.length > 0 && sum !== WEIGHT_TOTAL)
    issues.push({
      path: 'criteria', value: sum,
      message: `сумма весов ${sum}, а должна быть ровно ${WEIGHT_TOTAL}`,
      messageEn: `the weights add up to ${sum}, they must add up to exactly ${WEIGHT_TOTAL}`,
    });
  return issues;
}

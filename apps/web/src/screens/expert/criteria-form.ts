import type { ExpertCriterion } from '../../api/expert-types.ts';

/** A row of the criteria editor; `key` keeps React rows stable while rows are added and removed. */
export interface CriterionDraft {
  key: string;
  name: string;
  description: string;
  weight: number | '';
}

let next = 0;
export const newKey = () => `c${++next}`;

export function draftsFrom(criteria: readonly ExpertCriterion[]): CriterionDraft[] {
  return criteria.map((c) => ({ key: newKey(), name: c.name, description: c.description, weight: c.weight }));
}

/** The sum the secretary sees while typing; the server refuses anything but exactly 100. */
export function weightSum(drafts: readonly CriterionDraft[]): number {
  return drafts.reduce((s, d) => s + (typeof d.weight === 'number' && Number.isFinite(d.weight) ? d.weight : 0), 0);
}

/**
 * What PUT …/criteria takes. An empty weight goes as 0 so the server names the row in its refusal, rather
 * than the form silently dropping it.
 */
export function criteriaPayload(drafts: readonly CriterionDraft[]): { criteria: { name: string; description: string; weight: number }[] } {
  return { criteria: drafts.map((d) => ({ name: d.name, description: d.description, weight: typeof d.weight === 'number' ? d.weight : 0 })) };
}

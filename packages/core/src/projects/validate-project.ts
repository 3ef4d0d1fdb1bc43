import { formatDateRu } from '../rules/dates.ts';
import { COST_ITEMS, PROJECT_STAGE_LABELS, type JointProjectInput, type ProjectIssue } from './project-types.ts';

export interface ProjectContext {
  /** INNs of the cluster's participants: only they can take part in its joint project. */
  clusterParticipants: readonly string[];
}

/** At least two participants make a project joint (Decree 41: a project of participants of a cluster). */
export const MIN_PROJECT_PARTICIPANTS = 2;

const OKPD2 = /^\d{2}(\.\d{1,2}(\.\d{1,2}(\.\d{1,3})?)?)?$/;
const yearOf = (iso: string) => Number(iso.slice(0, 4));

function participantIssues(p: JointProjectInput, ctx: ProjectContext): ProjectIssue[] {
  const issues: ProjectIssue[] = [];
  const distinct = new Set(p.participants.map((x) => x.inn));
  if (distinct.size < MIN_PROJECT_PARTICIPANTS)
    issues.push({ path: 'participants', value: p.participants.map((x) => x.inn), message: `Совместный проект — не менее ${MIN_PROJECT_PARTICIPANTS} участников кластера; указано: ${distinct.size}`, messageEn: `A joint project needs at least ${MIN_PROJECT_PARTICIPANTS} cluster participants; given: ${distinct.size}` });
  const seen = new Set<string>();
  const cluster = new Set(ctx.clusterParticipants);
  p.participants.forEach((x, i) => {
    if (seen.has(x.inn)) issues.push({ path: `participants[${i}].inn`, value: x.inn, message: `ИНН ${x.inn} указан дважды`, messageEn: `INN ${x.inn} is listed twice` });
    seen.add(x.inn);
    if (!cluster.has(x.inn)) issues.push({ path: `participants[${i}].inn`, value: x.inn, message: `ИНН ${x.inn} не участник кластера`, messageEn: `INN ${x.inn} is not a participant of the cluster` });
  });
  const leads = p.participants.filter((x) => x.role === 'lead').length;
  if (leads !== 1) issues.push({ path: 'participants', value: leads, message: `Нужен ровно один ведущий участник (lead); указано: ${leads}`, messageEn: `Exactly one lead participant is needed; given: ${leads}` });
  return issues;
}

function stageIssues(p: JointProjectInput): ProjectIssue[] {
  const issues: ProjectIssue[] = [];
  if (p.stages.length === 0) issues.push({ path: 'stages', value: [], message: 'Укажите хотя бы один этап жизненного цикла', messageEn: 'Give at least one life-cycle stage' });
  const seen = new Set<string>();
  p.stages.forEach((s, i) => {
    if (seen.has(s.stage)) issues.push({ path: `stages[${i}].stage`, value: s.stage, message: `Этап «${PROJECT_STAGE_LABELS[s.stage].ru}» указан дважды`, messageEn: `Stage "${s.stage}" is listed twice` });
    seen.add(s.stage);
    if (s.endsOn < s.startsOn) issues.push({ path: `stages[${i}].endsOn`, value: s.endsOn, message: `Этап заканчивается (${formatDateRu(s.endsOn)}) раньше, чем начинается (${formatDateRu(s.startsOn)})`, messageEn: `The stage ends (${s.endsOn}) before it starts (${s.startsOn})` });
  });
  return issues;
}

function budgetLineIssues(p: JointProjectInput): ProjectIssue[] {
  const issues: ProjectIssue[] = [];
  if (p.budget.length === 0) issues.push({ path: 'budget', value: [], message: 'Смета пуста: добавьте хотя бы одну строку затрат', messageEn: 'The budget is empty: add at least one cost line' });
  const members = new Set(p.participants.map((x) => x.inn));
  const stages = new Map(p.stages.map((s) => [s.stage, s]));
  p.budget.forEach((line, i) => {
    const at = (field: string) => `budget[${i}].${field}`;
    if (!members.has(line.inn)) issues.push({ path: at('inn'), value: line.inn, message: `Затраты несёт ИНН ${line.inn}, который не участник проекта`, messageEn: `The cost is borne by INN ${line.inn}, not a project participant` });
    if (line.supplierInn && line.supplierInn === line.inn) issues.push({ path: at('supplierInn'), value: line.supplierInn, message: 'Поставщик совпадает с участником, несущим затраты', messageEn: 'The supplier is the participant bearing the cost' });
    if (!(COST_ITEMS as readonly string[]).includes(line.costItem)) issues.push({ path: at('costItem'), value: line.costItem, message: `Неизвестная статья «${line.costItem}»; допустимо: ${COST_ITEMS.join(', ')}`, messageEn: `Unknown cost item "${line.costItem}"; allowed: ${COST_ITEMS.join(', ')}` });
    if (!(line.amount > 0)) issues.push({ path: at('amount'), value: line.amount, message: 'Сумма строки сметы должна быть больше нуля', messageEn: 'A budget line amount must be above zero' });
    if (line.spentOn && yearOf(line.spentOn) !== line.year) issues.push({ path: at('spentOn'), value: line.spentOn, message: `Дата ${formatDateRu(line.spentOn)} не в ${line.year} году строки`, messageEn: `The date ${line.spentOn} is not in the line's year ${line.year}` });
    const stage = stages.get(line.stage);
    if (!stage) issues.push({ path: at('stage'), value: line.stage, message: `Этапа «${PROJECT_STAGE_LABELS[line.stage]?.ru ?? line.stage}» нет в проекте`, messageEn: `The project has no stage "${line.stage}"` });
    else if (line.year < yearOf(stage.startsOn) || line.year > yearOf(stage.endsOn))
      issues.push({ path: at('year'), value: line.year, message: `${line.year} год вне сроков этапа «${PROJECT_STAGE_LABELS[line.stage].ru}» (${yearOf(stage.startsOn)}–${yearOf(stage.endsOn)})`, messageEn: `Year ${line.year} is outside the stage "${line.stage}" (${yearOf(stage.startsOn)}–${yearOf(stage.endsOn)})` });
  });
  return issues;
}

function resultIssues(p: JointProjectInput): ProjectIssue[] {
  const issues: ProjectIssue[] = [];
  if (p.results.length === 0) issues.push({ path: 'results', value: [], message: 'Укажите ожидаемые результаты: выпуск, импортозамещение, рабочие места', messageEn: 'Give the expected results: output, import substitution, jobs' });
  const first = p.stages.length ? Math.min(...p.stages.map((s) => yearOf(s.startsOn))) : null;
  const seen = new Set<number>();
  p.results.forEach((r, i) => {
    if (seen.has(r.year)) issues.push({ path: `results[${i}].year`, value: r.year, message: `${r.year} год указан дважды`, messageEn: `Year ${r.year} is listed twice` });
    seen.add(r.year);
    if (first !== null && r.year < first) issues.push({ path: `results[${i}].year`, value: r.year, message: `Результат ${r.year} года раньше начала проекта (${first})`, messageEn: `A result in ${r.year} precedes the project start (${first})` });
  });
  return issues;
}

/**
 * Everything wrong with a joint project, each with the field and value at fault: participants (at least
 * two, one lead, all in the cluster), product code, stages, a budget consistent with them, results.
 */
export function validateJointProject(p: JointProjectInput, ctx: ProjectContext): ProjectIssue[] {
  const issues = participantIssues(p, ctx);
  if (!OKPD2.test(p.product.okpd2)) issues.push({ path: 'product.okpd2', value: p.product.okpd2, message: `Код ОКПД2 «${p.product.okpd2}» не похож на код вида 29.32.30`, messageEn: `"${p.product.okpd2}" is not an OKPD2 code such as 29.32.30` });
  if (!/^pp41@/.test(p.subsidyRuleset)) issues.push({ path: 'subsidyRuleset', value: p.subsidyRuleset, message: 'Субсидия считается по набору правил pp41@версия', messageEn: 'The subsidy is computed by a pp41@version rule set' });
  return [...issues, ...stageIssues(p), ...budgetLineIssues(p), ...resultIssues(p)];
}

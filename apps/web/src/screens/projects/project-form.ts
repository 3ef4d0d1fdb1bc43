import type { ApiErrorDetail } from '../../api/client.ts';
import type { CostItem, Project, ProjectBody, ProjectStage } from '../../api/projects-types.ts';

/**
 * The joint-project form as the screen edits it, and its way to and from the API body. Rows keep their order
 * in the body (none is dropped), so an error the server names by index ("budget.3.amount") lands on the row
 * the person sees as the fourth. Numbers not yet typed are '' (as Mantine's NumberInput gives them).
 */
export type Num = number | '';

export interface StageRow { key: string; stage: ProjectStage | null; startsOn: string | null; endsOn: string | null; description: string }
export interface BudgetRow {
  key: string; inn: string | null; supplierInn: string; stage: ProjectStage | null; costItem: CostItem | null; year: Num; spentOn: string | null; amount: Num;
}
export interface ResultRow { key: string; year: Num; output: Num; importSubstitution: Num; jobs: Num }

export interface ProjectForm {
  title: string;
  description: string;
  okpd2: string;
  productName: string;
  subsidyRuleset: string;
  /** INNs of the chosen participants of the cluster, in the order chosen. */
  participants: string[];
  lead: string | null;
  stages: StageRow[];
  budget: BudgetRow[];
  results: ResultRow[];
}

export const DEFAULT_RULESET = 'pp41@2021';

let nextKey = 0;
/** React keys of rows: stable while rows are added and removed. */
export const rowKey = (): string => `row-${++nextKey}`;

export const emptyStage = (): StageRow => ({ key: rowKey(), stage: null, startsOn: null, endsOn: null, description: '' });
export const emptyBudgetRow = (): BudgetRow => ({ key: rowKey(), inn: null, supplierInn: '', stage: null, costItem: null, year: '', spentOn: null, amount: '' });
export const emptyResult = (): ResultRow => ({ key: rowKey(), year: '', output: '', importSubstitution: '', jobs: '' });

export function emptyForm(): ProjectForm {
  return {
    title: '', description: '', okpd2: '', productName: '', subsidyRuleset: DEFAULT_RULESET, participants: [], lead: null,
    stages: [emptyStage()], budget: [emptyBudgetRow()], results: [emptyResult()],
  };
}

export function formFromProject(p: Project): ProjectForm {
  return {
    title: p.title, description: p.description, okpd2: p.product.okpd2, productName: p.product.name, subsidyRuleset: p.subsidyRuleset,
    participants: p.participants.map((x) => x.inn), lead: p.participants.find((x) => x.role === 'lead')?.inn ?? null,
    stages: p.stages.map((s) => ({ key: rowKey(), stage: s.stage, startsOn: s.startsOn, endsOn: s.endsOn, description: s.description })),
    budget: p.budget.map((l) => ({
      key: rowKey(), inn: l.inn, supplierInn: l.supplierInn ?? '', stage: l.stage, costItem: l.costItem as CostItem, year: l.year, spentOn: l.spentOn, amount: l.amount,
    })),
    results: p.results.map((r) => ({ key: rowKey(), year: r.year, output: r.output, importSubstitution: r.importSubstitution, jobs: r.jobs })),
  };
}

const num = (v: Num): number => (v === '' ? 0 : v);

/** The body of POST /api/clusters/:id/projects and PUT /api/projects/:id. Call after `missingFields` found nothing. */
export function bodyFromForm(f: ProjectForm): ProjectBody {
  const description = f.description.trim();
  return {
    title: f.title.trim(),
    ...(description ? { description } : {}),
    product: { okpd2: f.okpd2.trim(), name: f.productName.trim() },
    subsidyRuleset: f.subsidyRuleset,
    participants: f.participants.map((inn) => ({ inn, role: inn === f.lead ? 'lead' as const : 'participant' as const })),
    stages: f.stages.map((s) => ({ stage: s.stage!, startsOn: s.startsOn ?? '', endsOn: s.endsOn ?? '', ...(s.description.trim() ? { description: s.description.trim() } : {}) })),
    budget: f.budget.map((l) => ({
      inn: l.inn ?? '', supplierInn: l.supplierInn.trim() || null, stage: l.stage!, costItem: l.costItem ?? '', year: num(l.year), spentOn: l.spentOn, amount: num(l.amount),
    })),
    results: f.results.map((r) => ({ year: num(r.year), output: num(r.output), importSubstitution: num(r.importSubstitution), jobs: num(r.jobs) })),
  };
}

/**
 * Fields left empty, by the key the screen shows errors under: what the request schema would refuse with a
 * message in English (zod's), so the person is asked in their language before anything is sent. Everything
 * about meaning (two participants, dates in order, years within stages) is the server's to say.
 */
export function missingFields(f: ProjectForm): string[] {
  const missing: string[] = [];
  const need = (ok: boolean, key: string) => { if (!ok) missing.push(key); };
  need(f.title.trim() !== '', 'title');
  need(f.okpd2.trim() !== '', 'product.okpd2');
  need(f.productName.trim() !== '', 'product.name');
  f.stages.forEach((s, i) => {
    need(s.stage !== null, `stages.${i}.stage`);
    need(!!s.startsOn, `stages.${i}.startsOn`);
    need(!!s.endsOn, `stages.${i}.endsOn`);
  });
  f.budget.forEach((l, i) => {
    need(l.inn !== null, `budget.${i}.inn`);
    need(l.stage !== null, `budget.${i}.stage`);
    need(l.costItem !== null, `budget.${i}.costItem`);
    need(l.year !== '', `budget.${i}.year`);
    need(l.amount !== '', `budget.${i}.amount`);
  });
  f.results.forEach((r, i) => {
    need(r.year !== '', `results.${i}.year`);
    need(r.output !== '', `results.${i}.output`);
    need(r.importSubstitution !== '', `results.${i}.importSubstitution`);
    need(r.jobs !== '', `results.${i}.jobs`);
  });
  return missing;
}

/**
 * The form field an error path of the server points at. The request schema writes "body.stages.0.endsOn",
 * the project rules "body.stages[0].endsOn"; both become "stages.0.endsOn". Any problem of one participant
 * is shown at the participants field (one picker holds them all).
 */
export function fieldKey(path: string): string {
  const key = path.replace(/^body\./, '').replace(/\[(\d+)\]/g, '.$1');
  return key.startsWith('participants') ? 'participants' : key;
}

export interface PlacedErrors {
  /** Field key → the messages for it, joined. */
  byField: Record<string, string>;
  /** Details no field of the form shows: listed above the form. */
  unplaced: ApiErrorDetail[];
}

/** Puts each detail of a refusal next to its field when the form has one (`shown` says which keys it has). */
export function placeErrors(details: readonly ApiErrorDetail[], lang: 'ru' | 'en', shown: (key: string) => boolean): PlacedErrors {
  const byField: Record<string, string> = {};
  const unplaced: ApiErrorDetail[] = [];
  for (const d of details) {
    const key = fieldKey(d.path);
    const message = lang === 'en' && d.messageEn ? d.messageEn : d.message;
    if (!shown(key)) unplaced.push(d);
    else byField[key] = byField[key] ? `${byField[key]}; ${message}` : message;
  }
  return { byField, unplaced };
}

/** The keys the form shows errors under, for a form of this many rows. */
export function formFieldKeys(f: ProjectForm): Set<string> {
  const keys = new Set(['title', 'description', 'product.okpd2', 'product.name', 'subsidyRuleset', 'participants', 'stages', 'budget', 'results']);
  f.stages.forEach((_s, i) => ['stage', 'startsOn', 'endsOn', 'description'].forEach((k) => keys.add(`stages.${i}.${k}`)));
  f.budget.forEach((_l, i) => ['inn', 'supplierInn', 'stage', 'costItem', 'year', 'spentOn', 'amount'].forEach((k) => keys.add(`budget.${i}.${k}`)));
  f.results.forEach((_r, i) => ['year', 'output', 'importSubstitution', 'jobs'].forEach((k) => keys.add(`results.${i}.${k}`)));
  return keys;
}

/** Sum of the typed budget amounts, in whole kopecks so many lines add up exactly (as the server sums). */
export function formBudgetTotal(f: ProjectForm): number {
  return f.budget.reduce((s, l) => s + Math.round(num(l.amount) * 100), 0) / 100;
}

/** Removing a participant takes it out of the lead and of the budget lines that named it. */
export function withParticipants(f: ProjectForm, participants: string[]): ProjectForm {
  const kept = new Set(participants);
  return {
    ...f,
    participants,
    // the first chosen leads until someone else is named
    lead: f.lead && kept.has(f.lead) ? f.lead : participants[0] ?? null,
    budget: f.budget.map((l) => (l.inn && !kept.has(l.inn) ? { ...l, inn: null } : l)),
  };
}

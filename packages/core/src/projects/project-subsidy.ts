import type { RuleSet } from '../rules/ruleset-schema.ts';
import { calculateSubsidy } from '../subsidy/calculate-subsidy.ts';
import type { SubsidyCost, SubsidyResult } from '../subsidy/subsidy-types.ts';
import { PROJECT_STAGES, type BudgetLineInput, type ExpectedResultInput, type JointProjectInput, type ProjectStage } from './project-types.ts';

/** Sums in whole kopecks, so a budget of many lines adds up exactly. */
const kop = (rub: number) => Math.round(rub * 100);
const rub = (k: number) => k / 100;

function sumBy<K extends string | number>(lines: readonly BudgetLineInput[], key: (l: BudgetLineInput) => K): { key: K; amount: number }[] {
  const sums = new Map<K, number>();
  for (const l of lines) sums.set(key(l), (sums.get(key(l)) ?? 0) + kop(l.amount));
  return [...sums.entries()].sort(([a], [b]) => String(a).localeCompare(String(b), 'en', { numeric: true })).map(([k, v]) => ({ key: k, amount: rub(v) }));
}

export interface BudgetSummary {
  total: number;
  byYear: { year: number; amount: number }[];
  byStage: { stage: ProjectStage; amount: number }[];
  byItem: { costItem: string; amount: number }[];
  byParticipant: { inn: string; amount: number }[];
  /** Cost item × year: the table of the application's budget sheet. */
  byItemAndYear: { costItem: string; year: number; amount: number }[];
}

export function summariseBudget(budget: readonly BudgetLineInput[]): BudgetSummary {
  return {
    total: rub(budget.reduce((s, l) => s + kop(l.amount), 0)),
    byYear: sumBy(budget, (l) => l.year).map((x) => ({ year: x.key, amount: x.amount })),
    // stages in life-cycle order (R&D first), not alphabetically
    byStage: sumBy(budget, (l) => l.stage).map((x) => ({ stage: x.key, amount: x.amount })).sort((a, b) => PROJECT_STAGES.indexOf(a.stage) - PROJECT_STAGES.indexOf(b.stage)),
    byItem: sumBy(budget, (l) => l.costItem).map((x) => ({ costItem: x.key, amount: x.amount })),
    byParticipant: sumBy(budget, (l) => l.inn).map((x) => ({ inn: x.key, amount: x.amount })),
    byItemAndYear: sumBy(budget, (l) => `${l.costItem}|${l.year}`).map((x) => {
      const [costItem, year] = x.key.split('|');
      return { costItem: costItem!, year: Number(year), amount: x.amount };
    }),
  };
}

export interface ResultsSummary {
  output: number;
  importSubstitution: number;
  jobs: number;
  years: number[];
}

export function summariseResults(results: readonly ExpectedResultInput[]): ResultsSummary {
  return {
    output: rub(results.reduce((s, r) => s + kop(r.output), 0)),
    importSubstitution: rub(results.reduce((s, r) => s + kop(r.importSubstitution), 0)),
    jobs: results.reduce((s, r) => s + r.jobs, 0),
    years: results.map((r) => r.year).sort((a, b) => a - b),
  };
}

/** A budget line as the pp41 calculator reads a cost: dated on its day, or on 1 January of its year. */
export function budgetToCosts(budget: readonly BudgetLineInput[]): SubsidyCost[] {
  return budget.map((l) => ({
    date: l.spentOn ?? `${l.year}-01-01`, buyerInn: l.inn, supplierInn: l.supplierInn ?? null, amount: l.amount, costItem: l.costItem, stage: l.stage,
  }));
}

export interface ProjectSubsidy {
  budget: BudgetSummary;
  subsidy: SubsidyResult;
  /** The subsidy over the whole budget (0…1). */
  shareOfBudget: number;
}

/**
 * The subsidy a joint project can claim, by the existing pp41 calculator on its budget lines: the rule set
 * decides which items and dates count, the share and the cap. Participants and compliance are the cluster's.
 */
export function projectSubsidy(project: Pick<JointProjectInput, 'budget'>, set: RuleSet, cluster: { participants: readonly string[]; compliant: boolean | null }): ProjectSubsidy {
  const budget = summariseBudget(project.budget);
  const subsidy = calculateSubsidy({ costs: budgetToCosts(project.budget), participants: cluster.participants, clusterCompliant: cluster.compliant }, set);
  return { budget, subsidy, shareOfBudget: budget.total > 0 ? Math.round((subsidy.amount / budget.total) * 10_000) / 10_000 : 0 };
}

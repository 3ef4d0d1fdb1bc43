import type { AgendaItem, ExpertRankingItem } from '../../api/expert-types.ts';

export interface ExpertTotal {
  expertId: number;
  expertName: string;
  /** The submitted sheet's total; null for a draft (it does not count). */
  total: number | null;
  submittedAt: string | null;
  scored: number;
  conflict: boolean;
}

export interface RankingRow extends ExpertRankingItem {
  experts: ExpertTotal[];
  /** Max − min of the submitted sheets' totals: how far the experts disagree (null below two submitted sheets). */
  spread: number | null;
  /** The agenda item of the same round (for the decision and the remark counts). */
  item: AgendaItem | null;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

export function spreadOf(totals: readonly (number | null)[]): number | null {
  const complete = totals.filter((t): t is number => t !== null);
  return complete.length < 2 ? null : round2(Math.max(...complete) - Math.min(...complete));
}

/**
 * The ranking joined with the agenda by round: the ranking says the order, the agenda each expert's total.
 * The mean is the ranking's weighted score (the mean of the submitted sheets, as the server computes it).
 */
export function rankingRows(ranking: readonly ExpertRankingItem[], agenda: readonly AgendaItem[]): RankingRow[] {
  const byRound = new Map(agenda.map((i) => [i.round.id, i]));
  return ranking.map((r) => {
    const item = byRound.get(r.round.id) ?? null;
    const experts = (item?.assignments ?? []).map((a) => ({ expertId: a.expertId, expertName: a.expertName, total: a.submittedAt === null ? null : a.total, submittedAt: a.submittedAt, scored: a.scored, conflict: a.conflict }));
    return { ...r, experts, spread: spreadOf(experts.map((e) => e.total)), item };
  });
}

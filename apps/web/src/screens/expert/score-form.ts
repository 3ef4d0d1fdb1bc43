import type { ExpertCriterion, ExpertScoreLine } from '../../api/expert-types.ts';
import { SCORE_MAX } from '../../api/expert-types.ts';

/** The scoring form: per criterion a score (null until chosen) and a comment. */
export type ScoreForm = Record<number, { score: number | null; comment: string }>;

export function formFromSheet(criteria: readonly ExpertCriterion[], scores: readonly ExpertScoreLine[]): ScoreForm {
  const byId = new Map(scores.map((s) => [s.criterionId, s]));
  return Object.fromEntries(criteria.map((c) => [c.id, { score: byId.get(c.id)?.score ?? null, comment: byId.get(c.id)?.comment ?? '' }]));
}

export function scoredCount(criteria: readonly ExpertCriterion[], form: ScoreForm): number {
  return criteria.filter((c) => form[c.id]?.score != null).length;
}

/**
 * The weighted total as the server computes it (core/expert/scoring.ts: Σ weight × score / 10, on 0–100),
 * shown live while the expert scores. `partial` is the same sum over the criteria scored so far (the
 * server counts a sheet only when complete, so the final total is null until then).
 */
export function liveTotal(criteria: readonly ExpertCriterion[], form: ScoreForm): { total: number | null; partial: number } {
  const points = criteria.reduce((sum, c) => sum + c.weight * (form[c.id]?.score ?? 0), 0);
  const partial = Math.round((points / SCORE_MAX) * 100) / 100;
  return { total: scoredCount(criteria, form) === criteria.length && criteria.length > 0 ? partial : null, partial };
}

/** What PUT …/scores takes: the scored criteria only (a comment without a score cannot be saved on its own). */
export function scoresPayload(criteria: readonly ExpertCriterion[], form: ScoreForm): { scores: { criterionId: number; score: number; comment: string | null }[] } {
  return {
    scores: criteria.flatMap((c) => {
      const line = form[c.id];
      return line?.score == null ? [] : [{ criterionId: c.id, score: line.score, comment: line.comment.trim() || null }];
    }),
  };
}

/** Comments written on criteria that have no score yet: they would be lost on save, so the form says so. */
export function unsavableComments(criteria: readonly ExpertCriterion[], form: ScoreForm): number {
  return criteria.filter((c) => form[c.id]?.score == null && (form[c.id]?.comment ?? '').trim() !== '').length;
}

/** Has the form changed since the sheet was saved? */
export function isDirty(criteria: readonly ExpertCriterion[], form: ScoreForm, saved: readonly ExpertScoreLine[]): boolean {
  const before = formFromSheet(criteria, saved);
  return criteria.some((c) => before[c.id]!.score !== form[c.id]?.score || before[c.id]!.comment.trim() !== (form[c.id]?.comment ?? '').trim());
}

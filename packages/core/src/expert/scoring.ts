import { SCORE_MAX, SCORE_MIN, type ExpertIssue } from './types.ts';

export interface WeightedCriterion {
  id: number;
  weight: number;
}

export interface CriterionScore {
  criterionId: number;
  score: number;
}

/** One expert's sheet for one application version. */
export interface ScoreSheet {
  expertId: number;
  scores: readonly CriterionScore[];
}

/** A sheet and whether its expert has submitted it (a draft never counts, however complete). */
export interface CountedSheet extends ScoreSheet {
  submitted: boolean;
}

/** Checks scores an expert sends: known criteria, whole points 0–10, each criterion once. */
export function validateScores(criteria: readonly WeightedCriterion[], scores: readonly CriterionScore[]): ExpertIssue[] {
  const issues: ExpertIssue[] = [];
  const known = new Set(criteria.map((c) => c.id));
  const seen = new Set<number>();
  scores.forEach((s, i) => {
    if (!known.has(s.criterionId))
      issues.push({ path: `scores.${i}.criterionId`, value: s.criterionId, message: 'нет такого критерия у комиссии', messageEn: 'the commission has no such criterion' });
    else if (seen.has(s.criterionId))
      issues.push({ path: `scores.${i}.criterionId`, value: s.criterionId, message: 'критерий оценён дважды', messageEn: 'the criterion is scored twice' });
    seen.add(s.criterionId);
    if (!Number.isInteger(s.score) || s.score < SCORE_MIN || s.score > SCORE_MAX)
      issues.push({ path: `scores.${i}.score`, value: s.score, message: `оценка — целое число от ${SCORE_MIN} до ${SCORE_MAX}`, messageEn: `a score is a whole number from ${SCORE_MIN} to ${SCORE_MAX}` });
  });
  return issues;
}

/** A sheet counts only when every criterion is scored: a half-filled sheet would pull the mean down. */
export function isSheetComplete(criteria: readonly WeightedCriterion[], sheet: ScoreSheet): boolean {
  const scored = new Set(sheet.scores.map((s) => s.criterionId));
  return criteria.length > 0 && criteria.every((c) => scored.has(c.id));
}

/**
 * An expert's weighted score on a 0–100 scale: Σ weight × score / 10 (weights add up to 100, scores are
 * 0–10, so full marks everywhere give 100). Null while the sheet is incomplete.
 */
export function sheetTotal(criteria: readonly WeightedCriterion[], sheet: ScoreSheet): number | null {
  if (!isSheetComplete(criteria, sheet)) return null;
  const byId = new Map(sheet.scores.map((s) => [s.criterionId, s.score]));
  const points = criteria.reduce((sum, c) => sum + c.weight * byId.get(c.id)!, 0);
  return round2(points / SCORE_MAX);
}

export interface ApplicationScore {
  /** Mean of the submitted sheets' totals (0–100), null while no sheet is submitted. */
  weightedScore: number | null;
  submittedSheets: number;
  sheets: number;
  /** Mean score (0–10) of each criterion over the submitted sheets. */
  byCriterion: { criterionId: number; weight: number; mean: number | null }[];
}

/**
 * The score of an application version in a round: the mean of the sheets its experts submitted. A draft does
 * not count, even a complete one: the expert may still be weighing it. (A submitted sheet is complete — the
 * server refuses anything else — and the completeness check stays as a guard.) Computed from sums of whole
 * points, so equal inputs give exactly equal scores and ties in the ranking are real ties.
 */
export function applicationScore(criteria: readonly WeightedCriterion[], sheets: readonly CountedSheet[]): ApplicationScore {
  const counted = sheets.filter((s) => s.submitted && isSheetComplete(criteria, s));
  const n = counted.length;
  const weightedPoints = counted.reduce((sum, s) => sum + weightedPointsOf(criteria, s), 0);
  return {
    weightedScore: n ? round2(weightedPoints / (n * SCORE_MAX)) : null,
    submittedSheets: n,
    sheets: sheets.length,
    byCriterion: criteria.map((c) => ({
      criterionId: c.id, weight: c.weight,
      mean: n ? round2(counted.reduce((sum, s) => sum + s.scores.find((x) => x.criterionId === c.id)!.score, 0) / n) : null,
    })),
  };
}

function weightedPointsOf(criteria: readonly WeightedCriterion[], sheet: ScoreSheet): number {
  const byId = new Map(sheet.scores.map((s) => [s.criterionId, s.score]));
  return criteria.reduce((sum, c) => sum + c.weight * byId.get(c.id)!, 0);
}

export const round2 = (x: number) => Math.round(x * 100) / 100;

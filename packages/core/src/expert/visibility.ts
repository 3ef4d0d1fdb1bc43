import { applicationScore, sheetTotal, type ApplicationScore, type WeightedCriterion } from './scoring.ts';

/**
 * Who sees what of a review:
 * - the secretary (role admin) sees every submitted sheet by name, and of a draft only how far it is filled
 *   in: a draft is the expert's own until they submit it (issue 7), so it neither moves the ranking nor shows
 *   its scores to anyone but its expert;
 * - an expert sees only the rounds they are assigned to, only their own score sheet, and the round's
 *   summary once it is decided; remarks of the application without the names of other experts;
 * - the applicant (the cluster's specialised organisation; participants' representatives read along) sees
 *   every remark at once, without expert names, and the scores only after the decision — as a summary
 *   (weighted score, mean per criterion, the comments without names), never a single expert's sheet.
 */
export type Viewer = { kind: 'secretary' } | { kind: 'expert'; userId: number } | { kind: 'applicant'; canAnswer: boolean };

export interface FullSheet {
  assignmentId: number;
  expertId: number;
  expertName: string;
  /** When the expert submitted the sheet; null while it is a draft. */
  submittedAt: string | null;
  scores: { criterionId: number; score: number; comment: string | null }[];
}

export type ScoresVisibility = 'all' | 'own' | 'own_and_summary' | 'summary' | 'hidden_until_decision';

export interface SheetView {
  assignmentId: number;
  expertId: number | null;
  expertName: string | null;
  mine: boolean;
  submittedAt: string | null;
  /** How many criteria are scored (shown for a draft whose scores are not). */
  scored: number;
  total: number | null;
  scores: { criterionId: number; score: number; comment: string | null }[];
}

export interface ScoresView {
  visibility: ScoresVisibility;
  summary: (ApplicationScore & { comments: { criterionId: number; text: string }[] }) | null;
  sheets: SheetView[];
}

export function canSeeRound(viewer: Viewer, assignedExpertIds: readonly number[]): boolean {
  return viewer.kind !== 'expert' || assignedExpertIds.includes(viewer.userId);
}

export function scoresView(viewer: Viewer, criteria: readonly WeightedCriterion[], round: { decided: boolean; sheets: readonly FullSheet[] }): ScoresView {
  const submitted = round.sheets.filter((s) => s.submittedAt !== null);
  const summary = () => {
    const score = applicationScore(criteria, round.sheets.map((s) => ({ ...s, submitted: s.submittedAt !== null })));
    // comments travel without their author, in criterion order, so nobody can tell whose they were; a draft's stay with its expert
    const comments = criteria.flatMap((c) =>
      submitted.flatMap((s) => s.scores.filter((x) => x.criterionId === c.id && x.comment).map((x) => ({ criterionId: c.id, text: x.comment! }))));
    return { ...score, comments };
  };
  const sheetView = (s: FullSheet, named: boolean, mine: boolean): SheetView => {
    const shown = mine || s.submittedAt !== null;
    return {
      assignmentId: s.assignmentId, expertId: named ? s.expertId : null, expertName: named ? s.expertName : null, mine, submittedAt: s.submittedAt,
      scored: s.scores.length, total: shown ? sheetTotal(criteria, { expertId: s.expertId, scores: s.scores }) : null, scores: shown ? s.scores : [],
    };
  };
  switch (viewer.kind) {
    case 'secretary':
      return { visibility: 'all', summary: summary(), sheets: round.sheets.map((s) => sheetView(s, true, false)) };
    case 'expert': {
      const own = round.sheets.filter((s) => s.expertId === viewer.userId).map((s) => sheetView(s, true, true));
      return round.decided ? { visibility: 'own_and_summary', summary: summary(), sheets: own } : { visibility: 'own', summary: null, sheets: own };
    }
    case 'applicant':
      return round.decided ? { visibility: 'summary', summary: summary(), sheets: [] } : { visibility: 'hidden_until_decision', summary: null, sheets: [] };
  }
}

/** A remark's author as the viewer may see it: the secretary always, an expert only their own, the applicant never. */
export function remarkAuthor(viewer: Viewer, author: { id: number; name: string }): { author: { id: number; name: string } | null; mine: boolean } {
  if (viewer.kind === 'secretary') return { author, mine: false };
  if (viewer.kind === 'expert' && viewer.userId === author.id) return { author, mine: true };
  return { author: null, mine: false };
}

/** Who may settle an answer: the expert who wrote the remark, or the secretary. */
export function canResolveRemark(viewer: Viewer, authorId: number): boolean {
  return viewer.kind === 'secretary' || (viewer.kind === 'expert' && viewer.userId === authorId);
}

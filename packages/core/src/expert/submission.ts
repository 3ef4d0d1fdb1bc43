/**
 * Submitting a score sheet. A sheet is the expert's draft until they submit it; only submitted sheets count
 * in the ranking (scoring.ts). The steps, all before the commission's decision on the round:
 * - submit (the expert): every criterion must be scored; the sheet is then frozen;
 * - reopen (the expert): withdraws their submission — the sheet is a draft again and leaves the ranking;
 * - return (the secretary, with a reason): sends a submitted sheet back to the expert, e.g. when it was scored
 *   on a misunderstanding or the expert has since declared a conflict of interest. It changes no score: only
 *   the expert scores, and the return is kept with its reason.
 * After the decision nothing changes: the decision was taken on the sheets as they stood.
 */
export type SheetAction = 'submit' | 'reopen' | 'return';

export type SheetRefusal = 'decided' | 'already_submitted' | 'not_submitted' | 'incomplete';

export interface NamedCriterion {
  id: number;
  name: string;
}

export type SheetPlan =
  | { ok: true }
  | { ok: false; reason: SheetRefusal; message: string; messageEn: string; missing: NamedCriterion[] };

/** The commission's criteria the sheet has no score for, in the commission's order. */
export function missingCriteria<C extends NamedCriterion>(criteria: readonly C[], scores: readonly { criterionId: number }[]): C[] {
  const scored = new Set(scores.map((s) => s.criterionId));
  return criteria.filter((c) => !scored.has(c.id));
}

export function planSheetAction(
  action: SheetAction,
  state: { submitted: boolean; decided: boolean },
  criteria: readonly NamedCriterion[],
  scores: readonly { criterionId: number }[],
): SheetPlan {
  const refuse = (reason: SheetRefusal, message: string, messageEn: string, missing: NamedCriterion[] = []): SheetPlan => ({ ok: false, reason, message, messageEn, missing });
  if (state.decided) return refuse('decided', 'По раунду принято решение: оценочный лист больше не меняется', 'The round has been decided: the score sheet no longer changes');
  if (action !== 'submit') {
    if (!state.submitted) return refuse('not_submitted', 'Оценочный лист не отправлен: возвращать нечего', 'The score sheet has not been submitted: there is nothing to reopen');
    return { ok: true };
  }
  if (state.submitted) return refuse('already_submitted', 'Оценочный лист уже отправлен', 'The score sheet has already been submitted');
  if (criteria.length === 0) return refuse('incomplete', 'Оценочный лист нельзя отправить: у комиссии нет критериев оценки', 'The score sheet cannot be submitted: the commission has no criteria');
  const missing = missingCriteria(criteria, scores);
  if (missing.length === 0) return { ok: true };
  const names = missing.map((c) => `«${c.name}»`).join(', ');
  const namesEn = missing.map((c) => `"${c.name}"`).join(', ');
  return refuse(
    'incomplete',
    missing.length === 1 ? `Оценочный лист нельзя отправить: не оценён критерий ${names}` : `Оценочный лист нельзя отправить: не оценены критерии ${names}`,
    `The score sheet cannot be submitted: no score for ${missing.length === 1 ? 'criterion' : 'criteria'} ${namesEn}`,
    missing,
  );
}

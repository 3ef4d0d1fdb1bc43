import type { ExpertAssignmentSheet, SessionUser } from '@klaster/contract';
import { planSheetAction, type SheetAction } from '@klaster/core/expert/index.ts';
import { getAssignment, listCriteria, listSheets, lockApplication, lockAssignment, recordSheetStep, type Database } from '@klaster/db';
import { AppError } from '../services/app-error.ts';
import { conflict } from './expert-errors.ts';
import { assignmentFor, assignmentSheet, lockedReason } from './scoring.service.ts';

/**
 * Submitting a score sheet (core/expert/submission.ts says when each step is allowed). The expert submits a
 * fully scored sheet, and may reopen it; the secretary may return a submitted sheet with a reason — both only
 * until the commission decides the round. The step is written with who and when (expert_sheet_events), and
 * the HTTP layer's audit log records the request.
 *
 * Each step runs under the application's shared lock (a decision takes it exclusively, so a submission is
 * either counted by the decision or refused after it) and the assignment's row lock (so a submission and a
 * score written at the same moment cannot interleave).
 */
async function step(db: Database, user: SessionUser, id: number, action: SheetAction, comment = ''): Promise<ExpertAssignmentSheet> {
  const a = await assignmentFor(db, user, id);
  await db.transaction(async (tx) => {
    await lockApplication(tx, a.applicationId, 'share');
    await lockAssignment(tx, id);
    const current = (await getAssignment(tx, id))!;
    if (action === 'submit' && current.decision === null) {
      // an expert who declared a conflict with the cluster may no longer put a sheet into the ranking
      const locked = await lockedReason(tx, current);
      if (locked) throw conflict(locked.ru, locked.en);
    }
    const criteria = current.commissionId === null ? [] : await listCriteria(tx, current.commissionId);
    const sheet = (await listSheets(tx, [current.roundId])).get(current.roundId)!.find((s) => s.assignmentId === id)!;
    const plan = planSheetAction(action, { submitted: current.submittedAt !== null, decided: current.decision !== null }, criteria, sheet.scores);
    if (!plan.ok) {
      if (plan.reason !== 'incomplete')
        throw conflict(plan.message, plan.messageEn, [{ path: 'submittedAt', value: current.submittedAt, message: plan.reason }]);
      throw new AppError('incomplete', plan.message, plan.messageEn,
        plan.missing.map((c) => ({ path: 'scores', value: c.id, message: `не оценён критерий «${c.name}»`, messageEn: `no score for "${c.name}"` })));
    }
    await recordSheetStep(tx, id, action, user.login, comment);
  });
  return assignmentSheet(db, user, id);
}

/** The expert submits their sheet: it counts in the ranking from now on, and is frozen. */
export const submitSheet = (db: Database, user: SessionUser, id: number) => step(db, user, id, 'submit');

/** The expert withdraws their submission: the sheet is a draft again and leaves the ranking. */
export const reopenSheet = (db: Database, user: SessionUser, id: number) => step(db, user, id, 'reopen');

/** The secretary returns a submitted sheet to its expert, saying why; the sheet leaves the ranking until resubmitted. */
export const returnSheet = (db: Database, user: SessionUser, id: number, reason: string) => step(db, user, id, 'return', reason);

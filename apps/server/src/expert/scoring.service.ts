import type { ExpertApplicationVersion, ExpertAssignmentSheet, ExpertScoresInput, SessionUser } from '@klaster/contract';
import { describeConflicts, findConflicts, remarkAuthor, sheetTotal, validateScores } from '@klaster/core/expert/index.ts';
import {
  activeDeclarations, applicantOrganisations, getApplicationVersion, getAssignment, getReviewedApplication, insertRemark, listAssignments,
  listCriteria, listRemarks, listSheetEvents, listSheets, lockApplication, lockAssignment, lockCommission, upsertScores, type AssignmentContext,
  type Database, type Sql,
} from '@klaster/db';
import { conflict, invalid, missing } from './expert-errors.ts';
import { remarkOut } from './remark-view.ts';

/** An expert's own work: their score sheet, their remarks, and the application version they review. */

/** The assignment, if the user may see it: the expert it belongs to, or the secretary. Anyone else: 404. */
export async function assignmentFor(db: Sql, user: SessionUser, id: number): Promise<AssignmentContext> {
  const assignment = await getAssignment(db, id);
  if (!assignment || (user.role !== 'admin' && assignment.expertId !== user.id)) throw missing.assignment(id);
  return assignment;
}

/** Why the expert cannot change this sheet any more, or null: the round is decided, or they declared a conflict. */
export async function lockedReason(db: Sql, a: AssignmentContext): Promise<{ ru: string; en: string } | null> {
  if (a.decision) return { ru: 'По раунду принято решение: оценки и замечания закрыты', en: 'The round has been decided: scores and remarks are closed' };
  const conflicts = findConflicts((await activeDeclarations(db, [a.expertId])).get(a.expertId)!, await applicantOrganisations(db, a.applicationId));
  return conflicts.length ? describeConflicts(conflicts) : null;
}

/**
 * The sheet as its expert or the secretary sees it, with what each may do now. A draft's scores are its
 * expert's own (core/expert/visibility.ts): the secretary sees how far it is filled in, and its scores once
 * it is submitted. A submitted sheet is frozen: the expert reopens it to change a score.
 */
export async function assignmentSheet(db: Database, user: SessionUser, id: number): Promise<ExpertAssignmentSheet> {
  const a = await assignmentFor(db, user, id);
  const [summary] = await listAssignments(db, { expertId: a.expertId, assignmentId: id });
  const criteria = a.commissionId === null ? [] : await listCriteria(db, a.commissionId);
  const sheet = (await listSheets(db, [a.roundId])).get(a.roundId)!.find((s) => s.assignmentId === id)!;
  const viewer = user.role === 'admin' ? ({ kind: 'secretary' } as const) : ({ kind: 'expert', userId: user.id } as const);
  const locked = await lockedReason(db, a);
  const expert = user.role === 'expert';
  const submitted = a.submittedAt !== null;
  const shown = expert || submitted;
  return {
    assignment: summary!, criteria, scores: shown ? sheet.scores : [], total: shown ? sheetTotal(criteria, sheet) : null,
    remarks: (await listRemarks(db, { assignmentId: id })).map((r) => remarkOut(r, remarkAuthor(viewer, { id: r.expertId, name: r.expertName }))),
    editable: expert && locked === null && !submitted, lockedReason: locked?.ru ?? null,
    submittedAt: a.submittedAt, submittedBy: a.submittedBy, events: await listSheetEvents(db, id),
    canRemark: expert && locked === null,
    canSubmit: expert && locked === null && !submitted,
    // withdrawing a submission is open until the decision, even to an expert who has since declared a conflict
    canReopen: expert && submitted && a.decision === null,
    canReturn: user.role === 'admin' && submitted && a.decision === null,
  };
}

/** The frozen application version the assignment reviews (an expert reads what was submitted, nothing newer). */
export async function assignedVersion(db: Database, user: SessionUser, id: number): Promise<ExpertApplicationVersion> {
  const a = await assignmentFor(db, user, id);
  const version = (await getApplicationVersion(db, a.applicationId, a.version))!;
  return { application: (await getReviewedApplication(db, a.applicationId))!, version: a.version, submittedAt: version.submittedAt, frozen: version.frozen };
}

async function assertWritable(db: Sql, a: AssignmentContext): Promise<void> {
  const locked = await lockedReason(db, a);
  if (locked) throw conflict(locked.ru, locked.en);
}

/** Saves some or all of the expert's scores (whole points 0–10 on the commission's criteria) on a draft. */
export async function saveScores(db: Database, user: SessionUser, id: number, input: ExpertScoresInput): Promise<ExpertAssignmentSheet> {
  const a = await assignmentFor(db, user, id);
  await db.transaction(async (tx) => {
    // the criteria cannot be replaced while this runs, and a decision waits for it (or it sees the decision);
    // the assignment's own lock orders it with a submission of the same sheet
    await lockCommission(tx, a.commissionId!, 'share');
    await lockApplication(tx, a.applicationId, 'share');
    await lockAssignment(tx, id);
    const current = (await getAssignment(tx, id))!;
    await assertWritable(tx, current);
    if (current.submittedAt !== null)
      throw conflict('Оценочный лист отправлен: чтобы изменить оценки, верните его на доработку', 'The score sheet has been submitted: reopen it to change a score');
    const issues = validateScores(await listCriteria(tx, a.commissionId!), input.scores);
    if (issues.length) throw invalid(issues, 'body.');
    await upsertScores(tx, id, input.scores, user.login);
  });
  return assignmentSheet(db, user, id);
}

export async function addRemark(db: Database, user: SessionUser, id: number, text: string): Promise<ExpertAssignmentSheet> {
  const a = await assignmentFor(db, user, id);
  await db.transaction(async (tx) => {
    await lockApplication(tx, a.applicationId, 'share');
    await assertWritable(tx, (await getAssignment(tx, id))!);
    await insertRemark(tx, { assignmentId: id, applicationId: a.applicationId, expertId: a.expertId, text, actor: user.login });
  });
  return assignmentSheet(db, user, id);
}

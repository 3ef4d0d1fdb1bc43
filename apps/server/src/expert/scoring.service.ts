import type { ExpertApplicationVersion, ExpertAssignmentSheet, ExpertScoresInput, SessionUser } from '@klaster/contract';
import { describeConflicts, findConflicts, remarkAuthor, sheetTotal, validateScores } from '@klaster/core/expert/index.ts';
import {
  activeDeclarations, applicantOrganisations, getApplicationVersion, getAssignment, getReviewedApplication, insertRemark, listAssignments,
  listCriteria, listRemarks, listSheets, lockApplication, lockCommission, upsertScores, type AssignmentContext, type Database, type Sql,
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
async function lockedReason(db: Sql, a: AssignmentContext): Promise<{ ru: string; en: string } | null> {
  if (a.decision) return { ru: 'По раунду принято решение: оценки и замечания закрыты', en: 'The round has been decided: scores and remarks are closed' };
  const conflicts = findConflicts((await activeDeclarations(db, [a.expertId])).get(a.expertId)!, await applicantOrganisations(db, a.applicationId));
  return conflicts.length ? describeConflicts(conflicts) : null;
}

export async function assignmentSheet(db: Database, user: SessionUser, id: number): Promise<ExpertAssignmentSheet> {
  const a = await assignmentFor(db, user, id);
  const [summary] = await listAssignments(db, { expertId: a.expertId, assignmentId: id });
  const criteria = a.commissionId === null ? [] : await listCriteria(db, a.commissionId);
  const sheet = (await listSheets(db, [a.roundId])).get(a.roundId)!.find((s) => s.assignmentId === id)!;
  const viewer = user.role === 'admin' ? ({ kind: 'secretary' } as const) : ({ kind: 'expert', userId: user.id } as const);
  const locked = await lockedReason(db, a);
  return {
    assignment: summary!, criteria, scores: sheet.scores, total: sheetTotal(criteria, sheet),
    remarks: (await listRemarks(db, { assignmentId: id })).map((r) => remarkOut(r, remarkAuthor(viewer, { id: r.expertId, name: r.expertName }))),
    editable: user.role === 'expert' && locked === null, lockedReason: locked?.ru ?? null,
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

/** Saves some or all of the expert's scores (whole points 0–10 on the commission's criteria). */
export async function saveScores(db: Database, user: SessionUser, id: number, input: ExpertScoresInput): Promise<ExpertAssignmentSheet> {
  const a = await assignmentFor(db, user, id);
  await db.transaction(async (tx) => {
    // the criteria cannot be replaced while this runs, and a decision waits for it (or it sees the decision)
    await lockCommission(tx, a.commissionId!, 'share');
    await lockApplication(tx, a.applicationId, 'share');
    const current = (await getAssignment(tx, id))!;
    await assertWritable(tx, current);
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

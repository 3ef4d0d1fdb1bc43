import type { ExpertSheetEvent } from '@klaster/contract';
import type { SheetAction } from '@klaster/core/expert/index.ts';
import type { Sql } from './driver.ts';
import { isoTime } from './expert-rows.ts';

/**
 * The submission of score sheets (migration 011): the assignment row holds who submitted and when, and
 * expert_sheet_events every submission, reopening and return. The caller checks the step is allowed
 * (core/expert/submission.ts) under lockAssignment.
 */

/**
 * Locks an assignment row for a change of its sheet: a submission must not interleave with a score being
 * written or with a reopening of the same sheet (the callers take the application's shared lock first, so a
 * decision waits for them or they see it).
 */
export async function lockAssignment(tx: Sql, id: number): Promise<boolean> {
  const rows = await tx.query(`SELECT 1 FROM expert_assignments WHERE id = $1 FOR UPDATE`, [id]);
  return rows.length > 0;
}

/** Records a step: a submission stamps the row, a reopening or a return clears it; each writes its event. */
export async function recordSheetStep(tx: Sql, assignmentId: number, action: SheetAction, actor: string, comment = ''): Promise<void> {
  const submit = action === 'submit';
  await tx.query(
    `UPDATE expert_assignments SET submitted_at = CASE WHEN $2::boolean THEN now() END, submitted_by = CASE WHEN $2::boolean THEN $3 END WHERE id = $1`,
    [assignmentId, submit, actor],
  );
  await tx.query(`INSERT INTO expert_sheet_events (assignment_id, action, comment, actor) VALUES ($1, $2, $3, $4)`, [assignmentId, action, comment, actor]);
}

export async function listSheetEvents(sql: Sql, assignmentId: number): Promise<ExpertSheetEvent[]> {
  const rows = await sql.query<{ action: ExpertSheetEvent['action']; actor: string; comment: string; at: Date }>(
    `SELECT action, actor, comment, at FROM expert_sheet_events WHERE assignment_id = $1 ORDER BY id`,
    [assignmentId],
  );
  return rows.map((r) => ({ action: r.action, actor: r.actor, comment: r.comment, at: isoTime(r.at) }));
}

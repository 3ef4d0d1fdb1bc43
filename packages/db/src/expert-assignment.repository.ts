import type { ExpertAssignment, ExpertDecisionOutcome, ExpertRoundKind } from '@klaster/contract';
import type { Sql } from './driver.ts';
import { getReviewedApplications } from './expert-round.repository.ts';
import { getExpertSessions } from './expert-commission.repository.ts';
import { isoTime, isoTimeOrNull } from './expert-rows.ts';

/** Assignments (an expert on a round) and their score sheets. */

export interface AssignmentContext {
  id: number;
  roundId: number;
  roundNumber: number;
  roundKind: ExpertRoundKind;
  version: number;
  expertId: number;
  expertName: string;
  applicationId: number;
  clusterId: number;
  sessionId: number | null;
  commissionId: number | null;
  decision: ExpertDecisionOutcome | null;
  /** The sheet's submission (null while it is a draft). */
  submittedAt: string | null;
  submittedBy: string | null;
}

type ContextRow = {
  id: number; round_id: number; number: number; kind: ExpertRoundKind; application_version: number; expert_id: number; expert_name: string;
  application_id: number; cluster_id: number; session_id: number | null; commission_id: number | null; outcome: ExpertDecisionOutcome | null;
  submitted_at: Date | null; submitted_by: string | null;
};

const CONTEXT_SELECT = `SELECT a.id, a.round_id, r.number, r.kind, r.application_version, a.expert_id, u.display_name AS expert_name,
    r.application_id, ap.cluster_id, r.session_id, s.commission_id, d.outcome, a.submitted_at, a.submitted_by
  FROM expert_assignments a JOIN expert_rounds r ON r.id = a.round_id JOIN users u ON u.id = a.expert_id
  JOIN applications ap ON ap.id = r.application_id
  LEFT JOIN expert_sessions s ON s.id = r.session_id LEFT JOIN expert_decisions d ON d.round_id = r.id`;

const toContext = (r: ContextRow): AssignmentContext => ({
  id: Number(r.id), roundId: Number(r.round_id), roundNumber: r.number, roundKind: r.kind, version: r.application_version, expertId: Number(r.expert_id),
  expertName: r.expert_name, applicationId: Number(r.application_id), clusterId: Number(r.cluster_id),
  sessionId: r.session_id == null ? null : Number(r.session_id), commissionId: r.commission_id == null ? null : Number(r.commission_id), decision: r.outcome,
  submittedAt: isoTimeOrNull(r.submitted_at), submittedBy: r.submitted_by,
});

export async function getAssignment(sql: Sql, id: number): Promise<AssignmentContext | null> {
  const [row] = await sql.query<ContextRow>(`${CONTEXT_SELECT} WHERE a.id = $1`, [id]);
  return row ? toContext(row) : null;
}

export async function listRoundAssignments(sql: Sql, roundIds: readonly number[]): Promise<AssignmentContext[]> {
  if (roundIds.length === 0) return [];
  const rows = await sql.query<ContextRow>(`${CONTEXT_SELECT} WHERE a.round_id = ANY($1::bigint[]) ORDER BY a.round_id, u.display_name COLLATE klaster_ru, a.id`, [[...roundIds]]);
  return rows.map(toContext);
}

/** Has this expert any assignment on any round of this application? (Otherwise it does not exist for them.) */
export async function isAssignedToApplication(sql: Sql, expertId: number, applicationId: number): Promise<boolean> {
  const rows = await sql.query(
    `SELECT 1 FROM expert_assignments a JOIN expert_rounds r ON r.id = a.round_id WHERE a.expert_id = $1 AND r.application_id = $2 LIMIT 1`,
    [expertId, applicationId],
  );
  return rows.length > 0;
}

/** The new assignment's id, or null when the expert is already assigned to the round. */
export async function insertAssignment(tx: Sql, roundId: number, expertId: number, actor: string): Promise<number | null> {
  const [row] = await tx.query<{ id: number }>(
    `INSERT INTO expert_assignments (round_id, expert_id, assigned_by) VALUES ($1, $2, $3) ON CONFLICT (round_id, expert_id) DO NOTHING RETURNING id`,
    [roundId, expertId, actor],
  );
  return row ? Number(row.id) : null;
}

/** Removes an assignment nobody has worked on (no score, no remark); false when there was work or no such row. */
export async function deleteUntouchedAssignment(tx: Sql, id: number): Promise<boolean> {
  const rows = await tx.query(
    `DELETE FROM expert_assignments a WHERE a.id = $1
       AND NOT EXISTS (SELECT 1 FROM expert_scores s WHERE s.assignment_id = a.id)
       AND NOT EXISTS (SELECT 1 FROM expert_remarks m WHERE m.assignment_id = a.id)
       AND NOT EXISTS (SELECT 1 FROM expert_score_log l WHERE l.assignment_id = a.id)
       AND NOT EXISTS (SELECT 1 FROM expert_sheet_events e WHERE e.assignment_id = a.id)
     RETURNING 1`,
    [id],
  );
  return rows.length > 0;
}

/**
 * The assignments an expert sees in their list (all of them for the secretary): with their session, the
 * application, how much of the sheet is filled in, whether it is submitted and whether the round is decided. Waiting rounds (no
 * session yet) are not listed: there is nothing to do on them until they are scheduled.
 */
export async function listAssignments(sql: Sql, filter: { expertId?: number; sessionId?: number; assignmentId?: number }): Promise<ExpertAssignment[]> {
  const rows = await sql.query<{
    id: number; round_id: number; application_id: number; number: number; kind: ExpertRoundKind; application_version: number; session_id: number;
    opened_by: 'agenda' | 'resubmission'; opened_at: Date; criteria: number; scored: number; decided: boolean; remarks: number; submitted_at: Date | null;
  }>(
    `SELECT a.id, r.id AS round_id, r.application_id, r.number, r.kind, r.application_version, r.session_id, r.opened_by, r.opened_at, a.submitted_at,
            (SELECT count(*)::int FROM expert_criteria c WHERE c.commission_id = s.commission_id) AS criteria,
            (SELECT count(*)::int FROM expert_scores sc WHERE sc.assignment_id = a.id) AS scored,
            EXISTS (SELECT 1 FROM expert_decisions d WHERE d.round_id = r.id) AS decided,
            (SELECT count(*)::int FROM expert_remarks m WHERE m.assignment_id = a.id) AS remarks
     FROM expert_assignments a JOIN expert_rounds r ON r.id = a.round_id JOIN expert_sessions s ON s.id = r.session_id
     WHERE ($1::bigint IS NULL OR a.expert_id = $1) AND ($2::bigint IS NULL OR r.session_id = $2) AND ($3::bigint IS NULL OR a.id = $3)
     ORDER BY s.scores_due, a.id`,
    [filter.expertId ?? null, filter.sessionId ?? null, filter.assignmentId ?? null],
  );
  const sessions = await getExpertSessions(sql, rows.map((r) => Number(r.session_id)));
  const applications = await getReviewedApplications(sql, rows.map((r) => Number(r.application_id)));
  return rows.map((r) => ({
    id: Number(r.id),
    round: {
      id: Number(r.round_id), applicationId: Number(r.application_id), number: r.number, kind: r.kind, version: r.application_version,
      sessionId: Number(r.session_id), openedBy: r.opened_by, openedAt: isoTime(r.opened_at),
    },
    session: sessions.get(Number(r.session_id))!,
    application: applications.get(Number(r.application_id))!,
    criteria: r.criteria, scored: r.scored, complete: r.criteria > 0 && r.scored === r.criteria, submittedAt: isoTimeOrNull(r.submitted_at),
    decided: r.decided, remarks: r.remarks,
  }));
}

// ── Scores ──────────────────────────────────────────────────────────────────

export interface SheetScores {
  assignmentId: number;
  expertId: number;
  expertName: string;
  submittedAt: string | null;
  scores: { criterionId: number; score: number; comment: string | null }[];
}

/** The score sheets of rounds, one per assignment (empty sheets included), by round id. */
export async function listSheets(sql: Sql, roundIds: readonly number[]): Promise<Map<number, SheetScores[]>> {
  const assignments = await listRoundAssignments(sql, roundIds);
  const scores = assignments.length
    ? await sql.query<{ assignment_id: number; criterion_id: number; score: number; comment: string | null }>(
        `SELECT s.assignment_id, s.criterion_id, s.score, s.comment FROM expert_scores s JOIN expert_criteria c ON c.id = s.criterion_id
         WHERE s.assignment_id = ANY($1::bigint[]) ORDER BY s.assignment_id, c.position`,
        [assignments.map((a) => a.id)],
      )
    : [];
  const byRound = new Map<number, SheetScores[]>(roundIds.map((id) => [id, []]));
  for (const a of assignments)
    byRound.get(a.roundId)!.push({
      assignmentId: a.id, expertId: a.expertId, expertName: a.expertName, submittedAt: a.submittedAt,
      scores: scores.filter((s) => Number(s.assignment_id) === a.id).map((s) => ({ criterionId: Number(s.criterion_id), score: s.score, comment: s.comment })),
    });
  return byRound;
}

/** Writes an expert's scores on a draft (a partial sheet is fine) and appends each to the score log. */
export async function upsertScores(tx: Sql, assignmentId: number, scores: readonly { criterionId: number; score: number; comment: string | null }[], actor: string): Promise<void> {
  const params = [assignmentId, scores.map((s) => s.criterionId), scores.map((s) => s.score), scores.map((s) => s.comment), actor];
  await tx.query(
    `INSERT INTO expert_scores (assignment_id, criterion_id, score, comment)
     SELECT $1, t.criterion_id, t.score, t.comment FROM unnest($2::bigint[], $3::int[], $4::text[]) AS t(criterion_id, score, comment)
     ON CONFLICT (assignment_id, criterion_id) DO UPDATE SET score = excluded.score, comment = excluded.comment, updated_at = now()`,
    params.slice(0, 4),
  );
  await tx.query(
    `INSERT INTO expert_score_log (assignment_id, criterion_id, score, comment, actor)
     SELECT $1, t.criterion_id, t.score, t.comment, $5 FROM unnest($2::bigint[], $3::int[], $4::text[]) AS t(criterion_id, score, comment)`,
    params,
  );
}

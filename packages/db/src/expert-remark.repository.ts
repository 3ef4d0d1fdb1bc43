import type { ExpertDecision, ExpertDecisionOutcome } from '@klaster/contract';
import type { RemarkStatus } from '@klaster/core/expert/index.ts';
import type { Sql } from './driver.ts';
import { isoTime, isoTimeOrNull } from './expert-rows.ts';

/** Remarks with every step of their life, and the commission's decisions. */

export interface RemarkRecord {
  id: number;
  applicationId: number;
  assignmentId: number;
  roundId: number;
  roundNumber: number;
  expertId: number;
  expertName: string;
  text: string;
  status: RemarkStatus;
  answer: string | null;
  answeredAt: string | null;
  resolutionComment: string | null;
  resolvedAt: string | null;
  createdAt: string;
  events: { action: 'raise' | 'answer' | 'accept' | 'reject'; text: string; at: string }[];
}

type RemarkRow = {
  id: number; application_id: number; assignment_id: number; round_id: number; number: number; expert_id: number; expert_name: string; text: string;
  status: RemarkStatus; answer: string | null; answered_at: Date | null; resolution_comment: string | null; resolved_at: Date | null; created_at: Date;
};

const REMARK_SELECT = `SELECT m.id, m.application_id, m.assignment_id, a.round_id, r.number, m.expert_id, u.display_name AS expert_name, m.text,
    m.status, m.answer, m.answered_at, m.resolution_comment, m.resolved_at, m.created_at
  FROM expert_remarks m JOIN expert_assignments a ON a.id = m.assignment_id JOIN expert_rounds r ON r.id = a.round_id JOIN users u ON u.id = m.expert_id`;

async function withEvents(sql: Sql, rows: RemarkRow[]): Promise<RemarkRecord[]> {
  const events = rows.length
    ? await sql.query<{ remark_id: number; action: RemarkRecord['events'][number]['action']; text: string; at: Date }>(
        `SELECT remark_id, action, text, at FROM expert_remark_events WHERE remark_id = ANY($1::bigint[]) ORDER BY id`,
        [rows.map((r) => r.id)],
      )
    : [];
  return rows.map((r) => ({
    id: Number(r.id), applicationId: Number(r.application_id), assignmentId: Number(r.assignment_id), roundId: Number(r.round_id), roundNumber: r.number,
    expertId: Number(r.expert_id), expertName: r.expert_name, text: r.text, status: r.status, answer: r.answer, answeredAt: isoTimeOrNull(r.answered_at),
    resolutionComment: r.resolution_comment, resolvedAt: isoTimeOrNull(r.resolved_at), createdAt: isoTime(r.created_at),
    events: events.filter((e) => Number(e.remark_id) === Number(r.id)).map((e) => ({ action: e.action, text: e.text, at: isoTime(e.at) })),
  }));
}

export async function listRemarks(sql: Sql, filter: { applicationId?: number; assignmentId?: number }): Promise<RemarkRecord[]> {
  const rows = await sql.query<RemarkRow>(
    `${REMARK_SELECT} WHERE ($1::bigint IS NULL OR m.application_id = $1) AND ($2::bigint IS NULL OR m.assignment_id = $2) ORDER BY m.id`,
    [filter.applicationId ?? null, filter.assignmentId ?? null],
  );
  return withEvents(sql, rows);
}

export async function getRemark(sql: Sql, id: number): Promise<RemarkRecord | null> {
  const rows = await sql.query<RemarkRow>(`${REMARK_SELECT} WHERE m.id = $1`, [id]);
  return (await withEvents(sql, rows))[0] ?? null;
}

/** Locks a remark for a transition (two answers at once must not both pass the status check). */
export async function lockRemark(tx: Sql, id: number): Promise<void> {
  await tx.query(`SELECT 1 FROM expert_remarks WHERE id = $1 FOR UPDATE`, [id]);
}

export async function insertRemark(tx: Sql, r: { assignmentId: number; applicationId: number; expertId: number; text: string; actor: string }): Promise<number> {
  const [row] = await tx.query<{ id: number }>(
    `INSERT INTO expert_remarks (assignment_id, application_id, expert_id, text) VALUES ($1, $2, $3, $4) RETURNING id`,
    [r.assignmentId, r.applicationId, r.expertId, r.text],
  );
  const id = Number(row!.id);
  await tx.query(`INSERT INTO expert_remark_events (remark_id, action, text, actor) VALUES ($1, 'raise', $2, $3)`, [id, r.text, r.actor]);
  return id;
}

/** The applicant's answer (the latest answer is kept on the row; every answer stays in the events). */
export async function answerRemark(tx: Sql, id: number, answer: string, actor: string): Promise<void> {
  await tx.query(
    `UPDATE expert_remarks SET status = 'answered', answer = $2, answered_by = $3, answered_at = now(),
       resolution_comment = NULL, resolved_by = NULL, resolved_at = NULL WHERE id = $1`,
    [id, answer, actor],
  );
  await tx.query(`INSERT INTO expert_remark_events (remark_id, action, text, actor) VALUES ($1, 'answer', $2, $3)`, [id, answer, actor]);
}

/** The expert's (or secretary's) verdict on an answer. */
export async function resolveRemark(tx: Sql, id: number, verdict: 'accepted' | 'rejected', comment: string, actor: string): Promise<void> {
  await tx.query(
    `UPDATE expert_remarks SET status = $2, resolution_comment = NULLIF($3, ''), resolved_by = $4, resolved_at = now() WHERE id = $1`,
    [id, verdict, comment, actor],
  );
  await tx.query(`INSERT INTO expert_remark_events (remark_id, action, text, actor) VALUES ($1, $2, $3, $4)`, [id, verdict === 'accepted' ? 'accept' : 'reject', comment, actor]);
}

/** Statuses of the remarks of applications, by application id (for rankings and the resubmission check). */
export async function remarkStatuses(sql: Sql, applicationIds: readonly number[]): Promise<Map<number, RemarkStatus[]>> {
  const out = new Map<number, RemarkStatus[]>(applicationIds.map((id) => [id, []]));
  if (applicationIds.length === 0) return out;
  const rows = await sql.query<{ application_id: number; status: RemarkStatus }>(
    `SELECT application_id, status FROM expert_remarks WHERE application_id = ANY($1::bigint[]) ORDER BY id`,
    [[...applicationIds]],
  );
  for (const r of rows) out.get(Number(r.application_id))?.push(r.status);
  return out;
}

// ── Decisions ───────────────────────────────────────────────────────────────

type DecisionRow = {
  id: number; round_id: number; application_id: number; session_id: number; outcome: ExpertDecisionOutcome; reason: string;
  weighted_score: number | null; unresolved_remarks: number; decided_by_login: string; decided_at: Date;
};

const toDecision = (r: DecisionRow): ExpertDecision => ({
  id: Number(r.id), roundId: Number(r.round_id), applicationId: Number(r.application_id), sessionId: Number(r.session_id), outcome: r.outcome,
  reason: r.reason, weightedScore: r.weighted_score == null ? null : Number(r.weighted_score), unresolvedRemarks: r.unresolved_remarks,
  decidedBy: r.decided_by_login, decidedAt: isoTime(r.decided_at),
});

export async function insertDecision(
  tx: Sql,
  d: { roundId: number; applicationId: number; sessionId: number; outcome: ExpertDecisionOutcome; reason: string; weightedScore: number | null; unresolvedRemarks: number; decidedBy: number | null; decidedByLogin: string },
): Promise<ExpertDecision> {
  const [row] = await tx.query<DecisionRow>(
    `INSERT INTO expert_decisions (round_id, application_id, session_id, outcome, reason, weighted_score, unresolved_remarks, decided_by, decided_by_login)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     RETURNING id, round_id, application_id, session_id, outcome, reason, weighted_score, unresolved_remarks, decided_by_login, decided_at`,
    [d.roundId, d.applicationId, d.sessionId, d.outcome, d.reason, d.weightedScore, d.unresolvedRemarks, d.decidedBy, d.decidedByLogin],
  );
  return toDecision(row!);
}

export async function listDecisions(sql: Sql, roundIds: readonly number[]): Promise<Map<number, ExpertDecision>> {
  if (roundIds.length === 0) return new Map();
  const rows = await sql.query<DecisionRow>(
    `SELECT id, round_id, application_id, session_id, outcome, reason, weighted_score, unresolved_remarks, decided_by_login, decided_at
     FROM expert_decisions WHERE round_id = ANY($1::bigint[])`,
    [[...roundIds]],
  );
  return new Map(rows.map((r) => [Number(r.round_id), toDecision(r)]));
}

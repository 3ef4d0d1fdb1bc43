import type { Commission, CommissionSummary, ExpertCriterion, ExpertSession, ExpertRoundKind } from '@klaster/contract';
import type { Sql } from './driver.ts';
import { isoTime } from './expert-rows.ts';

/** Commissions, their members and criteria, and their sessions (the secretary's setup of the expert review). */

export async function createCommission(sql: Sql, c: { name: string; description: string; isDemo?: boolean; actor: string }): Promise<number> {
  const [row] = await sql.query<{ id: number }>(
    `INSERT INTO expert_commissions (name, description, is_demo, created_by) VALUES ($1, $2, $3, $4) RETURNING id`,
    [c.name, c.description, c.isDemo ?? false, c.actor],
  );
  return Number(row!.id);
}

/** Commissions, newest first; for an expert only those they are a member of. */
export async function listCommissions(sql: Sql, filter: { memberUserId?: number } = {}): Promise<CommissionSummary[]> {
  const rows = await sql.query<{ id: number; name: string; description: string; is_demo: boolean; created_at: Date; members: number; sessions: number }>(
    `SELECT c.id, c.name, c.description, c.is_demo, c.created_at,
            (SELECT count(*)::int FROM expert_commission_members m WHERE m.commission_id = c.id) AS members,
            (SELECT count(*)::int FROM expert_sessions s WHERE s.commission_id = c.id) AS sessions
     FROM expert_commissions c
     WHERE $1::bigint IS NULL OR EXISTS (SELECT 1 FROM expert_commission_members m WHERE m.commission_id = c.id AND m.user_id = $1)
     ORDER BY c.id DESC`,
    [filter.memberUserId ?? null],
  );
  return rows.map((r) => ({ id: Number(r.id), name: r.name, description: r.description, isDemo: r.is_demo, members: r.members, sessions: r.sessions, createdAt: isoTime(r.created_at) }));
}

export async function getCommission(sql: Sql, id: number): Promise<Commission | null> {
  const [c] = await sql.query<{ id: number; name: string; description: string; is_demo: boolean; created_at: Date }>(
    `SELECT id, name, description, is_demo, created_at FROM expert_commissions WHERE id = $1`,
    [id],
  );
  if (!c) return null;
  const members = await sql.query<{ user_id: number; login: string; display_name: string; position: string }>(
    `SELECT m.user_id, u.login, u.display_name, m.position FROM expert_commission_members m JOIN users u ON u.id = m.user_id
     WHERE m.commission_id = $1 ORDER BY u.display_name COLLATE klaster_ru, u.id`,
    [id],
  );
  return {
    id: Number(c.id), name: c.name, description: c.description, isDemo: c.is_demo, createdAt: isoTime(c.created_at),
    members: members.map((m) => ({ userId: Number(m.user_id), login: m.login, displayName: m.display_name, position: m.position })),
    criteria: await listCriteria(sql, id),
    sessions: await listExpertSessions(sql, id),
    criteriaLocked: await commissionHasScores(sql, id),
  };
}

export async function addCommissionMember(sql: Sql, m: { commissionId: number; userId: number; position: string; actor: string }): Promise<void> {
  await sql.query(
    `INSERT INTO expert_commission_members (commission_id, user_id, position, added_by) VALUES ($1, $2, $3, $4)
     ON CONFLICT (commission_id, user_id) DO UPDATE SET position = excluded.position`,
    [m.commissionId, m.userId, m.position, m.actor],
  );
}

export async function removeCommissionMember(sql: Sql, commissionId: number, userId: number): Promise<boolean> {
  const rows = await sql.query(`DELETE FROM expert_commission_members WHERE commission_id = $1 AND user_id = $2 RETURNING 1`, [commissionId, userId]);
  return rows.length > 0;
}

export async function isCommissionMember(sql: Sql, commissionId: number, userId: number): Promise<boolean> {
  const rows = await sql.query(`SELECT 1 FROM expert_commission_members WHERE commission_id = $1 AND user_id = $2`, [commissionId, userId]);
  return rows.length > 0;
}

/** Assignments of a member in this commission's sessions: a member who has reviewed cannot be removed. */
export async function countMemberAssignments(sql: Sql, commissionId: number, userId: number): Promise<number> {
  const [row] = await sql.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM expert_assignments a JOIN expert_rounds r ON r.id = a.round_id JOIN expert_sessions s ON s.id = r.session_id
     WHERE s.commission_id = $1 AND a.expert_id = $2`,
    [commissionId, userId],
  );
  return row!.n;
}

/**
 * Locks the commission row: replacing the criteria (update) must not interleave with a score being given
 * against them (share), or the score would point at a criterion that no longer exists.
 */
export async function lockCommission(tx: Sql, id: number, mode: 'update' | 'share' = 'update'): Promise<boolean> {
  const rows = await tx.query(`SELECT 1 FROM expert_commissions WHERE id = $1 FOR ${mode === 'update' ? 'UPDATE' : 'SHARE'}`, [id]);
  return rows.length > 0;
}

export async function listCriteria(sql: Sql, commissionId: number): Promise<ExpertCriterion[]> {
  const rows = await sql.query<{ id: number; position: number; name: string; description: string; weight: number }>(
    `SELECT id, position, name, description, weight FROM expert_criteria WHERE commission_id = $1 ORDER BY position`,
    [commissionId],
  );
  return rows.map((r) => ({ id: Number(r.id), position: r.position, name: r.name, description: r.description, weight: r.weight }));
}

export async function commissionHasScores(sql: Sql, commissionId: number): Promise<boolean> {
  const rows = await sql.query(
    `SELECT 1 FROM expert_scores s JOIN expert_criteria c ON c.id = s.criterion_id WHERE c.commission_id = $1 LIMIT 1`,
    [commissionId],
  );
  return rows.length > 0;
}

/** Replaces the whole set of criteria (the caller checked the weights and that nothing is scored yet). */
export async function replaceCriteria(tx: Sql, commissionId: number, criteria: readonly { name: string; description: string; weight: number }[]): Promise<ExpertCriterion[]> {
  await tx.query(`DELETE FROM expert_criteria WHERE commission_id = $1`, [commissionId]);
  await tx.query(
    `INSERT INTO expert_criteria (commission_id, position, name, description, weight)
     SELECT $1, t.position, t.name, t.description, t.weight
     FROM unnest($2::int[], $3::text[], $4::text[], $5::int[]) AS t(position, name, description, weight)`,
    [commissionId, criteria.map((_, i) => i + 1), criteria.map((c) => c.name.trim()), criteria.map((c) => c.description), criteria.map((c) => c.weight)],
  );
  return listCriteria(tx, commissionId);
}

type SessionRow = {
  id: number; commission_id: number; commission_name: string; title: string; round_kind: ExpertRoundKind; held_on: string; place: string;
  scores_due: Date; answers_due: Date | null; is_demo: boolean;
};

export const EXPERT_SESSION_SELECT = `SELECT s.id, s.commission_id, c.name AS commission_name, s.title, s.round_kind, s.held_on, s.place, s.scores_due, s.answers_due, s.is_demo
  FROM expert_sessions s JOIN expert_commissions c ON c.id = s.commission_id`;

export function toExpertSession(r: SessionRow): ExpertSession {
  return {
    id: Number(r.id), commissionId: Number(r.commission_id), commissionName: r.commission_name, title: r.title, round: r.round_kind, heldOn: r.held_on,
    place: r.place, scoresDue: isoTime(r.scores_due), answersDue: r.answers_due ? isoTime(r.answers_due) : null, isDemo: r.is_demo,
  };
}

export async function createExpertSession(
  sql: Sql,
  s: { commissionId: number; title: string; round: ExpertRoundKind; heldOn: string; place: string; scoresDue: string; answersDue: string | null; isDemo?: boolean; actor: string },
): Promise<ExpertSession> {
  const [row] = await sql.query<{ id: number }>(
    `INSERT INTO expert_sessions (commission_id, title, round_kind, held_on, place, scores_due, answers_due, is_demo, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
    [s.commissionId, s.title, s.round, s.heldOn, s.place, s.scoresDue, s.answersDue, s.isDemo ?? false, s.actor],
  );
  return (await getExpertSession(sql, Number(row!.id)))!;
}

export async function getExpertSession(sql: Sql, id: number): Promise<ExpertSession | null> {
  const [row] = await sql.query<SessionRow>(`${EXPERT_SESSION_SELECT} WHERE s.id = $1`, [id]);
  return row ? toExpertSession(row) : null;
}

export async function listExpertSessions(sql: Sql, commissionId: number): Promise<ExpertSession[]> {
  const rows = await sql.query<SessionRow>(`${EXPERT_SESSION_SELECT} WHERE s.commission_id = $1 ORDER BY s.held_on, s.id`, [commissionId]);
  return rows.map(toExpertSession);
}

/** Sessions by id (for the reminders and the review views). */
export async function getExpertSessions(sql: Sql, ids: readonly number[]): Promise<Map<number, ExpertSession>> {
  if (ids.length === 0) return new Map();
  const rows = await sql.query<SessionRow>(`${EXPERT_SESSION_SELECT} WHERE s.id = ANY($1::bigint[])`, [[...new Set(ids)]]);
  return new Map(rows.map((r) => [Number(r.id), toExpertSession(r)]));
}

import type { ExpertDecisionOutcome, ExpertRound, ExpertRoundKind, ReviewedApplication } from '@klaster/contract';
import type { Sql } from './driver.ts';
import { isoTime } from './expert-rows.ts';

/** Review rounds of applications, and what the expert review reads of the applications of migration 007. */

type ApplicationRow = { id: number; cluster_id: number; cluster_name: string; kind: string; status: string; latest: number | null };

const APPLICATION_SELECT = `SELECT a.id, a.cluster_id, c.name AS cluster_name, a.kind, a.status,
    (SELECT max(v.version) FROM application_versions v WHERE v.application_id = a.id) AS latest
  FROM applications a JOIN clusters c ON c.id = a.cluster_id`;

const toApplication = (r: ApplicationRow): ReviewedApplication => ({
  id: Number(r.id), clusterId: Number(r.cluster_id), clusterName: r.cluster_name, kind: r.kind, status: r.status, currentVersion: r.latest == null ? null : Number(r.latest),
});

export async function getReviewedApplication(sql: Sql, id: number): Promise<ReviewedApplication | null> {
  const [row] = await sql.query<ApplicationRow>(`${APPLICATION_SELECT} WHERE a.id = $1`, [id]);
  return row ? toApplication(row) : null;
}

export async function getReviewedApplications(sql: Sql, ids: readonly number[]): Promise<Map<number, ReviewedApplication>> {
  if (ids.length === 0) return new Map();
  const rows = await sql.query<ApplicationRow>(`${APPLICATION_SELECT} WHERE a.id = ANY($1::bigint[])`, [[...new Set(ids)]]);
  return new Map(rows.map((r) => [Number(r.id), toApplication(r)]));
}

/**
 * Locks the application row for the rest of the transaction: opening a round, deciding one and resubmitting
 * all read the rounds and then write, so two of them for one application must not interleave (update);
 * scores and remarks take a shared lock, so a decision never misses one written at the same moment.
 */
export async function lockApplication(tx: Sql, id: number, mode: 'update' | 'share' = 'update'): Promise<boolean> {
  const rows = await tx.query(`SELECT 1 FROM applications WHERE id = $1 FOR ${mode === 'update' ? 'UPDATE' : 'SHARE'}`, [id]);
  return rows.length > 0;
}

/** A frozen version as submitted (what the assigned experts read). */
export async function getApplicationVersion(sql: Sql, applicationId: number, version: number): Promise<{ frozen: Record<string, unknown>; submittedAt: string } | null> {
  const [row] = await sql.query<{ frozen: Record<string, unknown>; submitted_at: Date }>(
    `SELECT frozen, submitted_at FROM application_versions WHERE application_id = $1 AND version = $2`,
    [applicationId, version],
  );
  return row ? { frozen: row.frozen, submittedAt: isoTime(row.submitted_at) } : null;
}

/**
 * The organisations an application speaks for: the current participants of its cluster and the cluster's
 * specialised organisation (what a conflict-of-interest declaration is checked against).
 */
export async function applicantOrganisations(sql: Sql, applicationId: number): Promise<{ id: number; name: string; role: string }[]> {
  const rows = await sql.query<{ id: number; name: string; role: string }>(
    `SELECT o.id, o.name, CASE WHEN o.id = c.specialized_org_id THEN 'specialised_org' ELSE 'participant' END AS role
     FROM applications a JOIN clusters c ON c.id = a.cluster_id
     JOIN organisations o ON o.id = c.specialized_org_id
       OR o.id IN (SELECT p.organisation_id FROM cluster_participants p WHERE p.cluster_id = c.id AND (p.left_on IS NULL OR p.left_on > current_date))
     WHERE a.id = $1
     ORDER BY o.name COLLATE klaster_ru, o.id`,
    [applicationId],
  );
  return rows.map((r) => ({ id: Number(r.id), name: r.name, role: r.role }));
}

/** Is this organisation a participant (now) of this cluster? (Enterprise representatives read their cluster's reviews.) */
export async function isClusterParticipant(sql: Sql, clusterId: number, organisationId: number): Promise<boolean> {
  const rows = await sql.query(
    `SELECT 1 FROM cluster_participants WHERE cluster_id = $1 AND organisation_id = $2 AND (left_on IS NULL OR left_on > current_date)`,
    [clusterId, organisationId],
  );
  return rows.length > 0;
}

type RoundRow = {
  id: number; application_id: number; number: number; kind: ExpertRoundKind; application_version: number; session_id: number | null;
  opened_by: 'agenda' | 'resubmission'; opened_at: Date; outcome: ExpertDecisionOutcome | null; commission_id: number | null;
};

const ROUND_SELECT = `SELECT r.id, r.application_id, r.number, r.kind, r.application_version, r.session_id, r.opened_by, r.opened_at,
    d.outcome, s.commission_id
  FROM expert_rounds r LEFT JOIN expert_decisions d ON d.round_id = r.id LEFT JOIN expert_sessions s ON s.id = r.session_id`;

export type RoundRecord = ExpertRound & { decision: ExpertDecisionOutcome | null; commissionId: number | null };

const toRound = (r: RoundRow): RoundRecord => ({
  id: Number(r.id), applicationId: Number(r.application_id), number: r.number, kind: r.kind, version: r.application_version,
  sessionId: r.session_id == null ? null : Number(r.session_id), openedBy: r.opened_by, openedAt: isoTime(r.opened_at),
  decision: r.outcome, commissionId: r.commission_id == null ? null : Number(r.commission_id),
});

export async function listRounds(sql: Sql, applicationId: number): Promise<RoundRecord[]> {
  const rows = await sql.query<RoundRow>(`${ROUND_SELECT} WHERE r.application_id = $1 ORDER BY r.number`, [applicationId]);
  return rows.map(toRound);
}

export async function getRound(sql: Sql, id: number): Promise<RoundRecord | null> {
  const [row] = await sql.query<RoundRow>(`${ROUND_SELECT} WHERE r.id = $1`, [id]);
  return row ? toRound(row) : null;
}

/** The rounds on a session's agenda, and (separately) resubmitted rounds of its kind waiting for a session. */
export async function listSessionRounds(sql: Sql, sessionId: number): Promise<RoundRecord[]> {
  const rows = await sql.query<RoundRow>(`${ROUND_SELECT} WHERE r.session_id = $1 ORDER BY r.application_id, r.number`, [sessionId]);
  return rows.map(toRound);
}

export async function listWaitingRounds(sql: Sql, kind: ExpertRoundKind): Promise<RoundRecord[]> {
  const rows = await sql.query<RoundRow>(`${ROUND_SELECT} WHERE r.session_id IS NULL AND r.kind = $1 ORDER BY r.opened_at, r.id`, [kind]);
  return rows.map(toRound);
}

export async function insertRound(
  tx: Sql,
  r: { applicationId: number; number: number; kind: ExpertRoundKind; version: number; sessionId: number | null; openedBy: 'agenda' | 'resubmission'; actor: string },
): Promise<RoundRecord> {
  const [row] = await tx.query<{ id: number }>(
    `INSERT INTO expert_rounds (application_id, number, kind, application_version, session_id, opened_by, opened_by_actor, scheduled_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, CASE WHEN $5::bigint IS NULL THEN NULL ELSE now() END) RETURNING id`,
    [r.applicationId, r.number, r.kind, r.version, r.sessionId, r.openedBy, r.actor],
  );
  return (await getRound(tx, Number(row!.id)))!;
}

/** Puts a waiting round on a session (the kinds must match: the foreign key on (session, kind) says so too). */
export async function scheduleRound(tx: Sql, roundId: number, sessionId: number): Promise<RoundRecord> {
  await tx.query(`UPDATE expert_rounds SET session_id = $2, scheduled_at = now() WHERE id = $1 AND session_id IS NULL`, [roundId, sessionId]);
  return (await getRound(tx, roundId))!;
}

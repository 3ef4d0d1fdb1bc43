import type { ClusterStatus } from '@klaster/core';
import type { Sql } from './driver.ts';
import { loadClusterSnapshot } from './cluster.repository.ts';

/**
 * The cluster life cycle in the database: the steps (cluster_events), the deadlines, and whether each
 * enterprise has taken the status of a participant. A step changes clusters.status, and is written with
 * the cluster's history row in the caller's transaction.
 */
const iso = (v: unknown) => (v == null ? null : v instanceof Date ? v.toISOString() : String(v));

export interface DocumentFields {
  title: string | null;
  number: string | null;
  date: string | null;
}

export interface ClusterEventRecord {
  id: number;
  clusterId: number;
  fromStatus: ClusterStatus | null;
  toStatus: ClusterStatus;
  happenedOn: string;
  document: DocumentFields | null;
  actor: string;
  actorRole: string | null;
  note: string;
  recordedAt: string;
  isDemo: boolean;
}

function toEvent(r: Record<string, unknown>): ClusterEventRecord {
  const hasDocument = r.document_title != null || r.document_number != null || r.document_date != null;
  return {
    id: Number(r.id), clusterId: Number(r.cluster_id), fromStatus: (r.from_status as ClusterStatus) ?? null, toStatus: r.to_status as ClusterStatus,
    happenedOn: r.happened_on as string,
    document: hasDocument ? { title: (r.document_title as string) ?? null, number: (r.document_number as string) ?? null, date: (r.document_date as string) ?? null } : null,
    actor: r.actor as string, actorRole: (r.actor_role as string) ?? null, note: r.note as string, recordedAt: iso(r.recorded_at)!, isDemo: Boolean(r.is_demo),
  };
}

export async function listClusterEvents(db: Sql, clusterId: number): Promise<ClusterEventRecord[]> {
  return (await db.query(`SELECT * FROM cluster_events WHERE cluster_id = $1 ORDER BY happened_on, id`, [clusterId])).map(toEvent);
}

export interface NewClusterEvent {
  clusterId: number;
  fromStatus: string | null;
  toStatus: string;
  happenedOn: string;
  document?: Partial<DocumentFields> | null;
  actor: string;
  actorRole?: string | null;
  note?: string;
  isDemo?: boolean;
}

export async function insertClusterEvent(tx: Sql, e: NewClusterEvent): Promise<ClusterEventRecord> {
  const [row] = await tx.query(
    `INSERT INTO cluster_events (cluster_id, from_status, to_status, happened_on, document_title, document_number, document_date, actor, actor_role, note, is_demo)
     VALUES ($1, $2, $3, $4::date, $5, $6, $7::date, $8, $9, $10, $11) RETURNING *`,
    [e.clusterId, e.fromStatus, e.toStatus, e.happenedOn, e.document?.title ?? null, e.document?.number ?? null, e.document?.date ?? null,
      e.actor, e.actorRole ?? null, e.note ?? '', e.isDemo ?? false],
  );
  return toEvent(row!);
}

/** The cluster's status and version, locked for the rest of the transaction so two steps cannot race. */
export async function lockClusterStatus(tx: Sql, clusterId: number): Promise<{ status: string; version: number } | null> {
  const [row] = await tx.query(`SELECT status, version FROM clusters WHERE id = $1 AND deleted_at IS NULL FOR UPDATE`, [clusterId]);
  return row ? { status: row.status as string, version: Number(row.version) } : null;
}

/**
 * Moves the cluster to `to` and records the whole aggregate before and after in history, as every other
 * change of a cluster is recorded. Registry entry also dates the registry decision.
 */
export async function applyClusterStatus(tx: Sql, clusterId: number, to: string, actor: string, registryDecisionDate?: string | null): Promise<number> {
  const before = await loadClusterSnapshot(tx, clusterId);
  const [row] = await tx.query<{ version: number }>(
    `UPDATE clusters SET status = $2, registry_decision_date = coalesce($3::date, registry_decision_date), version = version + 1, updated_at = now()
     WHERE id = $1 RETURNING version`,
    [clusterId, to, registryDecisionDate ?? null],
  );
  const after = await loadClusterSnapshot(tx, clusterId);
  await tx.query(
    `INSERT INTO history (entity, entity_id, action, actor, before, after) VALUES ('cluster', $1, 'update', $2, $3::jsonb, $4::jsonb)`,
    [clusterId, actor, JSON.stringify(before), JSON.stringify(after)],
  );
  return Number(row!.version);
}

/** A life-cycle record that is part of the cluster but not of its aggregate snapshot: history keeps it as a fragment. */
export async function recordClusterFragment(tx: Sql, clusterId: number, actor: string, before: unknown, after: unknown): Promise<void> {
  await tx.query(
    `INSERT INTO history (entity, entity_id, action, actor, before, after) VALUES ('cluster', $1, 'update', $2, $3::jsonb, $4::jsonb)`,
    [clusterId, actor, before == null ? null : JSON.stringify(before), after == null ? null : JSON.stringify(after)],
  );
}

export interface DeadlineRecord {
  id: number;
  clusterId: number;
  targetStatus: string;
  dueOn: string;
  title: string;
  note: string;
  setBy: string;
  isDemo: boolean;
}

const toDeadline = (r: Record<string, unknown>): DeadlineRecord => ({
  id: Number(r.id), clusterId: Number(r.cluster_id), targetStatus: r.target_status as string, dueOn: r.due_on as string,
  title: r.title as string, note: r.note as string, setBy: r.set_by as string, isDemo: Boolean(r.is_demo),
});

export async function listDeadlines(db: Sql, clusterId: number): Promise<DeadlineRecord[]> {
  return (await db.query(`SELECT * FROM cluster_deadlines WHERE cluster_id = $1 ORDER BY due_on, id`, [clusterId])).map(toDeadline);
}

export interface DeadlineInput {
  clusterId: number;
  targetStatus: string;
  dueOn: string;
  title: string;
  note?: string;
  setBy: string;
  isDemo?: boolean;
}

/** One deadline per target status: setting it again moves it. Recorded in the cluster's history. */
export async function upsertDeadline(tx: Sql, d: DeadlineInput): Promise<DeadlineRecord> {
  const [before] = await tx.query(`SELECT * FROM cluster_deadlines WHERE cluster_id = $1 AND target_status = $2`, [d.clusterId, d.targetStatus]);
  const [row] = await tx.query(
    `INSERT INTO cluster_deadlines (cluster_id, target_status, due_on, title, note, set_by, is_demo) VALUES ($1, $2, $3::date, $4, $5, $6, $7)
     ON CONFLICT (cluster_id, target_status) DO UPDATE SET due_on = excluded.due_on, title = excluded.title, note = excluded.note,
       set_by = excluded.set_by, updated_at = now()
     RETURNING *`,
    [d.clusterId, d.targetStatus, d.dueOn, d.title, d.note ?? '', d.setBy, d.isDemo ?? false],
  );
  const after = toDeadline(row!);
  await recordClusterFragment(tx, d.clusterId, d.setBy, before ? { deadline: toDeadline(before) } : null, { deadline: after });
  return after;
}

export async function deleteDeadline(tx: Sql, clusterId: number, targetStatus: string, actor: string): Promise<boolean> {
  const [row] = await tx.query(`DELETE FROM cluster_deadlines WHERE cluster_id = $1 AND target_status = $2 RETURNING *`, [clusterId, targetStatus]);
  if (!row) return false;
  await recordClusterFragment(tx, clusterId, actor, { deadline: toDeadline(row) }, null);
  return true;
}

export interface ParticipantStatusRecord {
  organisationId: number;
  inn: string;
  name: string;
  role: string;
  status: string | null;
  document: DocumentFields | null;
  updatedBy: string | null;
  updatedAt: string | null;
}

/** The cluster's current participants, each with its recorded status (null when none was recorded). */
export async function listParticipantStatuses(db: Sql, clusterId: number): Promise<ParticipantStatusRecord[]> {
  const rows = await db.query(
    `SELECT o.id, o.inn, o.name, cp.role, ps.status, ps.document_title, ps.document_number, ps.document_date, ps.updated_by, ps.updated_at
     FROM cluster_participants cp JOIN organisations o ON o.id = cp.organisation_id
     LEFT JOIN participant_statuses ps ON ps.cluster_id = cp.cluster_id AND ps.organisation_id = cp.organisation_id
     WHERE cp.cluster_id = $1 AND cp.left_on IS NULL AND o.deleted_at IS NULL
     ORDER BY o.name COLLATE klaster_ru, o.inn`,
    [clusterId],
  );
  return rows.map((r) => ({
    organisationId: Number(r.id), inn: r.inn as string, name: r.name as string, role: r.role as string, status: (r.status as string) ?? null,
    document: r.document_title != null || r.document_number != null || r.document_date != null
      ? { title: (r.document_title as string) ?? null, number: (r.document_number as string) ?? null, date: (r.document_date as string) ?? null } : null,
    updatedBy: (r.updated_by as string) ?? null, updatedAt: iso(r.updated_at),
  }));
}

export interface ParticipantStatusInput {
  clusterId: number;
  organisationId: number;
  status: string;
  document?: Partial<DocumentFields> | null;
  updatedBy: string;
  isDemo?: boolean;
}

export async function setParticipantStatus(tx: Sql, s: ParticipantStatusInput): Promise<void> {
  const [before] = await tx.query(`SELECT status, document_title, document_number, document_date FROM participant_statuses WHERE cluster_id = $1 AND organisation_id = $2`, [s.clusterId, s.organisationId]);
  await tx.query(
    `INSERT INTO participant_statuses (cluster_id, organisation_id, status, document_title, document_number, document_date, updated_by, is_demo)
     VALUES ($1, $2, $3, $4, $5, $6::date, $7, $8)
     ON CONFLICT (cluster_id, organisation_id) DO UPDATE SET status = excluded.status, document_title = excluded.document_title,
       document_number = excluded.document_number, document_date = excluded.document_date, updated_by = excluded.updated_by, updated_at = now()`,
    [s.clusterId, s.organisationId, s.status, s.document?.title ?? null, s.document?.number ?? null, s.document?.date ?? null, s.updatedBy, s.isDemo ?? false],
  );
  const fragment = (status: unknown, d: Partial<DocumentFields> | null | undefined) => ({ participantStatus: { organisationId: s.organisationId, status, document: d ?? null } });
  await recordClusterFragment(tx, s.clusterId, s.updatedBy,
    before ? fragment(before.status, { title: before.document_title as string, number: before.document_number as string, date: before.document_date as string }) : null,
    fragment(s.status, s.document));
}

import type { Sql } from './driver.ts';

/**
 * Applications of clusters (registry entry, subsidy). The applicant edits a draft; each submission freezes
 * the assembled package as a new row of application_versions, which the database refuses to change
 * (a trigger), so what the commission reviewed stays what was submitted.
 */
const iso = (v: unknown) => (v == null ? null : v instanceof Date ? v.toISOString() : String(v));

export interface ApplicationRecord {
  id: number;
  clusterId: number;
  clusterName: string;
  kind: 'registry_entry' | 'subsidy';
  projectId: number | null;
  projectTitle: string | null;
  status: string;
  currentVersion: number | null;
  draft: Record<string, unknown>;
  draftUpdatedAt: string;
  /** The draft was edited after the latest submission. */
  draftChangedSinceSubmission: boolean;
  versions: { version: number; submittedAt: string; submittedBy: string }[];
  isDemo: boolean;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

const SELECT = `SELECT a.*, c.name AS cluster_name, p.title AS project_title,
    (SELECT max(v.submitted_at) FROM application_versions v WHERE v.application_id = a.id) AS last_submitted_at
  FROM applications a JOIN clusters c ON c.id = a.cluster_id LEFT JOIN joint_projects p ON p.id = a.project_id`;

function toRecord(r: Record<string, unknown>, versions: ApplicationRecord['versions']): ApplicationRecord {
  const lastSubmitted = r.last_submitted_at == null ? null : new Date(iso(r.last_submitted_at)!).getTime();
  const draftAt = new Date(iso(r.draft_updated_at)!).getTime();
  return {
    id: Number(r.id), clusterId: Number(r.cluster_id), clusterName: r.cluster_name as string, kind: r.kind as ApplicationRecord['kind'],
    projectId: r.project_id == null ? null : Number(r.project_id), projectTitle: (r.project_title as string) ?? null, status: r.status as string,
    currentVersion: r.current_version == null ? null : Number(r.current_version), draft: (r.draft as Record<string, unknown>) ?? {},
    draftUpdatedAt: iso(r.draft_updated_at)!, draftChangedSinceSubmission: lastSubmitted !== null && draftAt > lastSubmitted,
    versions, isDemo: Boolean(r.is_demo), createdBy: r.created_by as string, createdAt: iso(r.created_at)!, updatedAt: iso(r.updated_at)!,
  };
}

export async function listApplicationVersions(db: Sql, id: number): Promise<ApplicationRecord['versions']> {
  const rows = await db.query(`SELECT version, submitted_at, submitted_by FROM application_versions WHERE application_id = $1 ORDER BY version`, [id]);
  return rows.map((v) => ({ version: Number(v.version), submittedAt: iso(v.submitted_at)!, submittedBy: v.submitted_by as string }));
}

export async function loadApplication(db: Sql, id: number): Promise<ApplicationRecord | null> {
  const [row] = await db.query(`${SELECT} WHERE a.id = $1`, [id]);
  return row ? toRecord(row, await listApplicationVersions(db, id)) : null;
}

/** The applications of a cluster (or of all clusters), newest first, without their versions. */
export async function listApplications(db: Sql, filter: { clusterId?: number; projectId?: number }): Promise<ApplicationRecord[]> {
  const rows = await db.query(`${SELECT} WHERE ($1::bigint IS NULL OR a.cluster_id = $1) AND ($2::bigint IS NULL OR a.project_id = $2) ORDER BY a.id DESC`,
    [filter.clusterId ?? null, filter.projectId ?? null]);
  return rows.map((r) => toRecord(r, []));
}

async function recordHistory(tx: Sql, id: number, action: string, actor: string, before: unknown, after: unknown): Promise<void> {
  await tx.query(`INSERT INTO history (entity, entity_id, action, actor, before, after) VALUES ('application', $1, $2, $3, $4::jsonb, $5::jsonb)`,
    [id, action, actor, before == null ? null : JSON.stringify(before), JSON.stringify(after)]);
}

/** What history keeps of an application: its own fields (versions are immutable rows of their own). */
const historyView = (a: ApplicationRecord) => ({ kind: a.kind, clusterId: a.clusterId, projectId: a.projectId, status: a.status, currentVersion: a.currentVersion, draft: a.draft });

export interface NewApplication {
  clusterId: number;
  kind: 'registry_entry' | 'subsidy';
  projectId: number | null;
  draft: Record<string, unknown>;
  actor: string;
  isDemo?: boolean;
}

export async function createApplication(tx: Sql, a: NewApplication): Promise<ApplicationRecord> {
  const [row] = await tx.query<{ id: number }>(
    `INSERT INTO applications (cluster_id, kind, project_id, draft, created_by, is_demo) VALUES ($1, $2, $3, $4::jsonb, $5, $6) RETURNING id`,
    [a.clusterId, a.kind, a.projectId, JSON.stringify(a.draft), a.actor, a.isDemo ?? false],
  );
  const created = (await loadApplication(tx, Number(row!.id)))!;
  await recordHistory(tx, created.id, 'create', a.actor, null, historyView(created));
  return created;
}

/** Replaces the draft. Submitted versions are untouched: the next submission makes a new one. */
export async function updateApplicationDraft(tx: Sql, id: number, draft: Record<string, unknown>, actor: string): Promise<ApplicationRecord> {
  const before = (await loadApplication(tx, id))!;
  // clock_timestamp, not now(): a draft edited in the transaction that submitted must still count as later
  await tx.query(`UPDATE applications SET draft = $2::jsonb, draft_updated_at = clock_timestamp(), updated_at = now() WHERE id = $1`, [id, JSON.stringify(draft)]);
  const after = (await loadApplication(tx, id))!;
  await recordHistory(tx, id, 'update', actor, historyView(before), historyView(after));
  return after;
}

export async function setApplicationStatus(tx: Sql, id: number, status: string, actor: string): Promise<ApplicationRecord> {
  const before = (await loadApplication(tx, id))!;
  await tx.query(`UPDATE applications SET status = $2, updated_at = now() WHERE id = $1`, [id, status]);
  const after = (await loadApplication(tx, id))!;
  await recordHistory(tx, id, 'update', actor, historyView(before), historyView(after));
  return after;
}

/**
 * Freezes `frozen` as the next version and marks the application submitted. The row is locked first so
 * two submissions at once get consecutive numbers instead of colliding.
 */
export async function insertApplicationVersion(tx: Sql, id: number, frozen: unknown, actor: string): Promise<{ version: number; submittedAt: string }> {
  await tx.query(`SELECT id FROM applications WHERE id = $1 FOR UPDATE`, [id]);
  const before = (await loadApplication(tx, id))!;
  const version = (before.currentVersion ?? 0) + 1;
  const [row] = await tx.query(
    `INSERT INTO application_versions (application_id, version, frozen, submitted_by) VALUES ($1, $2, $3::jsonb, $4) RETURNING submitted_at`,
    [id, version, JSON.stringify(frozen), actor],
  );
  await tx.query(`UPDATE applications SET current_version = $2, status = 'submitted', updated_at = now() WHERE id = $1`, [id, version]);
  const after = (await loadApplication(tx, id))!;
  await recordHistory(tx, id, 'update', actor, historyView(before), historyView(after));
  return { version, submittedAt: iso(row!.submitted_at)! };
}

export interface ApplicationVersionRecord {
  applicationId: number;
  version: number;
  submittedAt: string;
  submittedBy: string;
  frozen: unknown;
}

export async function loadApplicationVersion(db: Sql, id: number, version: number): Promise<ApplicationVersionRecord | null> {
  const [row] = await db.query(`SELECT * FROM application_versions WHERE application_id = $1 AND version = $2`, [id, version]);
  return row ? { applicationId: Number(row.application_id), version: Number(row.version), submittedAt: iso(row.submitted_at)!, submittedBy: row.submitted_by as string, frozen: row.frozen } : null;
}

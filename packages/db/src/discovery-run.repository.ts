import type { Sql } from './driver.ts';

export type DiscoveryRunStatus = 'running' | 'done' | 'failed';

/** Counts and hash of the data a run saw: two runs with the same hash saw the same organisations and links. */
export interface DiscoverySnapshot {
  organisations: number;
  links: number;
  hash: string;
}

/** One stored run; params and result are the service's JSON, kept opaque here. */
export interface DiscoveryRunRow {
  id: number;
  status: DiscoveryRunStatus;
  progress: number;
  stage: string;
  params: Record<string, unknown>;
  seed: number;
  regionCodes: string[];
  snapshot: DiscoverySnapshot | null;
  result: Record<string, unknown> | null;
  error: string | null;
  actor: string;
  repeatOf: number | null;
  startedAt: string;
  finishedAt: string | null;
  /** Number of candidates in the result (null until done). */
  candidateCount: number | null;
}

const iso = (v: unknown) => (v instanceof Date ? v.toISOString() : v == null ? null : String(v));

const BASE = `id, status, progress, stage, params, seed, region_codes, snapshot, error, actor, repeat_of, started_at, finished_at,
  jsonb_array_length(result -> 'candidates') AS candidate_count`;
const COLUMNS = `${BASE}, result`;
const SUMMARY_COLUMNS = `${BASE}, NULL::jsonb AS result`;

function toRun(r: Record<string, unknown>): DiscoveryRunRow {
  return {
    id: Number(r.id),
    status: r.status as DiscoveryRunStatus,
    progress: Number(r.progress),
    stage: String(r.stage),
    params: r.params as Record<string, unknown>,
    seed: Number(r.seed),
    regionCodes: (r.region_codes as string[] | null) ?? [],
    snapshot: (r.snapshot as DiscoverySnapshot | null) ?? null,
    result: (r.result as Record<string, unknown> | null) ?? null,
    error: (r.error as string | null) ?? null,
    actor: String(r.actor),
    repeatOf: r.repeat_of == null ? null : Number(r.repeat_of),
    startedAt: iso(r.started_at)!,
    finishedAt: iso(r.finished_at),
    candidateCount: r.candidate_count == null ? null : Number(r.candidate_count),
  };
}

/** Creates the run row ('running') before any computation, so the run is visible at once. */
export async function insertDiscoveryRun(
  db: Sql,
  run: { params: Record<string, unknown>; seed: number; regionCodes: string[]; actor: string; repeatOf?: number | null },
): Promise<number> {
  const [row] = await db.query<{ id: number }>(
    `INSERT INTO discovery_runs (status, stage, params, seed, region_codes, actor, repeat_of)
     VALUES ('running', 'queued', $1::jsonb, $2, $3::text[], $4, $5) RETURNING id`,
    [JSON.stringify(run.params), run.seed, run.regionCodes, run.actor, run.repeatOf ?? null],
  );
  return Number(row!.id);
}

export async function updateDiscoveryProgress(db: Sql, id: number, progress: number, stage: string): Promise<void> {
  await db.query(`UPDATE discovery_runs SET progress = $2, stage = $3 WHERE id = $1 AND status = 'running'`, [id, Math.min(1, Math.max(0, progress)), stage]);
}

export async function setDiscoverySnapshot(db: Sql, id: number, snapshot: DiscoverySnapshot): Promise<void> {
  await db.query(`UPDATE discovery_runs SET snapshot = $2::jsonb WHERE id = $1`, [id, JSON.stringify(snapshot)]);
}

/** Stores the result in one UPDATE. */
export async function finishDiscoveryRun(db: Sql, id: number, result: Record<string, unknown>): Promise<void> {
  await db.query(
    `UPDATE discovery_runs SET status = 'done', progress = 1, stage = 'done', result = $2::jsonb, finished_at = now() WHERE id = $1`,
    [id, JSON.stringify(result)],
  );
}

export async function failDiscoveryRun(db: Sql, id: number, error: string): Promise<void> {
  await db.query(`UPDATE discovery_runs SET status = 'failed', stage = 'failed', error = $2, finished_at = now() WHERE id = $1`, [id, error]);
}

/** Runs left 'running' by a process that stopped can never finish: mark them failed. */
export async function failInterruptedDiscoveryRuns(db: Sql, message: string): Promise<number> {
  const rows = await db.query(
    `UPDATE discovery_runs SET status = 'failed', stage = 'failed', error = $1, finished_at = now() WHERE status = 'running' RETURNING id`,
    [message],
  );
  return rows.length;
}

export async function getDiscoveryRun(db: Sql, id: number): Promise<DiscoveryRunRow | null> {
  const [row] = await db.query(`SELECT ${COLUMNS} FROM discovery_runs WHERE id = $1`, [id]);
  return row ? toRun(row) : null;
}

/** Newest first, without the (large) results. */
export async function listDiscoveryRuns(db: Sql, limit = 50): Promise<DiscoveryRunRow[]> {
  const rows = await db.query(`SELECT ${SUMMARY_COLUMNS} FROM discovery_runs ORDER BY id DESC LIMIT $1`, [limit]);
  return rows.map(toRun);
}

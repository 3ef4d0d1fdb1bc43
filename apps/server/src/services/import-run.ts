import type { Database } from '@klaster/db';
import type { ImportReport } from '@klaster/contract';

export async function startImportRun(db: Database, req: { kind: string; fileName: string; mode: string; actor: string }): Promise<number> {
  const [row] = await db.query<{ id: number }>(
    `INSERT INTO import_runs (kind, file_name, mode, status, actor) VALUES ($1, $2, $3, 'running', $4) RETURNING id`,
    [req.kind, req.fileName, req.mode, req.actor],
  );
  return Number(row!.id);
}

/** Records the outcome; report null means the import failed with `failure`. */
export async function finishImportRun(db: Pick<Database, 'query'>, id: number, report: ImportReport | null, failure?: string): Promise<void> {
  await db.query(
    `UPDATE import_runs SET status = $2, rows_total = $3, rows_written = $4, rows_unchanged = $5, rows_invalid = $6,
       errors = $7::jsonb, message = $8, finished_at = now() WHERE id = $1`,
    [
      id, report?.status ?? 'failed', report?.rowsTotal ?? 0, report ? report.created + report.updated + report.restored : 0,
      report?.unchanged ?? 0, report?.rowsInvalid ?? 0, JSON.stringify((report?.errors ?? []).slice(0, 1000)),
      report?.message ?? `Загрузка прервана: ${failure ?? 'неизвестная ошибка'}`,
    ],
  );
}

/** Waits between attempts to record a failed import while the database is unreachable (the last one repeats). */
const RETRY_DELAYS_MS = [1000, 2000, 5000, 10_000, 30_000];
/** Attempts in all: with the delays above, about an hour. */
const RETRY_ATTEMPTS = 120;

/**
 * Records that an import failed. When the failure was the database going away, recording it fails too: the run
 * would stay 'running' until the next start. Instead the attempt is repeated in the background until the database
 * answers again (timers do not keep the process alive). Never throws: the caller rethrows the import's own error.
 */
export async function recordImportFailure(db: Pick<Database, 'query'>, id: number, failure: string, delaysMs = RETRY_DELAYS_MS): Promise<void> {
  const attempt = () => finishImportRun(db, id, null, failure);
  try {
    await attempt();
  } catch {
    retryLater(attempt, delaysMs, 1);
  }
}

function retryLater(attempt: () => Promise<void>, delaysMs: readonly number[], tries: number): void {
  if (tries >= RETRY_ATTEMPTS) return;
  const delay = delaysMs[Math.min(tries - 1, delaysMs.length - 1)]!;
  setTimeout(() => attempt().catch(() => retryLater(attempt, delaysMs, tries + 1)), delay).unref();
}

/** Imports left 'running' by a process that died cannot have written anything (one transaction): mark them failed. */
export async function failInterruptedImports(db: Database): Promise<number> {
  const rows = await db.query(
    `UPDATE import_runs SET status = 'failed', finished_at = now(),
       message = 'Загрузка прервана (процесс остановлен); данные не записаны' WHERE status = 'running' RETURNING id`,
  );
  return rows.length;
}

export async function listImportRuns(db: Database, limit = 50): Promise<Record<string, unknown>[]> {
  return db.query(
    `SELECT id, kind, file_name, mode, status, actor, rows_total, rows_written, rows_unchanged, rows_invalid, message, started_at, finished_at
     FROM import_runs ORDER BY id DESC LIMIT $1`,
    [limit],
  );
}

import type { Database, WriteCounts } from '@klaster/db';
import type { ImportReport } from '@klaster/contract';
import type { RowError } from '@klaster/io';
import type { ProgressListener } from './import-progress.ts';
import type { ImportMode } from './import.service.ts';

/** What validating and writing a file settled, whatever its kind. */
export interface ImportOutcome {
  /** Records that passed validation (and the operator's regions): an organisation of several rows counts once. */
  validCount: number;
  errors: RowError[];
  refused: boolean;
  counts: WriteCounts;
}

export const NOTHING_WRITTEN: WriteCounts = { created: 0, updated: 0, restored: 0, unchanged: 0 };

/** Mode "all": one invalid row refuses the file. Mode "valid": refused only when nothing is valid. */
export const isRefused = (mode: ImportMode, errors: number, valid: number): boolean => errors > 0 && (mode === 'all' || valid === 0);

/** The file as it was read: what the report says of it. */
export interface ReadFile {
  format: string;
  encoding?: string | null;
  delimiter?: string | null;
  rowsTotal: number;
}

/**
 * The run around one import of any kind: recorded in import_runs before the work starts, the report built from the
 * outcome and recorded, a failure recorded (once the database answers, if it was the database that failed).
 */
export async function runImport(
  db: Database,
  req: { kind: ImportReport['kind']; fileName: string; mode: ImportMode; actor: string; onProgress?: ProgressListener },
  file: ReadFile,
  work: (runId: number) => Promise<ImportOutcome>,
): Promise<ImportReport> {
  const runId = await startImportRun(db, req);
  try {
    const { validCount, errors, refused, counts } = await work(runId);
    req.onProgress?.({ phase: 'finished', rowsTotal: file.rowsTotal, rowsValidated: file.rowsTotal, recordsSent: counts.created + counts.updated + counts.restored + counts.unchanged });
    const status = refused ? 'refused' : 'written';
    const report: ImportReport = {
      runId, kind: req.kind, fileName: req.fileName, mode: req.mode, status, format: file.format,
      encoding: file.encoding ?? null, delimiter: file.delimiter ?? null, rowsTotal: file.rowsTotal, rowsValid: validCount,
      // a row is a row of one sheet: row 5 of «Кластеры» and row 5 of «Льготы» are two
      rowsInvalid: new Set(errors.map((e) => `${e.sheet ?? ''}|${e.rowNumber}`)).size,
      ...counts, errors,
      ...summary(status, req.mode, validCount, errors, counts),
    };
    await finishImportRun(db, runId, report);
    return report;
  } catch (error) {
    await recordImportFailure(db, runId, error instanceof Error ? error.message : String(error));
    throw error;
  }
}

function summary(status: 'written' | 'refused', mode: ImportMode, valid: number, errors: RowError[], c: WriteCounts) {
  const badRows = new Set(errors.map((e) => e.rowNumber)).size;
  if (status === 'refused')
    return {
      message: `Файл не загружен: ошибок ${errors.length} в строках: ${badRows}. Ничего не записано. Исправьте ошибки или загрузите только верные строки.`,
      messageEn: `Import refused: ${errors.length} error(s) in ${badRows} row(s). Nothing was written. Fix the errors or import with mode "valid".`,
    };
  const skipped = mode === 'valid' && badRows ? ` Пропущено строк с ошибками: ${badRows}.` : '';
  const skippedEn = mode === 'valid' && badRows ? ` Skipped ${badRows} invalid row(s).` : '';
  return {
    message: `Загружено записей: ${valid}. Новых: ${c.created}, изменённых: ${c.updated}, восстановленных: ${c.restored}, без изменений: ${c.unchanged}.${skipped}`,
    messageEn: `Imported ${valid} record(s): ${c.created} created, ${c.updated} updated, ${c.restored} restored, ${c.unchanged} unchanged.${skippedEn}`,
  };
}

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

import { createHash, type Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { BackupError, parseHeader, type BackupHeader, type BackupTableEntry } from './backup-format.ts';

const BATCH_ROWS = 1000;

export type TableBatchHandler = (table: BackupTableEntry, lines: string[]) => Promise<void>;

/** The file's lines, decompressed. A broken gzip stream or a missing file becomes a BackupError. */
async function* lines(file: string): AsyncGenerator<string> {
  const gunzip = createGunzip();
  const source = createReadStream(file);
  source.on('error', (e) => gunzip.destroy(e));
  const reader = createInterface({ input: source.pipe(gunzip), crlfDelay: Infinity });
  try {
    for await (const line of reader) yield line;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new BackupError(`Файл ${file} не найден.`, `File ${file} not found.`);
    throw new BackupError(
      `Резервная копия повреждена: сжатые данные не читаются (${code ?? 'zlib'}). Ничего не восстановлено.`,
      `The backup file is damaged: the compressed data cannot be read (${code ?? (error as Error).message}). Nothing was restored.`,
    );
  }
}

/** Tracks which table the next line belongs to and checks each table's row count and sha256 as it completes. */
class TableCursor {
  private index = 0;
  private rows = 0;
  private hash: Hash = createHash('sha256');
  constructor(private readonly tables: BackupTableEntry[]) {}

  get current(): BackupTableEntry | undefined {
    this.skipCompleted();
    return this.tables[this.index];
  }

  add(line: string): void {
    const table = this.current;
    if (!table) throw mismatch('после последней таблицы есть лишние строки', 'extra lines after the last table');
    this.hash.update(line + '\n');
    this.rows++;
  }

  /** Moves past every table whose rows are all read, verifying its checksum; throws when the file ended early. */
  finish(): void {
    this.skipCompleted();
    const table = this.tables[this.index];
    if (table) throw mismatch(`таблица ${table.name} обрывается: ${this.rows} строк из ${table.rows}`, `table ${table.name} is cut short: ${this.rows} of ${table.rows} rows`);
  }

  private skipCompleted(): void {
    for (let t = this.tables[this.index]; t && this.rows === t.rows; t = this.tables[this.index]) {
      const digest = this.hash.digest('hex');
      if (digest !== t.sha256) throw mismatch(`контрольная сумма таблицы ${t.name} не совпадает`, `the checksum of table ${t.name} does not match`);
      this.index++;
      this.rows = 0;
      this.hash = createHash('sha256');
    }
  }
}

function mismatch(ru: string, en: string): BackupError {
  return new BackupError(`Резервная копия повреждена: ${ru}. Ничего не восстановлено.`, `The backup file is damaged: ${en}. Nothing was restored.`);
}

/**
 * Reads a backup: the header, then every row in batches handed to onBatch (table by table, in file order).
 * Counts and checksums are verified as each table ends; a mismatch throws BackupError (after the batches of that
 * table were handed over: callers write inside a transaction and roll back).
 */
export async function readBackup(file: string, onBatch: TableBatchHandler = async () => undefined): Promise<BackupHeader> {
  const source = lines(file);
  const first = await source.next();
  const header = parseHeader(first.done ? undefined : first.value);
  const cursor = new TableCursor(header.tables);
  let batch: string[] = [];
  let batchTable: BackupTableEntry | undefined;
  const flush = async () => {
    if (batchTable && batch.length) await onBatch(batchTable, batch);
    batch = [];
  };
  for await (const line of source) {
    const table = cursor.current;
    if (table !== batchTable || batch.length >= BATCH_ROWS) await flush();
    batchTable = table;
    cursor.add(line);
    batch.push(line);
  }
  cursor.finish();
  await flush();
  return header;
}

/** Reads the whole file once, writing nothing: the header when every table's count and checksum is right. */
export function verifyBackup(file: string): Promise<BackupHeader> {
  return readBackup(file);
}

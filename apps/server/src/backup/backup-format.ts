import { z } from 'zod';

/**
 * A Klaster backup: a gzip'd JSON-lines file. Line 1 is the header; then, table after table in the header's order
 * (parents before children), one line per row: the row as PostgreSQL's to_jsonb() text, so every type survives
 * the trip (numeric digits, arrays, jsonb, timestamps with their offset) on PGlite and PostgreSQL alike.
 */
export const BACKUP_FORMAT = 'klaster-backup';
export const BACKUP_VERSION = 1;

export const backupHeaderSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  createdAt: z.string(),
  engine: z.enum(['pglite', 'postgres']),
  schemaMigrations: z.array(z.string()),
  tables: z.array(z.object({
    name: z.string().min(1),
    rows: z.number().int().nonnegative(),
    /** sha256 (hex) of the table's lines, each followed by "\n". */
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  })),
});
export type BackupHeader = z.infer<typeof backupHeaderSchema>;
export type BackupTableEntry = BackupHeader['tables'][number];

/** A backup that cannot be restored: said in Russian for the operator and in English for logs. */
export class BackupError extends Error {
  override name = 'BackupError';
  constructor(readonly messageRu: string, readonly messageEn: string) {
    super(messageEn);
  }
}

export function parseHeader(line: string | undefined): BackupHeader {
  let json: unknown;
  try {
    json = JSON.parse(line ?? '');
  } catch {
    throw new BackupError('Файл не является резервной копией Klaster: нет заголовка.', 'Not a Klaster backup: the header line is missing or not JSON.');
  }
  const parsed = backupHeaderSchema.safeParse(json);
  if (!parsed.success)
    throw new BackupError(
      `Заголовок резервной копии не распознан (формат ${BACKUP_FORMAT}, версия ${BACKUP_VERSION}).`,
      `Backup header not recognised (expected format ${BACKUP_FORMAT}, version ${BACKUP_VERSION}): ${parsed.error.issues[0]?.message ?? ''}`,
    );
  return parsed.data;
}

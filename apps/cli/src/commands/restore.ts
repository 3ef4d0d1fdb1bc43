import { resolve } from 'node:path';
import { BackupError, restoreBackup } from '@klaster/server/backup/index.ts';
import type { CliCommand } from '../context.ts';
import { configFrom, DATABASE_FLAGS, openFromConfig, parseArgs } from '../database-options.ts';

const USAGE = 'Usage: klaster restore FILE [--force] [--db DIR | --database-url URL] [--lang ru|en]\n';

/**
 * Restores a backup into the database in one transaction. Exit codes: 0 restored; 1 refused (damaged file,
 * another schema version, or a non-empty database without --force) with nothing written; 2 usage.
 */
export const restoreCommand: CliCommand = async (args, ctx) => {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true,
    options: { ...DATABASE_FLAGS, force: { type: 'boolean', default: false }, lang: { type: 'string', default: 'ru' } },
  });
  const [file] = positionals;
  if (!file || positionals.length > 1) {
    ctx.stderr(USAGE);
    return 2;
  }
  const en = values.lang === 'en';
  const db = await openFromConfig(configFrom(values, ctx));
  try {
    const header = await restoreBackup(db, resolve(ctx.cwd, file), { force: values.force });
    const rows = header.tables.reduce((sum, t) => sum + t.rows, 0);
    ctx.stdout(
      en
        ? `Restored from ${file} (made ${header.createdAt} on ${header.engine}): ${header.tables.length} tables, ${rows} rows, checksums verified.\n`
        : `Восстановлено из ${file} (копия от ${header.createdAt}, ${header.engine}): таблиц ${header.tables.length}, строк ${rows}, контрольные суммы совпали.\n`,
    );
    return 0;
  } catch (error) {
    if (!(error instanceof BackupError)) throw error;
    ctx.stderr(`${file}: ${en ? error.messageEn : error.messageRu}\n`);
    return 1;
  } finally {
    await db.close();
  }
};

import { resolve } from 'node:path';
import { writeBackup } from '@klaster/server/backup/index.ts';
import type { CliCommand } from '../context.ts';
import { configFrom, DATABASE_FLAGS, openFromConfig, parseArgs } from '../database-options.ts';

const USAGE = 'Usage: klaster backup FILE [--db DIR | --database-url URL] [--lang ru|en]\n';

/** Writes a backup of the whole database (every table, one consistent snapshot) to FILE. Exit 0 on success. */
export const backupCommand: CliCommand = async (args, ctx) => {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { ...DATABASE_FLAGS, lang: { type: 'string', default: 'ru' } } });
  const [file] = positionals;
  if (!file || positionals.length > 1) {
    ctx.stderr(USAGE);
    return 2;
  }
  const db = await openFromConfig(configFrom(values, ctx));
  try {
    const header = await writeBackup(db, resolve(ctx.cwd, file));
    const rows = header.tables.reduce((sum, t) => sum + t.rows, 0);
    ctx.stdout(
      values.lang === 'en'
        ? `Backup written to ${file}: ${header.tables.length} tables, ${rows} rows (${db.location}).\n`
        : `Резервная копия записана в ${file}: таблиц ${header.tables.length}, строк ${rows} (${db.location}).\n`,
    );
    for (const t of header.tables) ctx.stdout(`  ${t.name}: ${t.rows}\n`);
    return 0;
  } finally {
    await db.close();
  }
};

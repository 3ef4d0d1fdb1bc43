import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { exportFile, type ImportKind } from '@klaster/server';
import type { CliCommand } from '../context.ts';
import { configFrom, DATABASE_FLAGS, openFromConfig, parseArgs } from '../database-options.ts';

const KINDS: ImportKind[] = ['organisations', 'links', 'clusters'];

/** `klaster export KIND [--format csv|xlsx|json] [--out FILE]`: to the file, or to stdout. */
export const exportCommand: CliCommand = async (args, ctx) => {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true, options: { ...DATABASE_FLAGS, format: { type: 'string', default: 'csv' }, out: { type: 'string', short: 'o' } },
  });
  const [kind] = positionals;
  const format = values.format as 'csv' | 'xlsx' | 'json';
  if (!kind || !KINDS.includes(kind as ImportKind) || !['csv', 'xlsx', 'json'].includes(format)) {
    ctx.stderr('Usage: klaster export organisations|links|clusters [--format csv|xlsx|json] [--out FILE] [--db DIR]\n');
    return 2;
  }
  if (format === 'xlsx' && !values.out) {
    ctx.stderr('XLSX is binary: give --out FILE.xlsx\n');
    return 2;
  }
  const db = await openFromConfig(configFrom(values, ctx));
  try {
    const body = await exportFile(db, kind as ImportKind, format);
    if (values.out) {
      writeFileSync(resolve(ctx.cwd, values.out), body);
      ctx.stderr(`Wrote ${values.out} (${body.length} bytes)\n`);
    } else ctx.stdout(body.toString('utf8'));
    return 0;
  } finally {
    await db.close();
  }
};

import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { importFile } from '@klaster/server';
import { IMPORT_FILE_KINDS, TableReadError, formatErrorReport, errorReportCsv, type ImportFileKind } from '@klaster/io';
import type { CliCommand } from '../context.ts';
import { configFrom, DATABASE_FLAGS, openFromConfig, parseArgs } from '../database-options.ts';

const USAGE = `Usage: klaster import ${IMPORT_FILE_KINDS.join('|')} FILE [--mode all|valid] [--report FILE] [--lang ru|en] [--db DIR]\n`;

/** Exit codes: 0 written, 1 refused (invalid rows, nothing written), 2 the file cannot be read at all. */
export const importCommand: CliCommand = async (args, ctx) => {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true,
    options: { ...DATABASE_FLAGS, mode: { type: 'string', default: 'all' }, report: { type: 'string' }, lang: { type: 'string', default: 'en' } },
  });
  const [kind, file] = positionals;
  if (!kind || !IMPORT_FILE_KINDS.includes(kind as ImportFileKind) || !file || !['all', 'valid'].includes(values.mode!)) {
    ctx.stderr(USAGE);
    return 2;
  }
  const lang = values.lang === 'ru' ? 'ru' : 'en';
  let data: Buffer;
  try {
    data = readFileSync(resolve(ctx.cwd, file));
  } catch (error) {
    ctx.stderr(`${file}: cannot read the file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
    return 2;
  }
  const db = await openFromConfig(configFrom(values, ctx));
  try {
    const report = await importFile(db, { kind: kind as ImportFileKind, data, fileName: file, mode: values.mode as 'all' | 'valid', actor: `cli:${ctx.env.USER ?? 'operator'}` });
    ctx.stdout(`${file}: ${report.format}${report.encoding ? `, ${report.encoding}` : ''}${report.delimiter ? `, delimiter "${report.delimiter}"` : ''}, ${report.rowsTotal} rows\n`);
    if (report.errors.length) ctx.stdout(formatErrorReport(report.errors, lang) + '\n');
    ctx.stdout((lang === 'ru' ? report.message : report.messageEn) + '\n');
    if (values.report) writeFileSync(resolve(ctx.cwd, values.report), errorReportCsv(report.errors));
    return report.status === 'written' ? 0 : 1;
  } catch (error) {
    if (error instanceof TableReadError) {
      ctx.stderr(`${file}: ${lang === 'ru' ? error.messageRu : error.messageEn}\n`);
      return 2;
    }
    throw error;
  } finally {
    await db.close();
  }
};

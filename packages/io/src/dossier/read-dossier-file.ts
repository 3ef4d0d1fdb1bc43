import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseDossierJson } from '@klaster/core/dossier/index.ts';
import { readDossierXlsx, type DossierFileResult } from './read-dossier-xlsx.ts';

/** Reads a dossier from a .json or .xlsx file; every failure, the file's own included, comes back as located issues. */
export async function readDossierFile(path: string): Promise<DossierFileResult> {
  let data: Buffer;
  try {
    data = await readFile(path);
  } catch (error) {
    return { ok: false, issues: [{ where: '(file)', message: `cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` }] };
  }
  const extension = extname(path).toLowerCase();
  if (extension === '.xlsx') return readDossierXlsx(data);
  if (extension !== '.json') return { ok: false, issues: [{ where: '(file)', message: `expected a .json or .xlsx dossier, not "${extension || path}"` }] };
  const parsed = parseDossierJson(data.toString('utf8').replace(/^\uFEFF/, ''));
  if (parsed.ok) return parsed;
  return { ok: false, issues: parsed.issues.map((i) => ({ where: i.path, message: i.message })) };
}

import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { DossierValidation } from '@klaster/server/rules/dossier-issues.ts';
import { readDossierData } from '@klaster/server/rules/dossier-upload.ts';

/**
 * The dossier file of `klaster check` (.json or .xlsx), read as POST /api/check reads an upload: every problem,
 * the file's own included, in Russian and English at its JSON path or sheet and cell.
 */
export async function readDossierPath(path: string): Promise<DossierValidation> {
  let data: Buffer;
  try {
    data = await readFile(path);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    return { ok: false, details: [{ path: '(file)', message: `файл не читается: ${reason}`, messageEn: `cannot read ${path}: ${reason}` }] };
  }
  const extension = extname(path).toLowerCase();
  if (extension !== '.json' && extension !== '.xlsx') {
    const given = extension || path;
    return { ok: false, details: [{ path: '(file)', message: `ожидается досье .json или .xlsx, а не «${given}»`, messageEn: `expected a .json or .xlsx dossier, not "${given}"` }] };
  }
  return readDossierData(data, path);
}

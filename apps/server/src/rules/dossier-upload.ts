import { parseDossier, parseDossierJson, type Dossier } from '@klaster/core';
import { readDossierXlsx, type LocatedIssue } from '@klaster/io';
import { AppError } from '../services/app-error.ts';

/** An XLSX file is a zip archive: it starts with "PK". */
const looksLikeXlsx = (data: Buffer, fileName: string) => fileName.toLowerCase().endsWith('.xlsx') || (data[0] === 0x50 && data[1] === 0x4b);

function invalid(issues: readonly LocatedIssue[]): AppError {
  const where = issues.slice(0, 5).map((i) => i.where).join(', ');
  return new AppError('validation_failed', `Досье не прочитано: ${where}`, `Invalid dossier: ${where}`,
    issues.map((i) => ({ path: i.where, message: i.message, messageEn: i.message })));
}

/** A dossier uploaded as a file (.json or .xlsx); an invalid one is refused naming the JSON path or the sheet, row and field. */
export async function dossierFromFile(data: Buffer, fileName: string): Promise<Dossier> {
  if (looksLikeXlsx(data, fileName)) {
    const read = await readDossierXlsx(data);
    if (!read.ok) throw invalid(read.issues);
    return read.dossier;
  }
  const parsed = parseDossierJson(data.toString('utf8').replace(/^\uFEFF/, ''));
  if (!parsed.ok) throw invalid(parsed.issues.map((i) => ({ where: i.path, message: i.message })));
  return parsed.dossier;
}

/** A dossier sent as the JSON body of the request. */
export function dossierFromBody(body: unknown): Dossier {
  const parsed = parseDossier(body);
  if (!parsed.ok) throw invalid(parsed.issues.map((i) => ({ where: i.path, message: i.message })));
  return parsed.dossier;
}

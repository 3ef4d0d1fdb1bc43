import type { Dossier } from '@klaster/core';
import { readDossierXlsx } from '@klaster/io';
import { AppError, type ErrorDetail } from '../services/app-error.ts';
import { validateDossier } from './dossier-issues.ts';

/** An XLSX file is a zip archive: it starts with "PK". */
const looksLikeXlsx = (data: Buffer, fileName: string) => fileName.toLowerCase().endsWith('.xlsx') || (data[0] === 0x50 && data[1] === 0x4b);

function invalid(details: readonly ErrorDetail[]): AppError {
  const where = [...new Set(details.map((d) => d.path))].slice(0, 5).join(', ');
  return new AppError('validation_failed', `Досье не прочитано: ${where}`, `Invalid dossier: ${where}`, [...details]);
}

function validated(value: unknown): Dossier {
  const result = validateDossier(value);
  if (!result.ok) throw invalid(result.details);
  return result.dossier;
}

/** A dossier uploaded as a file (.json or .xlsx); an invalid one is refused naming the JSON path or the sheet, row and field. */
export async function dossierFromFile(data: Buffer, fileName: string): Promise<Dossier> {
  if (looksLikeXlsx(data, fileName)) {
    const read = await readDossierXlsx(data);
    // the workbook reader (packages/io) words its problems itself, located by sheet, cell and field
    if (!read.ok) throw invalid(read.issues.map((i) => ({ path: i.where, message: i.message, messageEn: i.message })));
    return read.dossier;
  }
  let value: unknown;
  try {
    value = JSON.parse(data.toString('utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    throw invalid([{ path: '(dossier)', message: 'файл не читается как JSON (ожидается .json или .xlsx)', messageEn: `not valid JSON: ${(error as Error).message}` }]);
  }
  return validated(value);
}

/** A dossier sent as the JSON body of the request. */
export function dossierFromBody(body: unknown): Dossier {
  return validated(body);
}

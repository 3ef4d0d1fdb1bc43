import type { Dossier } from '@klaster/core';
import { readDossierXlsx } from '@klaster/io';
import { AppError } from '../services/app-error.ts';
import { validateDossier, type DossierDetail, type DossierValidation } from './dossier-issues.ts';

/** An XLSX file is a zip archive: it starts with "PK". */
const looksLikeXlsx = (data: Buffer, fileName: string) => fileName.toLowerCase().endsWith('.xlsx') || (data[0] === 0x50 && data[1] === 0x4b);

function invalid(details: readonly DossierDetail[]): AppError {
  const where = [...new Set(details.map((d) => d.path))].slice(0, 5).join(', ');
  return new AppError('validation_failed', `Досье не прочитано: ${where}`, `Invalid dossier: ${where}`, [...details]);
}

/**
 * A dossier file's content (.json or .xlsx) read and validated; each problem worded in Russian and English at the
 * JSON path or at the workbook's sheet and cell (`participants!A6 (inn)`), the same words either way.
 */
export async function readDossierData(data: Buffer, fileName: string): Promise<DossierValidation> {
  if (looksLikeXlsx(data, fileName)) {
    const read = await readDossierXlsx(data, validateDossier);
    if (read.ok) return read;
    return { ok: false, details: read.issues.map((i) => ({ path: i.where, message: i.message, messageEn: i.messageEn, ...('value' in i ? { value: i.value } : {}) })) };
  }
  let value: unknown;
  try {
    value = JSON.parse(data.toString('utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, details: [{ path: '(dossier)', message: 'файл не читается как JSON (ожидается .json или .xlsx)', messageEn: `not valid JSON: ${(error as Error).message}` }] };
  }
  return validateDossier(value);
}

/** A dossier uploaded as a file (.json or .xlsx); an invalid one is refused naming the JSON path or the sheet, row and field. */
export async function dossierFromFile(data: Buffer, fileName: string): Promise<Dossier> {
  const read = await readDossierData(data, fileName);
  if (!read.ok) throw invalid(read.details);
  return read.dossier;
}

/** A dossier sent as the JSON body of the request. */
export function dossierFromBody(body: unknown): Dossier {
  const result = validateDossier(body);
  if (!result.ok) throw invalid(result.details);
  return result.dossier;
}

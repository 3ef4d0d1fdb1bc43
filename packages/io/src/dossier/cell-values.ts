import type ExcelJS from 'exceljs';
import type { ValueKind } from './dossier-sheets.ts';
import type { Wording } from './located-issue.ts';

/** A cell as JSON, or why it cannot be: in Russian and English, with the cell's text (as the API words a JSON value). */
export type CellResult = { ok: true; value: unknown } | ({ ok: false } & Wording);

const TRUE_WORDS = new Set(['true', 'да', 'yes', '1', 'истина']);
const FALSE_WORDS = new Set(['false', 'нет', 'no', '0', 'ложь']);

/** The cell's plain value: rich text joined, formulas replaced by their cached result. */
export function plainValue(value: ExcelJS.CellValue): unknown {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Date || typeof value !== 'object') return value;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('result' in value) return value.result;
  if ('text' in value) return value.text;
  return undefined;
}

function asText(raw: unknown): string {
  return raw instanceof Date ? raw.toISOString().slice(0, 10) : String(raw).trim();
}

/** The expectation and what the cell held, worded as the request validator words a JSON value. */
function refused(expected: { ru: string; en: string }, found: string | number): CellResult {
  const [ru, en] = typeof found === 'string' ? [`«${found}»`, `"${found}"`] : [String(found).replace('.', ','), String(found)];
  return { ok: false, message: `${expected.ru}; получено: ${ru}`, messageEn: `${expected.en}; got: ${en}`, value: found };
}

/** Excel turns an INN typed as a number into 770123456 (leading zero lost): pad back to 10 or 12 digits. */
function asIdentifier(raw: unknown): CellResult {
  const text = typeof raw === 'number' ? String(raw) : asText(raw);
  if (!/^\d+$/.test(text)) return refused({ ru: 'ожидаются только цифры', en: 'expected digits only' }, text);
  if (typeof raw === 'number' && (text.length === 9 || text.length === 11)) return { ok: true, value: `0${text}` };
  return { ok: true, value: text };
}

function asNumber(raw: unknown, integer: boolean): CellResult {
  const n = typeof raw === 'number' ? raw : Number(asText(raw).replace(/[\s\u00a0]/g, '').replace(',', '.'));
  if (!Number.isFinite(n)) return refused({ ru: 'ожидается число', en: 'expected a number' }, asText(raw));
  if (integer && !Number.isInteger(n)) return refused({ ru: 'ожидается целое число', en: 'expected a whole number' }, n);
  return { ok: true, value: n };
}

function asBoolean(raw: unknown): CellResult {
  if (typeof raw === 'boolean') return { ok: true, value: raw };
  const word = asText(raw).toLowerCase();
  if (TRUE_WORDS.has(word)) return { ok: true, value: true };
  if (FALSE_WORDS.has(word)) return { ok: true, value: false };
  return refused({ ru: 'ожидается «да» или «нет»', en: 'expected "да" or "нет" (yes or no)' }, asText(raw));
}

function asDate(raw: unknown): CellResult {
  if (raw instanceof Date) return { ok: true, value: raw.toISOString().slice(0, 10) };
  const text = asText(raw);
  const ru = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(text);
  return { ok: true, value: ru ? `${ru[3]}-${ru[2]}-${ru[1]}` : text };
}

/** Region 1 typed as a number is region 01. */
function padRegion(text: string): string {
  return /^\d$/.test(text) ? `0${text}` : text;
}

/** Converts a cell to the JSON value of its kind; undefined for an empty cell (the field is then absent). */
export function convertCell(raw: unknown, kind: ValueKind): CellResult {
  if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) return { ok: true, value: undefined };
  switch (kind) {
    case 'text': return { ok: true, value: asText(raw) };
    case 'inn': return asIdentifier(raw);
    case 'number': return asNumber(raw, false);
    case 'integer': return asNumber(raw, true);
    case 'boolean': return asBoolean(raw);
    case 'date': return asDate(raw);
    case 'region': return { ok: true, value: padRegion(asText(raw)) };
    case 'list': return { ok: true, value: asText(raw).split(/[,;\s]+/).filter(Boolean).map(padRegion) };
  }
}

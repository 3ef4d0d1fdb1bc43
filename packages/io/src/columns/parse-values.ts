import { fail, ok, type ParseOutcome } from './outcome.ts';
import { normaliseName } from './normalise.ts';

const SPACES = /[\s\u00A0\u202F']/g;
const DIGITS = /^\d{1,15}$/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const RU_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const LIST_SEPARATORS = /[,;\s]+/;

export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;

export function parseText(raw: string): ParseOutcome<string> {
  return ok(raw.trim());
}

/** "1 234 567,8", "1234567.8", "1,2E+09": spaces, NBSP and a decimal comma accepted. */
export function parseNumber(raw: string): ParseOutcome<number> {
  // most cells are plain digits: no need to strip spaces or look for a comma
  if (DIGITS.test(raw)) return ok(Number(raw));
  const compact = raw.replace(SPACES, '');
  const hasComma = compact.includes(',');
  if (hasComma && compact.includes('.')) return fail(`«${raw}»: неоднозначная запись числа (и запятая, и точка)`, `"${raw}": ambiguous number (both comma and dot)`);
  const text = hasComma ? compact.replace(',', '.') : compact;
  if (!PLAIN_NUMBER.test(text)) return fail(`«${raw}» не является числом`, `"${raw}" is not a number`);
  return ok(Number(text));
}

export function parseNonNegative(raw: string): ParseOutcome<number> {
  const n = parseNumber(raw);
  if (n.ok && n.value < 0) return fail(`${raw}: число не может быть отрицательным`, `${raw}: the number cannot be negative`);
  return n;
}

export function parseNonNegativeInteger(raw: string): ParseOutcome<number> {
  const n = parseNonNegative(raw);
  if (n.ok && !Number.isInteger(n.value)) return fail(`${raw}: нужно целое число`, `${raw}: a whole number is required`);
  return n;
}

export function parseYear(raw: string): ParseOutcome<number> {
  const n = parseNumber(raw);
  if (!n.ok) return n;
  if (!Number.isInteger(n.value) || n.value < MIN_YEAR || n.value > MAX_YEAR) {
    return fail(`год ${raw} вне диапазона ${MIN_YEAR}–${MAX_YEAR}`, `year ${raw} is outside ${MIN_YEAR}–${MAX_YEAR}`);
  }
  return n;
}

export function parseInRange(min: number, max: number, nameRu: string, nameEn: string): (raw: string) => ParseOutcome<number> {
  return (raw) => {
    const n = parseNumber(raw);
    if (n.ok && (n.value < min || n.value > max)) {
      return fail(`${nameRu} ${raw} вне диапазона от ${min} до ${max}`, `${nameEn} ${raw} is outside ${min}..${max}`);
    }
    return n;
  };
}

/** ISO YYYY-MM-DD or DD.MM.YYYY, returned as ISO; 31.02.2024 is rejected. */
export function parseDate(raw: string): ParseOutcome<string> {
  const text = raw.trim();
  const iso = ISO_DATE.exec(text);
  const ru = iso ? null : RU_DATE.exec(text);
  const parts = iso ? [iso[1]!, iso[2]!, iso[3]!] : ru ? [ru[3]!, ru[2]!.padStart(2, '0'), ru[1]!.padStart(2, '0')] : null;
  const bad = fail<string>(`дата «${raw}» не распознана: нужен формат ГГГГ-ММ-ДД или ДД.ММ.ГГГГ`, `date "${raw}" not recognised: use YYYY-MM-DD or DD.MM.YYYY`);
  if (!parts) return bad;
  const result = `${parts[0]}-${parts[1]}-${parts[2]}`;
  const d = new Date(result + 'T00:00:00Z');
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== result) return bad;
  return ok(result);
}

const TRUE_WORDS = new Set(['да', 'true', 'yes', '1', 'истина', 'y', 'д']);
const FALSE_WORDS = new Set(['нет', 'false', 'no', '0', 'ложь', 'n', 'н']);

export function parseBoolean(raw: string): ParseOutcome<boolean> {
  const key = normaliseName(raw);
  if (TRUE_WORDS.has(key)) return ok(true);
  if (FALSE_WORDS.has(key)) return ok(false);
  return fail(`«${raw}»: ожидается «да» или «нет»`, `"${raw}": expected yes or no`);
}

export function splitList(raw: string): string[] {
  return raw.split(LIST_SEPARATORS).filter((s) => s !== '');
}

/** Applies a parser to each element of a list cell; the first bad element is reported. */
export function listOf<T, R>(parse: (item: string, refs: R) => ParseOutcome<T>): (raw: string, refs: R) => ParseOutcome<T[]> {
  return (raw, refs) => {
    const values: T[] = [];
    for (const item of splitList(raw)) {
      const parsed = parse(item, refs);
      if (!parsed.ok) return parsed;
      values.push(parsed.value);
    }
    return ok(values);
  };
}

/** An enumeration: English keys and Russian labels or extra aliases, compared by normaliseName. */
export function parseEnum<K extends string>(keys: readonly K[], aliases: Record<K, readonly string[]>, nameRu: string, nameEn: string): (raw: string) => ParseOutcome<K> {
  const lookup = new Map<string, K>();
  for (const key of keys) {
    lookup.set(normaliseName(key), key);
    for (const alias of aliases[key]) lookup.set(normaliseName(alias), key);
  }
  const allowed = keys.join(', ');
  // a column holds a handful of distinct spellings: each is normalised once (the memo stops growing at 1 000)
  const seen = new Map<string, K | undefined>();
  return (raw) => {
    let key = seen.get(raw);
    if (key === undefined && !seen.has(raw)) {
      key = lookup.get(normaliseName(raw));
      if (seen.size < 1000) seen.set(raw, key);
    }
    return key ? ok(key) : fail(`${nameRu} «${raw}» неизвестен; допустимо: ${allowed}`, `unknown ${nameEn} "${raw}"; allowed: ${allowed}`);
  };
}

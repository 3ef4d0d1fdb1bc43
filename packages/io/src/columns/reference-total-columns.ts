import { loadRegions } from '@klaster/data';
import type { ReferenceIndex } from '../validate/reference-index.ts';
import { field } from './field-spec.ts';
import { normaliseName } from './normalise.ts';
import { fail, ok, type ParseOutcome } from './outcome.ts';
import { parseOktmoFormat, parseRegion } from './parse-reference.ts';
import { parseNonNegative, parseText, parseYear } from './parse-values.ts';

/** The territory code of the whole country: the reference of location quotients (ANALYTICS.md §1). */
export const NATIONAL_TERRITORY = '00';

const NATIONAL_NAMES = new Set(['00', 'рф', 'россия', 'российская федерация', 'russia', 'russian federation'].map(normaliseName));
const TOTAL_WORDS = new Set(['всего', 'итого', 'total', 'все виды деятельности', 'всего по всем видам деятельности'].map(normaliseName));

export type ReferenceLevel = 'total' | 'class' | 'group';

/** An OKVED class (NN) or group (NN.N), or the all-industries total; the level is read from the code. */
export interface ReferenceIndustry {
  level: ReferenceLevel;
  /** '' for the total. */
  industry: string;
}

let regionByOkato: Map<string, string> | undefined;

/** OKTMO codes start with the region's OKATO code: "01512000" is in region 22 (Altai Krai). */
function regionOfOktmo(oktmo: string): string | undefined {
  regionByOkato ??= new Map(loadRegions().map((r) => [r.okato, r.code]));
  return regionByOkato.get(oktmo.slice(0, 2));
}

/**
 * '00' (or "РФ", "Россия") for the country, a region by code or name, or an OKTMO municipality. For the regions whose
 * municipalities are shipped, the OKTMO must be one of them.
 */
export function parseTerritory(raw: string, refs: ReferenceIndex): ParseOutcome<string> {
  const text = raw.trim();
  if (NATIONAL_NAMES.has(normaliseName(text))) return ok(NATIONAL_TERRITORY);
  if (/^\d{8}$|^\d{11}$/.test(text.replace(/[\s\u00A0]/g, ''))) {
    const oktmo = parseOktmoFormat(text);
    if (!oktmo.ok) return oktmo;
    const region = regionOfOktmo(oktmo.value);
    if (!region) return fail(`ОКТМО ${oktmo.value}: первые две цифры не соответствуют ни одному субъекту РФ`, `OKTMO ${oktmo.value}: the first two digits match no Russian region`);
    const known = refs.oktmoByRegion.get(region);
    if (known && !known.has(oktmo.value) && !known.has(oktmo.value.slice(0, 8))) {
      return fail(`ОКТМО ${oktmo.value} не найден среди муниципальных образований региона ${region}`, `OKTMO ${oktmo.value} is not a municipality of region ${region}`);
    }
    return oktmo;
  }
  const region = parseRegion(text, refs);
  if (region.ok) return region;
  return fail(
    `территория «${raw}» не распознана: укажите 00 (Россия), код или название субъекта РФ либо ОКТМО муниципального образования (8 или 11 цифр)`,
    `territory "${raw}" not recognised: give 00 (Russia), a region code or name, or the OKTMO of a municipality (8 or 11 digits)`,
  );
}

/** "25" is a class, "25.6" a group; "всего" is the territory's total over all industries. Finer codes are refused. */
export function parseReferenceIndustry(raw: string, refs: ReferenceIndex): ParseOutcome<ReferenceIndustry> {
  const code = raw.trim();
  if (TOTAL_WORDS.has(normaliseName(code))) return ok({ level: 'total', industry: '' });
  const level = /^\d{2}$/.test(code) ? 'class' : /^\d{2}\.\d$/.test(code) ? 'group' : null;
  if (!level) {
    return fail(
      `ОКВЭД «${raw}»: итоги принимаются по классам (NN) или группам (NN.N) либо «всего»`,
      `OKVED "${raw}": totals are taken by class (NN) or group (NN.N), or "total"`,
    );
  }
  if (!refs.okvedCodes.has(code)) return fail(`ОКВЭД ${code}: такого кода нет в классификаторе ОКВЭД 2`, `OKVED ${code}: no such code in the OKVED 2 classifier`);
  return ok({ level, industry: code });
}

/**
 * Reference totals (ANALYTICS.md §1): headcount and revenue by territory, OKVED class or group, and year, as the
 * statistics office publishes them. Location quotients use them instead of the loaded data when they exist.
 */
export const REFERENCE_TOTAL_COLUMNS = {
  territory: field({ header: 'territory', headerRu: 'Территория', aliasesRu: ['код территории', 'регион', 'субъект рф', 'октмо', 'муниципальное образование'], required: true, descriptionRu: '00 — Россия в целом; код или название субъекта РФ; ОКТМО муниципального образования', descriptionEn: '00 for Russia as a whole; a region code or name; the OKTMO of a municipality', example: '00', parse: parseTerritory }),
  okved: field({ header: 'okved', headerRu: 'ОКВЭД', aliasesRu: ['код оквэд', 'оквэд2', 'вид деятельности', 'отрасль'], required: true, descriptionRu: 'Класс (NN) или группа (NN.N) ОКВЭД 2; «всего» — итог по всем видам деятельности', descriptionEn: 'OKVED 2 class (NN) or group (NN.N); "total" for all industries', example: '25', parse: parseReferenceIndustry }),
  year: field({ header: 'year', headerRu: 'Год', aliasesRu: ['отчетный год'], required: true, descriptionRu: 'Год, к которому относятся итоги', descriptionEn: 'Year of the totals', example: '2024', parse: parseYear }),
  headcount: field({ header: 'headcount', headerRu: 'Численность, чел.', aliasesRu: ['численность', 'среднесписочная численность', 'занятые', 'численность работников'], required: false, descriptionRu: 'Численность работников, человек (не тысяч)', descriptionEn: 'Headcount, persons (not thousands)', example: '612 400', parse: parseNonNegative }),
  revenue: field({ header: 'revenue', headerRu: 'Выручка, руб.', aliasesRu: ['выручка', 'оборот', 'выручка руб', 'оборот организаций'], required: false, descriptionRu: 'Выручка (оборот), рублей (не тысяч)', descriptionEn: 'Revenue (turnover), roubles (not thousands)', example: '2 140 000 000 000', parse: parseNonNegative }),
  source: field({ header: 'source', headerRu: 'Источник', aliasesRu: ['источник сведений', 'источник данных'], required: true, descriptionRu: 'Откуда итоги: издание Росстата, таблица, дата', descriptionEn: 'Where the totals come from: the statistics publication, table, date', example: 'Росстат, среднесписочная численность по ОКВЭД 2, 2024', parse: parseText }),
};

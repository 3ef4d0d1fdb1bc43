import type { ColumnMap, ColumnSpec } from '../columns/field-spec.ts';
import { fieldError, type ParsedRow } from './parse-row.ts';
import type { RowError } from './row-error.ts';

/** A parsed row with what is needed to point at its cells: the table's column map and headers, and its sheet. */
export interface SectionRow<S extends ColumnSpec> {
  parsed: ParsedRow<S>;
  map: ColumnMap<S>;
  headers: readonly string[];
  sheet?: string;
}

export function withSheet(errors: RowError[], sheet: string | undefined): RowError[] {
  return sheet === undefined ? errors : errors.map((e) => ({ ...e, sheet }));
}

export function sectionError<S extends ColumnSpec>(r: SectionRow<S>, key: keyof S & string, reasonRu: string, reasonEn: string): RowError {
  return withSheet([fieldError(r.parsed, key, r.map, r.headers, reasonRu, reasonEn)], r.sheet)[0]!;
}

/** "строке 5" or "строке 5 листа «Соглашения»": where an earlier row is, for messages about a later one. */
export function rowPlace(r: SectionRow<ColumnSpec>): { ru: string; en: string } {
  const n = r.parsed.rowNumber;
  return r.sheet === undefined ? { ru: `строке ${n}`, en: `row ${n}` } : { ru: `строке ${n} листа «${r.sheet}»`, en: `row ${n} of sheet "${r.sheet}"` };
}

import type { ColumnMap, ColumnSpec, ParsedValues } from '../columns/field-spec.ts';
import type { TableRow } from '../table/table.ts';
import type { ReferenceIndex } from './reference-index.ts';
import type { RowError } from './row-error.ts';

export interface ParsedRow<S extends ColumnSpec> {
  rowNumber: number;
  values: ParsedValues<S>;
  /** Raw text of each field, for error messages further on. */
  raw: Partial<Record<keyof S & string, string>>;
  errors: RowError[];
}

/** Errors for required columns that are absent from the header (reported once, on row 1). */
export function missingColumnErrors<S extends ColumnSpec>(spec: S, map: ColumnMap<S>): RowError[] {
  const errors: RowError[] = [];
  for (const key of Object.keys(spec) as (keyof S & string)[]) {
    const f = spec[key]!;
    if (f.required && map[key] === undefined) {
      errors.push({
        rowNumber: 1,
        column: key,
        field: key,
        value: '',
        reasonRu: `нет обязательного столбца «${f.headerRu}» (${f.header})`,
        reasonEn: `the required column "${f.header}" (${f.headerRu}) is missing`,
      });
    }
  }
  return errors;
}

/** Parses every mapped cell of one row; empty cells become null, formulas are refused. */
export function parseRow<S extends ColumnSpec>(spec: S, map: ColumnMap<S>, headers: readonly string[], row: TableRow, refs: ReferenceIndex): ParsedRow<S> {
  const values: Record<string, unknown> = {};
  const raw: Record<string, string> = {};
  const errors: RowError[] = [];
  const formulas = row.formulaColumns ? new Set(row.formulaColumns) : undefined;
  for (const key of Object.keys(spec)) {
    values[key] = null;
    const index = map[key as keyof S & string];
    if (index === undefined) continue;
    const text = (row.cells[index] ?? '').trim();
    raw[key] = text;
    const f = spec[key]!;
    const at = { rowNumber: row.rowNumber, column: headers[index] ?? key, field: key, value: text };
    if (formulas?.has(index)) {
      errors.push({ ...at, reasonRu: 'формула в ячейке: введите значение, а не формулу', reasonEn: 'formula in the cell: enter a value, not a formula' });
    } else if (text === '') {
      if (f.required) errors.push({ ...at, reasonRu: `не заполнено обязательное поле «${f.headerRu}»`, reasonEn: `the required field "${f.header}" is empty` });
    } else {
      const parsed = f.parse(text, refs);
      if (parsed.ok) values[key] = parsed.value;
      else errors.push({ ...at, reasonRu: parsed.reasonRu, reasonEn: parsed.reasonEn });
    }
  }
  return { rowNumber: row.rowNumber, values: values as ParsedValues<S>, raw: raw as ParsedRow<S>['raw'], errors };
}

/** Builds a RowError about one field of a parsed row (cross-field checks, duplicates). */
export function fieldError<S extends ColumnSpec>(
  row: ParsedRow<S>,
  key: keyof S & string,
  map: ColumnMap<S>,
  headers: readonly string[],
  reasonRu: string,
  reasonEn: string,
): RowError {
  const index = map[key];
  return { rowNumber: row.rowNumber, column: index === undefined ? key : headers[index] ?? key, field: key, value: row.raw[key] ?? '', reasonRu, reasonEn };
}

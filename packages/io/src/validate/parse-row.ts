import type { ColumnMap, ColumnSpec, ParsedValues } from '../columns/field-spec.ts';
import type { TableRow } from '../table/table.ts';
import type { ReferenceIndex } from './reference-index.ts';
import type { RowError } from './row-error.ts';

export interface ParsedRow<S extends ColumnSpec> {
  rowNumber: number;
  values: ParsedValues<S>;
  /** Raw text of each field, for error messages further on (worked out when first asked for). */
  readonly raw: Partial<Record<keyof S & string, string>>;
  errors: RowError[];
}

/**
 * The raw texts are needed only for messages about a row that turned out wrong; most rows never ask. Building them
 * for every row of a 300 000-row file was an object per row for the garbage collector, so they are made on demand.
 */
class LazyRawRow<S extends ColumnSpec> implements ParsedRow<S> {
  private rawTexts: Partial<Record<keyof S & string, string>> | undefined;
  constructor(
    readonly rowNumber: number,
    readonly values: ParsedValues<S>,
    readonly errors: RowError[],
    private readonly cells: readonly (string | undefined)[],
    private readonly map: ColumnMap<S>,
  ) {}

  get raw(): Partial<Record<keyof S & string, string>> {
    if (!this.rawTexts) {
      const texts: Record<string, string> = {};
      for (const [key, index] of Object.entries(this.map)) if (index !== undefined) texts[key] = (this.cells[index as number] ?? '').trim();
      this.rawTexts = texts as Partial<Record<keyof S & string, string>>;
    }
    return this.rawTexts;
  }
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

/** The field keys of each spec, listed once instead of once per row. */
const specKeys = new WeakMap<ColumnSpec, string[]>();

/** Built only when a cell is wrong: valid rows allocate nothing per cell but the value. */
function cellError(row: TableRow, headers: readonly string[], index: number, key: string, text: string, reasonRu: string, reasonEn: string): RowError {
  return { rowNumber: row.rowNumber, column: headers[index] ?? key, field: key, value: text, reasonRu, reasonEn };
}

/** Parses every mapped cell of one row; empty cells become null, formulas are refused. */
export function parseRow<S extends ColumnSpec>(spec: S, map: ColumnMap<S>, headers: readonly string[], row: TableRow, refs: ReferenceIndex): ParsedRow<S> {
  const values: Record<string, unknown> = {};
  const errors: RowError[] = [];
  const formulas = row.formulaColumns ? new Set(row.formulaColumns) : undefined;
  let keys = specKeys.get(spec);
  if (!keys) specKeys.set(spec, (keys = Object.keys(spec)));
  for (const key of keys) {
    values[key] = null;
    const index = map[key as keyof S & string];
    if (index === undefined) continue;
    const text = (row.cells[index] ?? '').trim();
    const f = spec[key]!;
    if (formulas?.has(index)) {
      errors.push(cellError(row, headers, index, key, text, 'формула в ячейке: введите значение, а не формулу', 'formula in the cell: enter a value, not a formula'));
    } else if (text === '') {
      if (f.required) errors.push(cellError(row, headers, index, key, text, `не заполнено обязательное поле «${f.headerRu}»`, `the required field "${f.header}" is empty`));
    } else {
      const parsed = f.parse(text, refs);
      if (parsed.ok) values[key] = parsed.value;
      else errors.push(cellError(row, headers, index, key, text, parsed.reasonRu, parsed.reasonEn));
    }
  }
  return new LazyRawRow(row.rowNumber, values as ParsedValues<S>, errors, row.cells, map);
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

import type { OrganisationInput } from '@klaster/core';
import { mapColumns, type ColumnMap } from '../columns/field-spec.ts';
import { ORGANISATION_COLUMNS } from '../columns/organisation-columns.ts';
import type { Table } from '../table/table.ts';
import { organisationCrossChecks, organisationFromRow, type OrganisationColumns, type OrganisationRow } from './organisation-row.ts';
import { missingColumnErrors, parseRow } from './parse-row.ts';
import type { ReferenceIndex } from './reference-index.ts';
import { sortErrors, type RowError, type ValidRecord, type ValidationResult } from './row-error.ts';
import { parseInn } from '../columns/parse-identifiers.ts';

interface Group {
  record: ValidRecord<OrganisationInput>;
  firstRow: number;
  /** [year (or "none" for a row without a year), the row that gave it]: a short list (one Map per INN costs more). */
  yearRows: [number | 'none', number][];
}

/** The attributes that must agree between rows of the same INN (blank cells in later rows are fine). */
const SHARED_FIELDS = ['name', 'kind', 'okvedMain', 'regionCode'] as const;

/**
 * Validates an organisations table. Rows of one INN are merged into one organisation with several years;
 * the same INN and year twice, or contradicting names/kinds/codes, is an error on the later row.
 */
export function validateOrganisations(table: Table, refs: ReferenceIndex): ValidationResult<OrganisationInput> {
  const validation = startOrganisationValidation(table, refs);
  const valid: ValidRecord<OrganisationInput>[] = [];
  while (!validation.done) for (const record of validation.next(table.rows.length)) valid.push(record);
  // in the order of the organisations' first rows, as the file lists them
  valid.sort((a, b) => a.rowNumbers[0]! - b.rowNumbers[0]!);
  return { valid, errors: validation.errors() };
}

/** Validation of an organisations table a slice of rows at a time, for an importer that writes while it validates. */
export interface OrganisationValidation {
  /**
   * Validates up to `rows` more rows. Returns the organisations whose every row has now been seen: they are final
   * (no later row can add to them) and may be written at once. Each organisation is returned once.
   */
  next(rows: number): ValidRecord<OrganisationInput>[];
  /** Rows validated so far. */
  readonly rowsRead: number;
  /** Every row has been validated. */
  readonly done: boolean;
  /** The errors found so far; sorted by row once done. */
  errors(): RowError[];
}

export function startOrganisationValidation(table: Table, refs: ReferenceIndex): OrganisationValidation {
  const map = mapColumns(ORGANISATION_COLUMNS, table.headers);
  const errors: RowError[] = missingColumnErrors(ORGANISATION_COLUMNS, map);
  const groups = new Map<string, Group>();
  // rows still to come per INN: an organisation is final when its last row has been read
  const rowsLeft = errors.length ? new Map<string, number>() : countRowsPerInn(table, map.inn!);
  let position = errors.length ? table.rows.length : 0;
  return {
    get rowsRead() {
      return position;
    },
    get done() {
      return position >= table.rows.length;
    },
    errors: () => (position >= table.rows.length ? sortErrors(errors) : errors),
    next(rows) {
      const complete: ValidRecord<OrganisationInput>[] = [];
      const end = Math.min(table.rows.length, position + rows);
      for (; position < end; position++) {
        const row = parseRow(ORGANISATION_COLUMNS, map, table.headers, table.rows[position]!, refs);
        row.errors.push(...organisationCrossChecks(row, map, table.headers, refs));
        if (row.errors.length) errors.push(...row.errors);
        else {
          const problem = mergeIntoGroups(groups, row, table.headers, map);
          if (problem) errors.push(problem);
        }
        const inn = row.values.inn;
        if (inn === null) continue;
        const left = rowsLeft.get(inn)! - 1;
        rowsLeft.set(inn, left);
        if (left === 0) takeGroup(groups, inn, complete);
      }
      // rows the count could not foresee (none expected): whatever is still open is final at the end of the file
      if (position >= table.rows.length) for (const inn of [...groups.keys()]) takeGroup(groups, inn, complete);
      return complete;
    },
  };
}

/**
 * How many rows each INN has, read the way parseRow reads the cell (trimmed, then parseInn): rows whose INN does
 * not parse never join an organisation, so they are not counted.
 */
function countRowsPerInn(table: Table, innColumn: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of table.rows) {
    const text = (row.cells[innColumn] ?? '').trim();
    if (text === '') continue;
    const parsed = parseInn(text);
    if (parsed.ok) counts.set(parsed.value, (counts.get(parsed.value) ?? 0) + 1);
  }
  return counts;
}

function takeGroup(groups: Map<string, Group>, inn: string, into: ValidRecord<OrganisationInput>[]): void {
  const group = groups.get(inn);
  if (!group) return;
  groups.delete(inn);
  into.push(group.record);
}

function mergeIntoGroups(groups: Map<string, Group>, row: OrganisationRow, headers: readonly string[], map: ColumnMap<OrganisationColumns>): RowError | null {
  const input = organisationFromRow(row.values);
  const group = groups.get(input.inn);
  const yearKey = row.values.year ?? 'none';
  if (!group) {
    groups.set(input.inn, { record: { rowNumbers: [row.rowNumber], input }, firstRow: row.rowNumber, yearRows: [[yearKey, row.rowNumber]] });
    return null;
  }
  const column = (key: keyof OrganisationColumns & string) => headers[map[key] ?? -1] ?? key;
  const earlier = group.yearRows.find(([year]) => year === yearKey)?.[1];
  if (earlier !== undefined) {
    const yearRu = yearKey === 'none' ? 'без года' : `за ${yearKey} год`;
    const yearEn = yearKey === 'none' ? 'without a year' : `for ${yearKey}`;
    return { rowNumber: row.rowNumber, column: column('inn'), field: 'inn', value: input.inn, reasonRu: `дубликат: ИНН ${input.inn} ${yearRu} уже есть в строке ${earlier}`, reasonEn: `duplicate: INN ${input.inn} ${yearEn} is already in row ${earlier}` };
  }
  const conflict = SHARED_FIELDS.find((f) => group.record.input[f] !== input[f]);
  if (conflict) {
    const key = conflict === 'okvedMain' ? 'okved_main' : conflict === 'regionCode' ? 'region' : conflict;
    return { rowNumber: row.rowNumber, column: column(key), field: key, value: String(input[conflict]), reasonRu: `ИНН ${input.inn}: значение расходится со строкой ${group.firstRow} («${group.record.input[conflict]}»)`, reasonEn: `INN ${input.inn}: the value differs from row ${group.firstRow} ("${group.record.input[conflict]}")` };
  }
  group.yearRows.push([yearKey, row.rowNumber]);
  group.record.rowNumbers.push(row.rowNumber);
  mergeOrganisation(group.record.input, input);
  return null;
}

/** Later rows add years, codes and products, and fill optional fields left blank earlier. */
function mergeOrganisation(target: OrganisationInput, next: OrganisationInput): void {
  target.years!.push(...next.years!);
  target.years!.sort((a, b) => a.year - b.year);
  target.okvedExtra = union(target.okvedExtra!, next.okvedExtra!);
  const products = new Set(target.products!.map((p) => p.okpd2));
  for (const p of next.products!) if (!products.has(p.okpd2)) target.products!.push(p);
  target.ogrn ??= next.ogrn;
  target.kpp ??= next.kpp;
  target.shortName ??= next.shortName;
  target.oktmo ??= next.oktmo;
  target.address ??= next.address;
  if (target.lat == null && next.lat != null) {
    target.lat = next.lat;
    target.lon = next.lon;
  }
}

function union(a: string[], b: string[]): string[] {
  const seen = new Set(a);
  return [...a, ...b.filter((x) => !seen.has(x))];
}

import type { OrganisationInput } from '@klaster/core';
import { mapColumns, type ColumnMap } from '../columns/field-spec.ts';
import { ORGANISATION_COLUMNS } from '../columns/organisation-columns.ts';
import type { Table } from '../table/table.ts';
import { organisationCrossChecks, organisationFromRow, type OrganisationColumns, type OrganisationRow } from './organisation-row.ts';
import { missingColumnErrors, parseRow } from './parse-row.ts';
import type { ReferenceIndex } from './reference-index.ts';
import { sortErrors, type RowError, type ValidRecord, type ValidationResult } from './row-error.ts';

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
  const map = mapColumns(ORGANISATION_COLUMNS, table.headers);
  const missing = missingColumnErrors(ORGANISATION_COLUMNS, map);
  if (missing.length) return { valid: [], errors: missing };
  const errors: RowError[] = [];
  const groups = new Map<string, Group>();
  for (const tableRow of table.rows) {
    const row = parseRow(ORGANISATION_COLUMNS, map, table.headers, tableRow, refs);
    row.errors.push(...organisationCrossChecks(row, map, table.headers, refs));
    if (row.errors.length) {
      errors.push(...row.errors);
      continue;
    }
    const problem = mergeIntoGroups(groups, row, table.headers, map);
    if (problem) errors.push(problem);
  }
  return { valid: [...groups.values()].map((g) => g.record), errors: sortErrors(errors) };
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

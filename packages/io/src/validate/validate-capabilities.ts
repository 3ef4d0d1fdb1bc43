import type { CapabilityInput } from '@klaster/core/matching/index.ts';
import { mapColumns } from '../columns/field-spec.ts';
import { CAPABILITY_COLUMNS } from '../columns/capability-columns.ts';
import type { Table } from '../table/table.ts';
import { fieldError, missingColumnErrors, parseRow } from './parse-row.ts';
import { loadReferenceIndex } from './reference-index.ts';
import { sortErrors, type RowError, type ValidRecord, type ValidationResult } from './row-error.ts';
import type { MatchmakingValidationOptions } from './validate-needs.ts';

/** Validates a capabilities table: coordinates come in pairs; the same supplier, codes and description twice is a duplicate. */
export function validateCapabilities(table: Table, opts: MatchmakingValidationOptions = {}): ValidationResult<CapabilityInput> {
  const refs = opts.refs ?? loadReferenceIndex();
  const map = mapColumns(CAPABILITY_COLUMNS, table.headers);
  const missing = missingColumnErrors(CAPABILITY_COLUMNS, map);
  if (missing.length) return { valid: [], errors: missing };
  const errors: RowError[] = [];
  const valid: ValidRecord<CapabilityInput>[] = [];
  const firstRowByKey = new Map<string, number>();
  for (const tableRow of table.rows) {
    const row = parseRow(CAPABILITY_COLUMNS, map, table.headers, tableRow, refs);
    const v = row.values;
    const err = (key: keyof typeof CAPABILITY_COLUMNS & string, ru: string, en: string) => row.errors.push(fieldError(row, key, map, table.headers, ru, en));
    if (v.supplier_inn && opts.knownInns && !opts.knownInns(v.supplier_inn)) err('supplier_inn', `организация с ИНН ${v.supplier_inn} не найдена в реестре`, `no organisation with INN ${v.supplier_inn} in the registry`);
    if (v.okpd2 && v.okpd2.length === 0) err('okpd2', 'не указан ни один код ОКПД2', 'no OKPD2 code given');
    if ((v.lat == null) !== (v.lon == null) && !row.errors.some((e) => e.field === 'lat' || e.field === 'lon'))
      err(v.lat == null ? 'lat' : 'lon', 'широта и долгота указываются вместе', 'latitude and longitude go together');
    if (!row.errors.length) {
      const key = `${v.supplier_inn}|${[...v.okpd2!].sort().join(',')}|${v.description ?? ''}`;
      const first = firstRowByKey.get(key);
      if (first === undefined) firstRowByKey.set(key, row.rowNumber);
      else err('supplier_inn', `дубликат: та же возможность поставщика ${v.supplier_inn} уже есть в строке ${first}`, `duplicate: the same capability of supplier ${v.supplier_inn} is already in row ${first}`);
    }
    if (row.errors.length) errors.push(...row.errors);
    else valid.push({ rowNumbers: [row.rowNumber], input: {
      supplierInn: v.supplier_inn!, okpd2: v.okpd2!, description: v.description, capacity: v.capacity, unit: v.unit,
      regionCode: v.region, lat: v.lat, lon: v.lon,
    } });
  }
  return { valid, errors: sortErrors(errors) };
}

import type { NeedInput } from '@klaster/core/matching/index.ts';
import { mapColumns } from '../columns/field-spec.ts';
import { NEED_COLUMNS } from '../columns/need-columns.ts';
import type { Table } from '../table/table.ts';
import { fieldError, missingColumnErrors, parseRow } from './parse-row.ts';
import { loadReferenceIndex, type ReferenceIndex } from './reference-index.ts';
import { sortErrors, type RowError, type ValidRecord, type ValidationResult } from './row-error.ts';

export interface MatchmakingValidationOptions {
  /** True when an organisation with this INN is in the registry. */
  knownInns?: (inn: string) => boolean;
  refs?: ReferenceIndex;
}

/** Validates a needs table; the same buyer, codes and description twice is a duplicate (it is the upsert key). */
export function validateNeeds(table: Table, opts: MatchmakingValidationOptions = {}): ValidationResult<NeedInput> {
  const refs = opts.refs ?? loadReferenceIndex();
  const map = mapColumns(NEED_COLUMNS, table.headers);
  const missing = missingColumnErrors(NEED_COLUMNS, map);
  if (missing.length) return { valid: [], errors: missing };
  const errors: RowError[] = [];
  const valid: ValidRecord<NeedInput>[] = [];
  const firstRowByKey = new Map<string, number>();
  for (const tableRow of table.rows) {
    const row = parseRow(NEED_COLUMNS, map, table.headers, tableRow, refs);
    const v = row.values;
    const err = (key: keyof typeof NEED_COLUMNS & string, ru: string, en: string) => row.errors.push(fieldError(row, key, map, table.headers, ru, en));
    if (v.buyer_inn && opts.knownInns && !opts.knownInns(v.buyer_inn)) err('buyer_inn', `организация с ИНН ${v.buyer_inn} не найдена в реестре`, `no organisation with INN ${v.buyer_inn} in the registry`);
    if (v.okpd2 && v.okpd2.length === 0) err('okpd2', 'не указан ни один код ОКПД2', 'no OKPD2 code given');
    if (!row.errors.length) {
      const key = `${v.buyer_inn}|${[...v.okpd2!].sort().join(',')}|${v.description ?? ''}`;
      const first = firstRowByKey.get(key);
      if (first === undefined) firstRowByKey.set(key, row.rowNumber);
      else err('buyer_inn', `дубликат: та же потребность покупателя ${v.buyer_inn} уже есть в строке ${first}`, `duplicate: the same need of buyer ${v.buyer_inn} is already in row ${first}`);
    }
    if (row.errors.length) errors.push(...row.errors);
    else valid.push({ rowNumbers: [row.rowNumber], input: {
      buyerInn: v.buyer_inn!, okpd2: v.okpd2!, description: v.description, volume: v.volume, unit: v.unit, deliveryRegion: v.delivery_region,
      deadline: v.deadline, replacesImport: v.replaces_import ?? false, status: v.status ?? 'open',
    } });
  }
  return { valid, errors: sortErrors(errors) };
}

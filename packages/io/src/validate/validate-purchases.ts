import { mapColumns } from '../columns/field-spec.ts';
import { PURCHASE_COLUMNS } from '../columns/purchase-columns.ts';
import type { Table } from '../table/table.ts';
import { fieldError, missingColumnErrors, parseRow } from './parse-row.ts';
import { loadReferenceIndex, type ReferenceIndex } from './reference-index.ts';
import { sortErrors, type RowError, type ValidRecord, type ValidationResult } from './row-error.ts';

/** An organisation's intermediate purchases in one year (the shape the purchases repository writes). */
export interface PurchaseRecord {
  inn: string;
  year: number;
  intermediateTotal: number;
  imported: number;
  source: string;
}

export interface PurchaseValidationOptions {
  /** True when an organisation with this INN is in the registry. */
  knownInns?: (inn: string) => boolean;
  refs?: ReferenceIndex;
}

/** Validates a purchases table: the import part cannot exceed the total; one row per organisation and year. */
export function validatePurchases(table: Table, opts: PurchaseValidationOptions = {}): ValidationResult<PurchaseRecord> {
  const refs = opts.refs ?? loadReferenceIndex();
  const map = mapColumns(PURCHASE_COLUMNS, table.headers);
  const missing = missingColumnErrors(PURCHASE_COLUMNS, map);
  if (missing.length) return { valid: [], errors: missing };
  const errors: RowError[] = [];
  const valid: ValidRecord<PurchaseRecord>[] = [];
  const firstRowByKey = new Map<string, number>();
  for (const tableRow of table.rows) {
    const row = parseRow(PURCHASE_COLUMNS, map, table.headers, tableRow, refs);
    const v = row.values;
    const err = (key: keyof typeof PURCHASE_COLUMNS & string, ru: string, en: string) => row.errors.push(fieldError(row, key, map, table.headers, ru, en));
    if (v.inn && opts.knownInns && !opts.knownInns(v.inn)) err('inn', `организация с ИНН ${v.inn} не найдена в реестре`, `no organisation with INN ${v.inn} in the registry`);
    if (v.imported != null && v.intermediate_total != null && v.imported > v.intermediate_total) {
      err('imported', `импорт ${row.raw.imported} больше всех промежуточных закупок ${row.raw.intermediate_total}`, `imported ${row.raw.imported} exceeds the total intermediate purchases ${row.raw.intermediate_total}`);
    }
    if (!row.errors.length) {
      const key = `${v.inn}|${v.year}`;
      const first = firstRowByKey.get(key);
      if (first === undefined) firstRowByKey.set(key, row.rowNumber);
      else err('inn', `дубликат: закупки организации ${v.inn} за ${v.year} год уже есть в строке ${first}`, `duplicate: purchases of ${v.inn} for ${v.year} are already in row ${first}`);
    }
    if (row.errors.length) errors.push(...row.errors);
    else valid.push({ rowNumbers: [row.rowNumber], input: { inn: v.inn!, year: v.year!, intermediateTotal: v.intermediate_total!, imported: v.imported!, source: v.source! } });
  }
  return { valid, errors: sortErrors(errors) };
}

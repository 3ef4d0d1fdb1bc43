import type { LinkInput } from '@klaster/core';
import { mapColumns } from '../columns/field-spec.ts';
import { LINK_COLUMNS } from '../columns/link-columns.ts';
import type { Table } from '../table/table.ts';
import { fieldError, missingColumnErrors, parseRow, type ParsedRow } from './parse-row.ts';
import type { ReferenceIndex } from './reference-index.ts';
import { loadReferenceIndex } from './reference-index.ts';
import { sortErrors, type RowError, type ValidRecord, type ValidationResult } from './row-error.ts';

export interface LinkValidationOptions {
  /** True when an organisation with this INN exists (the importer checks the database and the organisations file). */
  knownInns?: (inn: string) => boolean;
  refs?: ReferenceIndex;
}

type LinkRow = ParsedRow<typeof LINK_COLUMNS>;

/** Validates a links table; the same supplier, buyer, OKPD2 and year twice is a duplicate. */
export function validateLinks(table: Table, opts: LinkValidationOptions = {}): ValidationResult<LinkInput> {
  const refs = opts.refs ?? loadReferenceIndex();
  const map = mapColumns(LINK_COLUMNS, table.headers);
  const missing = missingColumnErrors(LINK_COLUMNS, map);
  if (missing.length) return { valid: [], errors: missing };
  const errors: RowError[] = [];
  const valid: ValidRecord<LinkInput>[] = [];
  const firstRowByKey = new Map<string, number>();
  for (const tableRow of table.rows) {
    const row = parseRow(LINK_COLUMNS, map, table.headers, tableRow, refs);
    const err = (key: keyof typeof LINK_COLUMNS & string, ru: string, en: string) => row.errors.push(fieldError(row, key, map, table.headers, ru, en));
    const { supplier_inn: supplier, buyer_inn: buyer } = row.values;
    if (supplier && supplier === buyer) err('buyer_inn', `поставщик и покупатель совпадают (ИНН ${buyer})`, `supplier and buyer are the same (INN ${buyer})`);
    for (const key of ['supplier_inn', 'buyer_inn'] as const) {
      const inn = row.values[key];
      if (inn && opts.knownInns && !opts.knownInns(inn)) err(key, `организация с ИНН ${inn} не найдена ни в реестре, ни в файле организаций`, `no organisation with INN ${inn} in the registry or the organisations file`);
    }
    if (!row.errors.length) checkDuplicate(row, firstRowByKey, err);
    if (row.errors.length) errors.push(...row.errors);
    else valid.push({ rowNumbers: [row.rowNumber], input: linkFromRow(row) });
  }
  return { valid, errors: sortErrors(errors) };
}

function checkDuplicate(row: LinkRow, firstRowByKey: Map<string, number>, err: (key: 'supplier_inn', ru: string, en: string) => void): void {
  const v = row.values;
  const key = `${v.supplier_inn}|${v.buyer_inn}|${v.okpd2 ?? ''}|${v.year}`;
  const first = firstRowByKey.get(key);
  if (first === undefined) firstRowByKey.set(key, row.rowNumber);
  else err('supplier_inn', `дубликат: связь ${v.supplier_inn} → ${v.buyer_inn} за ${v.year} год${v.okpd2 ? ` (ОКПД2 ${v.okpd2})` : ''} уже есть в строке ${first}`, `duplicate: link ${v.supplier_inn} → ${v.buyer_inn} for ${v.year}${v.okpd2 ? ` (OKPD2 ${v.okpd2})` : ''} is already in row ${first}`);
}

/** The canonical LinkInput: optional fields present, null when empty. */
function linkFromRow(row: LinkRow): LinkInput {
  const v = row.values;
  return { supplierInn: v.supplier_inn!, buyerInn: v.buyer_inn!, okpd2: v.okpd2, product: v.product, year: v.year!, volume: v.volume!, source: v.source! };
}

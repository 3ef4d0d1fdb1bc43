import type { ImportKind } from '../columns/field-spec.ts';
import { COLUMNS_BY_KIND } from '../export/record-rows.ts';
import { toCsvText } from '../export/csv-writer.ts';

/** The example row of a template: the fields' examples, valid identifiers included. */
export function templateExampleRow(kind: ImportKind): string[] {
  return Object.values(COLUMNS_BY_KIND[kind]).map((f) => f.example);
}

export function templateHeaders(kind: ImportKind): string[] {
  return Object.values(COLUMNS_BY_KIND[kind]).map((f) => f.headerRu);
}

/** CSV template: UTF-8 with BOM, ';', Russian headers and one example row. */
export function templateCsv(kind: ImportKind): Buffer {
  return Buffer.from('\uFEFF' + toCsvText([templateHeaders(kind), templateExampleRow(kind)]), 'utf8');
}

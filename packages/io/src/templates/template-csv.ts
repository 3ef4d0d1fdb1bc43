import type { ImportFileKind } from '../columns/field-spec.ts';
import { toCsvText } from '../export/csv-writer.ts';
import { TEMPLATE_COLUMNS } from './template-columns.ts';

/** The example row of a template: the fields' examples, valid identifiers included. */
export function templateExampleRow(kind: ImportFileKind): string[] {
  return Object.values(TEMPLATE_COLUMNS[kind]).map((f) => f.example);
}

export function templateHeaders(kind: ImportFileKind): string[] {
  return Object.values(TEMPLATE_COLUMNS[kind]).map((f) => f.headerRu);
}

/** CSV template: UTF-8 with BOM, ';', Russian headers and one example row. */
export function templateCsv(kind: ImportFileKind): Buffer {
  return Buffer.from('\uFEFF' + toCsvText([templateHeaders(kind), templateExampleRow(kind)]), 'utf8');
}

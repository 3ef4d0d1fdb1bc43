import type { ImportFileKind } from '../columns/field-spec.ts';
import { CLUSTER_SECTIONS, ownFields } from '../columns/cluster-sections.ts';
import { toCsvText } from '../export/csv-writer.ts';
import { TEMPLATE_COLUMNS } from './template-columns.ts';

/**
 * The example rows of a template: the fields' examples, valid identifiers included. One row for every kind but
 * clusters, whose one-table layout shows a participant, an agreement party and a preference on a row each.
 */
export function templateExampleRows(kind: ImportFileKind): string[][] {
  const fields = Object.entries(TEMPLATE_COLUMNS[kind]);
  if (kind !== 'clusters') return [fields.map(([, f]) => f.example)];
  return CLUSTER_SECTIONS.map((section) => {
    const own = new Set(['cluster_code', ...ownFields(section)]);
    return fields.map(([key, f]) => (own.has(key) ? f.example : ''));
  });
}

/** The first example row (the whole example for every kind but clusters). */
export function templateExampleRow(kind: ImportFileKind): string[] {
  return templateExampleRows(kind)[0]!;
}

export function templateHeaders(kind: ImportFileKind): string[] {
  return Object.values(TEMPLATE_COLUMNS[kind]).map((f) => f.headerRu);
}

/** CSV template: UTF-8 with BOM, ';', Russian headers and the example rows. */
export function templateCsv(kind: ImportFileKind): Buffer {
  return Buffer.from('\uFEFF' + toCsvText([templateHeaders(kind), ...templateExampleRows(kind)]), 'utf8');
}

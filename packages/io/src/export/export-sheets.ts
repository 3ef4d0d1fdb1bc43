import type { ClusterInput } from '@klaster/core';
import type { ImportKind } from '../columns/field-spec.ts';
import { CLUSTER_SECTIONS, type ClusterSectionKey } from '../columns/cluster-sections.ts';
import { agreementRows, clusterRows, exportHeaders, preferenceRows, recordRows, type ExportCell, type RecordsByKind } from './record-rows.ts';

export interface ExportSheet {
  name: string;
  headers: string[];
  rows: Iterable<ExportCell[]>;
}

const SHEET_NAMES: Record<ImportKind, string> = { organisations: 'Организации', links: 'Связи', clusters: 'Кластеры' };
const CLUSTER_PART_ROWS: Record<ClusterSectionKey, (c: ClusterInput) => ExportCell[][]> = { clusters: clusterRows, agreements: agreementRows, preferences: preferenceRows };

function* rowsOf<T>(records: Iterable<T>, rows: (record: T) => ExportCell[][]): Iterable<ExportCell[]> {
  for (const record of records) yield* rows(record);
}

/**
 * The worksheets of an XLSX export: one for organisations and for links (rows produced as they are written); three for
 * clusters — «Кластеры» (a row per participant), «Соглашения» (a row per party), «Льготы» (a row per preference).
 */
export function exportSheets<K extends ImportKind>(kind: K, records: Iterable<RecordsByKind[K]>): ExportSheet[] {
  if (kind !== 'clusters') return [{ name: SHEET_NAMES[kind], headers: exportHeaders(kind), rows: rowsOf(records, (r) => recordRows(kind, r)) }];
  const clusters = [...(records as Iterable<ClusterInput>)];
  return CLUSTER_SECTIONS.map((section) => ({
    name: section.sheet,
    headers: Object.values(section.spec).map((f) => f.headerRu),
    rows: rowsOf(clusters, CLUSTER_PART_ROWS[section.key]),
  }));
}

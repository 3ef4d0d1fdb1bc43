import { AGREEMENT_COLUMNS } from './agreement-columns.ts';
import { CLUSTER_COLUMNS } from './cluster-columns.ts';
import type { ColumnSpec } from './field-spec.ts';
import { PREFERENCE_COLUMNS } from './preference-columns.ts';

export type ClusterSectionKey = 'clusters' | 'agreements' | 'preferences';

export interface ClusterSection {
  key: ClusterSectionKey;
  /** The sheet of an XLSX export or template; a reader also accepts the English name. */
  sheet: string;
  sheetEn: string;
  spec: ColumnSpec;
}

/**
 * A cluster file has three parts tied by the cluster code: the cluster with its participants, the parties of its
 * agreements, and its preferences. XLSX keeps each on its own sheet; CSV, having one table, puts them side by side
 * (the columns of all three, one row describing one participant, one party of an agreement or one preference).
 */
export const CLUSTER_SECTIONS: readonly ClusterSection[] = [
  { key: 'clusters', sheet: 'Кластеры', sheetEn: 'Clusters', spec: CLUSTER_COLUMNS },
  { key: 'agreements', sheet: 'Соглашения', sheetEn: 'Agreements', spec: AGREEMENT_COLUMNS },
  { key: 'preferences', sheet: 'Льготы', sheetEn: 'Preferences', spec: PREFERENCE_COLUMNS },
];

/** The fields of a section other than the cluster code: a row that fills one of them belongs to that section. */
export function ownFields(section: ClusterSection): string[] {
  return Object.keys(section.spec).filter((key) => key !== 'cluster_code');
}

/** The one-table (CSV) layout: the cluster code, then each section's own columns. */
export const CLUSTER_WIDE_COLUMNS: ColumnSpec = Object.fromEntries(
  CLUSTER_SECTIONS.flatMap((section) => Object.entries(section.spec).filter(([key]) => section.key === 'clusters' || key !== 'cluster_code')),
);

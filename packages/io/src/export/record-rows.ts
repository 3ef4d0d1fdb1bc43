import {
  CLUSTER_KIND_LABELS_RU, CLUSTER_STATUS_LABELS_RU, LINK_SOURCE_LABELS_RU, ORGANISATION_KIND_LABELS_RU, PARTICIPANT_ROLE_LABELS_RU,
  type ClusterInput, type LinkInput, type OrganisationInput,
} from '@klaster/core';
import type { ColumnSpec, ImportKind } from '../columns/field-spec.ts';
import { CLUSTER_COLUMNS } from '../columns/cluster-columns.ts';
import { LINK_COLUMNS } from '../columns/link-columns.ts';
import { ORGANISATION_COLUMNS } from '../columns/organisation-columns.ts';

/** A cell on its way out: numbers stay numbers (never neutralised), text is neutralised by the writer. */
export type ExportCell = string | number | null;

export interface RecordsByKind {
  organisations: OrganisationInput;
  links: LinkInput;
  clusters: ClusterInput;
}

export const COLUMNS_BY_KIND: Record<ImportKind, ColumnSpec> = {
  organisations: ORGANISATION_COLUMNS,
  links: LINK_COLUMNS,
  clusters: CLUSTER_COLUMNS,
};

/** Russian headers in spec order: exports re-import through the same column specs. */
export function exportHeaders(kind: ImportKind): string[] {
  return Object.values(COLUMNS_BY_KIND[kind]).map((f) => f.headerRu);
}

const list = (items: readonly string[] | null | undefined): string | null => (items && items.length ? items.join(', ') : null);

/** One row per year; an organisation without years is one row. */
export function organisationRows(o: OrganisationInput): ExportCell[][] {
  const base = (): ExportCell[] => [o.inn, o.ogrn ?? null, o.kpp ?? null, o.name, o.shortName ?? null, ORGANISATION_KIND_LABELS_RU[o.kind], o.okvedMain, list(o.okvedExtra), o.regionCode, o.oktmo ?? null, o.address ?? null, o.lat ?? null, o.lon ?? null];
  const products = list((o.products ?? []).map((p) => p.okpd2));
  const years = o.years ?? [];
  if (years.length === 0) return [[...base(), null, null, null, products]];
  return years.map((y) => [...base(), y.year, y.headcount, y.revenue, products]);
}

export function linkRows(l: LinkInput): ExportCell[][] {
  return [[l.supplierInn, l.buyerInn, l.okpd2 ?? null, l.product ?? null, l.year, l.volume, LINK_SOURCE_LABELS_RU[l.source]]];
}

/** One row per participant with the cluster's columns repeated; a cluster without participants is one row. */
export function clusterRows(c: ClusterInput): ExportCell[][] {
  const base: ExportCell[] = [c.code, c.name, CLUSTER_KIND_LABELS_RU[c.kind], c.specialization || null, CLUSTER_STATUS_LABELS_RU[c.status], list(c.regions), list(c.municipalities), c.specializedOrgInn ?? null, c.registryDecisionDate ?? null];
  if (c.participants.length === 0) return [[...base, null, null, null, null]];
  return c.participants.map((p) => [...base, p.inn, PARTICIPANT_ROLE_LABELS_RU[p.role], p.joinedOn ?? null, p.specialTerritory ? 'да' : 'нет']);
}

export function recordRows<K extends ImportKind>(kind: K, record: RecordsByKind[K]): ExportCell[][] {
  if (kind === 'organisations') return organisationRows(record as OrganisationInput);
  if (kind === 'links') return linkRows(record as LinkInput);
  return clusterRows(record as ClusterInput);
}

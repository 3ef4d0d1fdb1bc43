import {
  CLUSTER_KIND_LABELS_RU, CLUSTER_STATUS_LABELS_RU, LINK_SOURCE_LABELS_RU, ORGANISATION_KIND_LABELS_RU, PARTICIPANT_ROLE_LABELS_RU, PREFERENCE_KIND_LABELS_RU,
  type ClusterInput, type LinkInput, type OrganisationInput,
} from '@klaster/core';
import type { ColumnSpec, ImportKind } from '../columns/field-spec.ts';
import { AGREEMENT_KIND_LABELS_RU } from '../columns/agreement-columns.ts';
import { CLUSTER_SECTIONS, CLUSTER_WIDE_COLUMNS } from '../columns/cluster-sections.ts';
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
  clusters: CLUSTER_WIDE_COLUMNS,
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
  const base: ExportCell[] = [
    c.code, c.name, CLUSTER_KIND_LABELS_RU[c.kind], c.specialization || null, CLUSTER_STATUS_LABELS_RU[c.status], list(c.regions), list(c.municipalities),
    c.specializedOrgInn ?? null, c.registryDecisionDate ?? null, c.developmentProgrammeFrom ?? null, c.developmentProgrammeTo ?? null,
  ];
  if (c.participants.length === 0) return [[...base, null, null, null, null, null]];
  return c.participants.map((p) => [...base, p.inn, PARTICIPANT_ROLE_LABELS_RU[p.role], p.joinedOn ?? null, p.leftOn ?? null, p.specialTerritory ? 'да' : 'нет']);
}

/** One row per party of each agreement, in order (AGREEMENT_COLUMNS). */
export function agreementRows(c: ClusterInput): ExportCell[][] {
  return (c.agreements ?? []).flatMap((a) => a.parties.map((p): ExportCell[] => [
    c.code, a.title, a.number ?? null, a.signedOn ?? null, AGREEMENT_KIND_LABELS_RU[a.kind ?? 'cooperation'], p.inn ?? null, p.name ?? null,
  ]));
}

/** One row per preference, in order (PREFERENCE_COLUMNS). */
export function preferenceRows(c: ClusterInput): ExportCell[][] {
  return (c.preferences ?? []).map((p) => [c.code, PREFERENCE_KIND_LABELS_RU[p.kind], p.inn ?? null, p.description, p.grantedBy, p.validFrom ?? null, p.validTo ?? null]);
}

/**
 * A cluster in the one-table layout (CSV): its participant rows, then a row per agreement party, then a row per
 * preference, each padded to the columns of all three parts (CLUSTER_WIDE_COLUMNS).
 */
export function clusterWideRows(c: ClusterInput): ExportCell[][] {
  const [own, agreement, preference] = CLUSTER_SECTIONS.map((s) => Object.keys(s.spec).length - (s.key === 'clusters' ? 0 : 1));
  const blank = (n: number): ExportCell[] => new Array<ExportCell>(n).fill(null);
  return [
    ...clusterRows(c).map((row) => [...row, ...blank(agreement! + preference!)]),
    ...agreementRows(c).map(([code, ...cells]) => [code!, ...blank(own! - 1), ...cells, ...blank(preference!)]),
    ...preferenceRows(c).map(([code, ...cells]) => [code!, ...blank(own! - 1 + agreement!), ...cells]),
  ];
}

export function recordRows<K extends ImportKind>(kind: K, record: RecordsByKind[K]): ExportCell[][] {
  if (kind === 'organisations') return organisationRows(record as OrganisationInput);
  if (kind === 'links') return linkRows(record as LinkInput);
  return clusterWideRows(record as ClusterInput);
}

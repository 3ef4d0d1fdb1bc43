import { createHash } from 'node:crypto';
import type { Sql } from '@klaster/db';
import { analytics } from '@klaster/core';

/** Sections of industrial enterprises (488-FZ, as the registry rules read it): mining, manufacturing, energy, water. */
const INDUSTRIAL_SECTIONS = new Set(['B', 'C', 'D', 'E']);

/** An organisation in scope with what the dossier of a candidate needs besides the analytics fields. */
export interface ScopeOrganisation extends analytics.AnalyticsOrganisation {
  name: string;
  kind: string;
}

/** A registered cluster, with what a dossier built for a candidate that overlaps it can borrow. */
export interface ScopeCluster extends analytics.RegisteredCluster {
  specializedOrganization: { inn: string; ogrn: string; name: string } | null;
  programme: { from: string; to: string } | null;
}

export interface ScopeLink extends analytics.AnalyticsLink {
  year: number;
}

export interface ScopePurchase {
  buyer: string;
  year: number;
  intermediateTotal: number;
  imported: number;
}

export interface DiscoveryScope {
  organisations: ScopeOrganisation[];
  links: ScopeLink[];
  clusters: ScopeCluster[];
  purchases: ScopePurchase[];
  snapshot: { organisations: number; links: number; hash: string };
}

export const isIndustrialOkved = (okved: string): boolean => INDUSTRIAL_SECTIONS.has(analytics.okvedSection(okved) ?? '');

const SME = new Set(['micro', 'small', 'medium']);

/**
 * Where the rows are read from: the live tables, or — for a data snapshot date — the registry as it stood at the end of
 * that day (UTC), rebuilt from the history: for each row, the `after` of its latest change at or before then (every
 * write of an organisation or link records the whole row there). Rows created later are absent; rows deleted by then
 * carry their deleted_at and drop out like live deleted rows. Always parameter $2 (the date), after the regions ($1).
 */
export interface RowSources {
  organisations: string;
  links: string;
  /** The end of the snapshot day, as SQL, or null for the live data. */
  until: string | null;
}

const END_OF_DAY = `(($2::date + 1)::timestamp AT TIME ZONE 'UTC')`;

// The latest entry of each entity is picked by id first, so history_snapshots works out the snapshot of a bulk
// creation (stored by reference) for those entries only, not for every history row.
const asOfHistory = (entity: 'organisation' | 'link', table: 'organisations' | 'links') =>
  `(SELECT (jsonb_populate_record(NULL::${table}, h.after)).* FROM history_snapshots h WHERE h.id IN (
     SELECT DISTINCT ON (entity_id) id FROM history WHERE entity = '${entity}' AND at < ${END_OF_DAY}
     ORDER BY entity_id, at DESC, id DESC))`;

export function rowSources(dataAsOf: string | null): RowSources {
  if (!dataAsOf) return { organisations: 'organisations', links: 'links', until: null };
  return { organisations: asOfHistory('organisation', 'organisations'), links: asOfHistory('link', 'links'), until: END_OF_DAY };
}

/** The query parameters that go with rowSources: the regions, and the snapshot date when there is one. */
const paramsOf = (regions: string[], dataAsOf: string | null): unknown[] => (dataAsOf ? [regions, dataAsOf] : [regions]);

/** Organisations of the regions (all when none are given), not deleted, ordered by INN so node order is stable. */
async function loadOrganisations(db: Sql, regions: string[], dataAsOf: string | null): Promise<ScopeOrganisation[]> {
  const src = rowSources(dataAsOf);
  const rows = await db.query(
    `SELECT inn, name, kind, okved_main, region_code, oktmo, lat, lon, headcount, revenue, sme_category FROM ${src.organisations} o
     WHERE deleted_at IS NULL AND (cardinality($1::text[]) = 0 OR region_code = ANY($1::text[])) ORDER BY inn`,
    paramsOf(regions, dataAsOf),
  );
  return rows.map((r) => ({
    id: String(r.inn), name: String(r.name), kind: String(r.kind), okved: String(r.okved_main), region: String(r.region_code),
    oktmo: (r.oktmo as string | null) ?? null, lat: (r.lat as number | null) ?? null, lon: (r.lon as number | null) ?? null,
    headcount: r.headcount == null ? null : Number(r.headcount), revenue: r.revenue == null ? null : Number(r.revenue),
    sme: SME.has(String(r.sme_category)), industrial: isIndustrialOkved(String(r.okved_main)),
  }));
}

/**
 * Links whose two sides are both in scope; for each supplier → buyer pair the volume of its latest year
 * (ANALYTICS.md §2.1: "the latest year"), all sources and products of that year summed.
 */
async function loadLinks(db: Sql, regions: string[], dataAsOf: string | null): Promise<ScopeLink[]> {
  const src = rowSources(dataAsOf);
  const rows = await db.query(
    `WITH scoped AS (SELECT id, inn FROM ${src.organisations} o WHERE deleted_at IS NULL AND (cardinality($1::text[]) = 0 OR region_code = ANY($1::text[]))),
     yearly AS (SELECT l.supplier_id, l.buyer_id, l.year, sum(l.volume) AS volume FROM ${src.links} l
       JOIN scoped s ON s.id = l.supplier_id JOIN scoped b ON b.id = l.buyer_id
       WHERE l.deleted_at IS NULL GROUP BY l.supplier_id, l.buyer_id, l.year),
     latest AS (SELECT DISTINCT ON (supplier_id, buyer_id) supplier_id, buyer_id, year, volume FROM yearly ORDER BY supplier_id, buyer_id, year DESC)
     SELECT s.inn AS supplier, b.inn AS buyer, latest.year, latest.volume FROM latest
     JOIN scoped s ON s.id = latest.supplier_id JOIN scoped b ON b.id = latest.buyer_id ORDER BY s.inn, b.inn`,
    paramsOf(regions, dataAsOf),
  );
  return rows.map((r) => ({ supplier: String(r.supplier), buyer: String(r.buyer), year: Number(r.year), volume: Number(r.volume) }));
}

/** Registered clusters (every status) with their participants' INNs, for the overlap of each candidate. */
async function loadClusters(db: Sql, dataAsOf: string | null): Promise<ScopeCluster[]> {
  if (dataAsOf) return loadClustersAsOf(db, dataAsOf);
  const rows = await db.query(
    `SELECT c.code, c.name, c.programme_from, c.programme_to, so.inn AS so_inn, so.ogrn AS so_ogrn, so.name AS so_name,
       coalesce((SELECT array_agg(o.inn ORDER BY o.inn) FROM cluster_participants p JOIN organisations o ON o.id = p.organisation_id
                 WHERE p.cluster_id = c.id AND p.left_on IS NULL), '{}') AS members
     FROM clusters c LEFT JOIN organisations so ON so.id = c.specialized_org_id WHERE c.deleted_at IS NULL ORDER BY c.code`,
  );
  return rows.map((r) => ({
    code: String(r.code), name: String(r.name), members: (r.members as string[]) ?? [],
    specializedOrganization: r.so_inn ? { inn: String(r.so_inn), ogrn: String(r.so_ogrn ?? ''), name: String(r.so_name) } : null,
    programme: r.programme_from && r.programme_to ? { from: String(r.programme_from), to: String(r.programme_to) } : null,
  }));
}

/** A hash of exactly what the computation reads, so a repeated run can tell whether the data changed. */
export function snapshotHash(organisations: ScopeOrganisation[], links: ScopeLink[], purchases: ScopePurchase[]): string {
  const hash = createHash('sha256');
  for (const o of organisations) hash.update(JSON.stringify([o.id, o.okved, o.region, o.oktmo, o.lat, o.lon, o.headcount, o.revenue, o.sme, o.kind]) + '\n');
  hash.update('--links--\n');
  for (const l of links) hash.update(`${l.supplier},${l.buyer},${l.year},${l.volume}\n`);
  hash.update('--purchases--\n');
  for (const p of purchases) hash.update(`${p.buyer},${p.year},${p.intermediateTotal},${p.imported}\n`);
  return hash.digest('hex');
}

/**
 * Clusters as they stood at the end of the snapshot day: the aggregate each cluster's latest history entry recorded
 * (cluster history stores the whole aggregate), its participants who had not left by then, and its specialised
 * organisation as the organisation snapshot has it.
 */
async function loadClustersAsOf(db: Sql, dataAsOf: string): Promise<ScopeCluster[]> {
  const rows = await db.query<{ after: ClusterHistoryAfter }>(
    `SELECT after FROM (SELECT DISTINCT ON (entity_id) after FROM history WHERE entity = 'cluster' AND at < ${END_OF_DAY.replace('$2', '$1')}
       ORDER BY entity_id, at DESC, id DESC) h`,
    [dataAsOf],
  );
  const clusters = rows.map((r) => r.after).filter((c) => c && !c.deleted).sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const soInns = [...new Set(clusters.map((c) => c.specializedOrgInn).filter((inn): inn is string => !!inn))];
  const specialised = soInns.length
    ? await db.query(`SELECT inn, ogrn, name FROM ${rowSources(dataAsOf).organisations} o WHERE inn = ANY($1::text[])`, [soInns, dataAsOf])
    : [];
  const byInn = new Map(specialised.map((o) => [String(o.inn), o]));
  return clusters.map((c) => {
    const so = c.specializedOrgInn ? byInn.get(c.specializedOrgInn) : undefined;
    return {
      code: c.code, name: c.name,
      members: c.participants.filter((p) => p.leftOn == null || p.leftOn > dataAsOf).map((p) => p.inn).sort(),
      specializedOrganization: so ? { inn: String(so.inn), ogrn: String(so.ogrn ?? ''), name: String(so.name) } : null,
      programme: c.developmentProgrammeFrom && c.developmentProgrammeTo ? { from: c.developmentProgrammeFrom, to: c.developmentProgrammeTo } : null,
    };
  });
}

/** The parts of a cluster history snapshot (ClusterSnapshot of the cluster repository) that discovery reads. */
interface ClusterHistoryAfter {
  code: string;
  name: string;
  deleted: boolean;
  specializedOrgInn: string | null;
  developmentProgrammeFrom: string | null;
  developmentProgrammeTo: string | null;
  participants: { inn: string; leftOn: string | null }[];
}

/** The scope of a run: the regions (all when none), the data now or as they stood at the end of `dataAsOf`. */
export async function loadDiscoveryScope(db: Sql, regions: string[], dataAsOf: string | null = null): Promise<DiscoveryScope> {
  const organisations = await loadOrganisations(db, regions, dataAsOf);
  const links = await loadLinks(db, regions, dataAsOf);
  const clusters = await loadClusters(db, dataAsOf);
  const purchases = await loadScopePurchases(db, regions, dataAsOf);
  const hash = snapshotHash(organisations, links, purchases);
  return { organisations, links, clusters, purchases, snapshot: { organisations: organisations.length, links: links.length, hash } };
}

/**
 * Reported intermediate purchases of the organisations in scope, from the `purchases` table when the installation
 * has one (migration 003); none otherwise, and the purchase-based requirements are then reported unknown. Purchases
 * keep no history (replaced in place): for a snapshot date only rows last written by then are known to hold.
 */
async function loadScopePurchases(db: Sql, regions: string[], dataAsOf: string | null): Promise<ScopePurchase[]> {
  const [table] = await db.query<{ present: boolean }>(`SELECT to_regclass('purchases') IS NOT NULL AS present`);
  if (!table?.present) return [];
  const src = rowSources(dataAsOf);
  const rows = await db.query(
    `SELECT o.inn, p.year, p.intermediate_total, p.imported FROM purchases p JOIN ${src.organisations} o ON o.id = p.organisation_id
     WHERE o.deleted_at IS NULL AND (cardinality($1::text[]) = 0 OR o.region_code = ANY($1::text[]))
       ${src.until ? `AND p.updated_at < ${src.until}` : ''} ORDER BY o.inn, p.year`,
    paramsOf(regions, dataAsOf),
  );
  return rows.map((r) => ({ buyer: String(r.inn), year: Number(r.year), intermediateTotal: Number(r.intermediate_total), imported: Number(r.imported) }));
}

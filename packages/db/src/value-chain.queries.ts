import type { Sql } from './driver.ts';

/** What a cluster's participants bought with one OKPD2 code in the latest year of their links. */
export interface ClusterInputRow {
  okpd2: string;
  product: string | null;
  year: number;
  total: number;
  /** Bought from organisations that are not participants. */
  outside: number;
  /** Bought from suppliers registered outside the cluster's regions. */
  outOfRegion: number;
  outsideSuppliers: number;
  buyers: number;
}

export async function clusterInputs(db: Sql, clusterId: number): Promise<ClusterInputRow[]> {
  const rows = await db.query(
    `WITH p AS (SELECT organisation_id AS id FROM cluster_participants WHERE cluster_id = $1 AND left_on IS NULL),
     cl AS (SELECT regions FROM clusters WHERE id = $1),
     -- the latest year of observed supplies (contracts, surveys); a declared link from an accepted contact request
     -- is an intention for this year and must not make a year of one link the basis of the analysis
     yr AS (SELECT coalesce(max(l.year) FILTER (WHERE l.source <> 'declared'), max(l.year)) AS y FROM links l JOIN p ON p.id = l.buyer_id WHERE l.deleted_at IS NULL)
     SELECT l.okpd2, min(l.product) AS product, yr.y AS year, sum(l.volume)::float8 AS total,
       coalesce(sum(l.volume) FILTER (WHERE sp.id IS NULL), 0)::float8 AS outside,
       coalesce(sum(l.volume) FILTER (WHERE NOT l.region_code = ANY(cl.regions)), 0)::float8 AS out_of_region,
       count(DISTINCT l.supplier_id) FILTER (WHERE sp.id IS NULL)::int AS outside_suppliers,
       count(DISTINCT l.buyer_id)::int AS buyers
     FROM links l JOIN p ON p.id = l.buyer_id LEFT JOIN p sp ON sp.id = l.supplier_id CROSS JOIN yr CROSS JOIN cl
     WHERE l.year = yr.y AND l.deleted_at IS NULL AND l.okpd2 <> '' AND l.supplier_id <> l.buyer_id
     GROUP BY l.okpd2, yr.y ORDER BY l.okpd2`,
    [clusterId],
  );
  return rows.map((r) => ({
    okpd2: r.okpd2 as string, product: (r.product as string) ?? null, year: Number(r.year), total: Number(r.total),
    outside: Number(r.outside), outOfRegion: Number(r.out_of_region), outsideSuppliers: Number(r.outside_suppliers), buyers: Number(r.buyers),
  }));
}

/** Open needs of the participants that replace imports, summed per OKPD2 code. */
export async function clusterImportNeeds(db: Sql, clusterId: number): Promise<{ okpd2: string; volume: number; needs: number }[]> {
  const rows = await db.query(
    `SELECT code AS okpd2, coalesce(sum(n.volume), 0)::float8 AS volume, count(*)::int AS needs
     FROM needs n CROSS JOIN LATERAL unnest(n.okpd2) code
     WHERE n.replaces_import AND n.status = 'open'
       AND n.buyer_id IN (SELECT organisation_id FROM cluster_participants WHERE cluster_id = $1 AND left_on IS NULL)
     GROUP BY code ORDER BY code`,
    [clusterId],
  );
  return rows.map((r) => ({ okpd2: r.okpd2 as string, volume: Number(r.volume), needs: Number(r.needs) }));
}

/** The participants' imported purchases in the latest reported year (purchases table). */
export async function clusterImports(db: Sql, clusterId: number): Promise<{ year: number | null; imported: number; intermediateTotal: number }> {
  const [row] = await db.query(
    `WITH p AS (SELECT organisation_id AS id FROM cluster_participants WHERE cluster_id = $1 AND left_on IS NULL),
     yr AS (SELECT max(year) AS y FROM purchases WHERE organisation_id IN (SELECT id FROM p))
     SELECT yr.y AS year, coalesce(sum(pu.imported), 0)::float8 AS imported, coalesce(sum(pu.intermediate_total), 0)::float8 AS total
     FROM yr LEFT JOIN purchases pu ON pu.year = yr.y AND pu.organisation_id IN (SELECT id FROM p) GROUP BY yr.y`,
    [clusterId],
  );
  return { year: row?.year == null ? null : Number(row.year), imported: Number(row?.imported ?? 0), intermediateTotal: Number(row?.total ?? 0) };
}

/** An SME of the cluster's regions that is not a participant, with every code it makes or offers. */
export interface LocalSupplierRow {
  id: number;
  inn: string;
  name: string;
  regionCode: string;
  lat: number | null;
  lon: number | null;
  smeCategory: string;
  okpd2: string[];
  capacity: number | null;
  /** Distinct years it supplied any participant. */
  pastLinkYears: number;
}

export async function localSmeSuppliers(db: Sql, clusterId: number): Promise<LocalSupplierRow[]> {
  const rows = await db.query(
    `WITH p AS (SELECT organisation_id AS id FROM cluster_participants WHERE cluster_id = $1 AND left_on IS NULL),
     caps AS (SELECT supplier_id, array_agg(DISTINCT code) AS codes, max(capacity)::float8 AS capacity
              FROM capabilities CROSS JOIN LATERAL unnest(okpd2) code GROUP BY supplier_id)
     SELECT o.id, o.inn, o.name, o.region_code, o.lat, o.lon, o.sme_category, o.okpd2, caps.codes, caps.capacity,
       (SELECT count(DISTINCT l.year) FROM links l JOIN p ON p.id = l.buyer_id WHERE l.supplier_id = o.id AND l.deleted_at IS NULL)::int AS past_years
     FROM organisations o CROSS JOIN (SELECT regions FROM clusters WHERE id = $1) cl LEFT JOIN caps ON caps.supplier_id = o.id
     WHERE o.deleted_at IS NULL AND o.sme_category IN ('micro', 'small', 'medium')
       AND o.region_code = ANY(cl.regions)
       AND o.id NOT IN (SELECT id FROM p)`,
    [clusterId],
  );
  return rows.map((r) => ({
    id: Number(r.id), inn: r.inn as string, name: r.name as string, regionCode: r.region_code as string,
    lat: r.lat == null ? null : Number(r.lat), lon: r.lon == null ? null : Number(r.lon), smeCategory: r.sme_category as string,
    okpd2: [...new Set([...((r.okpd2 as string[]) ?? []), ...((r.codes as string[]) ?? [])])].sort(),
    capacity: r.capacity == null ? null : Number(r.capacity), pastLinkYears: Number(r.past_years),
  }));
}

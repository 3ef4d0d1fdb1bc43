// The national-scale registry for the load bench and the discovery crash test: organisations from the matchmaking
// bench's generator (populateSuppliers), then cooperation links and registered clusters generated inside the
// database (INSERT … SELECT generate_series), so 3 000 000 links take a minute, not the importer's hour.
// Everything is a function of the row number: every run builds the same data.
import type { Database } from '@klaster/db';
import { populateSuppliers } from '../matchmaking/populate.ts';

/** Organisations trade mostly inside blocks of this many consecutive organisations: the communities Leiden should find. */
export const COMMUNITY_SIZE = 100;

export interface Scale {
  organisations: number;
  /** Links per organisation as a supplier: all but one inside its community, one to a far organisation. */
  linksPerOrganisation: number;
  /** Registered clusters, each made of the first `clusterSize` members of one community. */
  clusters: number;
  clusterSize: number;
}

export const NATIONAL_SCALE: Scale = { organisations: 300_000, linksPerOrganisation: 10, clusters: 1_000, clusterSize: 30 };

export type Populated = {
  organisations: number;
  links: number;
  clusters: number;
  participants: number;
};

export async function countRegistry(db: Database): Promise<Populated> {
  const [row] = await db.query<Populated>(
    `SELECT (SELECT count(*)::int FROM organisations WHERE inn LIKE '9%') AS organisations, (SELECT count(*)::int FROM links) AS links,
            (SELECT count(*)::int FROM clusters WHERE code LIKE 'load-%') AS clusters,
            (SELECT count(*)::int FROM cluster_participants cp JOIN clusters c ON c.id = cp.cluster_id WHERE c.code LIKE 'load-%') AS participants`,
  );
  return row!;
}

/**
 * Links over the organisations populateSuppliers wrote (INNs 9…, ids consecutive from the first). Organisation i
 * supplies the next `perOrganisation - 1` members of its community of COMMUNITY_SIZE (year 2024) and one far
 * organisation anywhere (year 2023, so it can never collide with a community link on the unique key). Written in
 * slices of 50 000 suppliers, so PGlite never holds one 3-million-row statement.
 */
export async function populateLinks(db: Database, perOrganisation: number): Promise<void> {
  if (perOrganisation < 1 || perOrganisation > COMMUNITY_SIZE) throw new Error(`links per organisation must be 1…${COMMUNITY_SIZE}`);
  const [bounds] = await db.query<{ base: number; n: number }>(`SELECT min(id) AS base, count(*)::int AS n FROM organisations WHERE inn LIKE '9%'`);
  const { base, n } = { base: Number(bounds!.base), n: Number(bounds!.n) };
  if (n < 2 * COMMUNITY_SIZE) throw new Error(`at least ${2 * COMMUNITY_SIZE} organisations are needed, found ${n}`);
  const SLICE = 50_000;
  for (let from = 0; from < n; from += SLICE) {
    const to = Math.min(n, from + SLICE) - 1;
    await db.exec(`
      INSERT INTO links (supplier_id, buyer_id, region_code, okpd2, year, volume, source)
      SELECT ${base} + x.i, ${base} + x.j, s.region_code, '', x.year, 100000 * (1 + (x.i * 31 + x.k * 7) % 1000), 'contract'
      FROM (
        SELECT i, k,
               CASE WHEN k < ${perOrganisation} THEN ((i / ${COMMUNITY_SIZE}) * ${COMMUNITY_SIZE} + (i % ${COMMUNITY_SIZE} + k) % ${COMMUNITY_SIZE}) % ${n}
                    ELSE (CASE WHEN (i * 7919 + 104729) % ${n} = i THEN (i + 1) % ${n} ELSE (i * 7919 + 104729) % ${n} END) END AS j,
               CASE WHEN k < ${perOrganisation} THEN 2024 ELSE 2023 END AS year
        FROM generate_series(${from}::bigint, ${to}) i CROSS JOIN generate_series(1, ${perOrganisation}) k
      ) x
      JOIN organisations s ON s.id = ${base} + x.i`);
  }
}

/** Registered clusters: cluster c is the first `size` members of community 3c, in the supplier's region. */
export async function populateClusters(db: Database, clusters: number, size: number): Promise<void> {
  const [bounds] = await db.query<{ base: number; n: number }>(`SELECT min(id) AS base, count(*)::int AS n FROM organisations WHERE inn LIKE '9%'`);
  const { base, n } = { base: Number(bounds!.base), n: Number(bounds!.n) };
  const count = Math.min(clusters, Math.floor(n / (3 * COMMUNITY_SIZE)));
  await db.exec(`
    INSERT INTO clusters (code, name, kind, specialization, status, regions, specialized_org_id)
    SELECT 'load-' || c, 'Кластер ' || c || ' «' || (ARRAY['Сибирь', 'Урал', 'Волга', 'Кама', 'Дон'])[1 + c % 5] || '»', 'industrial',
           'Отрасль ' || (10 + c % 24), (ARRAY['in_registry', 'application', 'initiative', 'agreement_signed'])[1 + c % 4],
           ARRAY[o.region_code], o.id
    FROM generate_series(0, ${count - 1}) c JOIN organisations o ON o.id = ${base} + c * ${3 * COMMUNITY_SIZE};
    INSERT INTO cluster_participants (cluster_id, organisation_id, role, joined_on)
    SELECT cl.id, ${base} + (substr(cl.code, 6)::int) * ${3 * COMMUNITY_SIZE} + m, CASE WHEN m = 0 THEN 'anchor' ELSE 'participant' END, DATE '2022-01-01'
    FROM clusters cl CROSS JOIN generate_series(0, ${Math.min(size, COMMUNITY_SIZE) - 1}) m WHERE cl.code LIKE 'load-%';
  `);
}

/** Fills an empty registry to `scale` (organisations and capabilities, links, clusters), then ANALYZE. */
export async function populateRegistry(db: Database, scale: Scale, log: (line: string) => void = () => undefined): Promise<Populated> {
  let t = Date.now();
  const step = (what: string) => {
    log(`${what}: ${((Date.now() - t) / 1000).toFixed(1)} s`);
    t = Date.now();
  };
  await populateSuppliers(db, scale.organisations);
  step(`${scale.organisations} organisations with capabilities`);
  await populateLinks(db, scale.linksPerOrganisation);
  step(`${scale.organisations * scale.linksPerOrganisation} links`);
  await populateClusters(db, scale.clusters, scale.clusterSize);
  step(`${scale.clusters} clusters`);
  await db.exec('ANALYZE');
  step('ANALYZE');
  return countRegistry(db);
}

import { clusterVisibleSql, type Database, type Visibility } from '@klaster/db';

export interface RegistryStats {
  organisations: number;
  industrial: number;
  sme: number;
  links: number;
  linkVolume: number;
  clusters: number;
  clustersInRegistry: number;
  participantsInRegistry: number;
  regionsCovered: number;
  demoRecords: number;
  clustersByStatus: { status: string; count: number }[];
  clustersByKind: { kind: string; count: number }[];
  byRegion: { code: string; name: string; organisations: number; clusters: number; links: number; headcount: number }[];
}

/** The figures of the dashboard, computed from the registry (nothing stored separately that could drift). */
export async function registryStats(db: Database, regions?: string[]): Promise<RegistryStats> {
  const regionFilter = regions?.length ? regions : null;
  const [t] = await db.query(
    `SELECT (SELECT count(*)::int FROM organisations o WHERE deleted_at IS NULL AND ($1::text[] IS NULL OR o.region_code = ANY($1))) AS organisations,
            (SELECT count(*)::int FROM organisations o WHERE deleted_at IS NULL AND kind = 'industrial' AND ($1::text[] IS NULL OR o.region_code = ANY($1))) AS industrial,
            (SELECT count(*)::int FROM organisations o WHERE deleted_at IS NULL AND sme_category IN ('micro','small','medium') AND ($1::text[] IS NULL OR o.region_code = ANY($1))) AS sme,
            (SELECT count(*)::int FROM links l WHERE deleted_at IS NULL AND ($1::text[] IS NULL OR l.region_code = ANY($1))) AS links,
            (SELECT coalesce(sum(volume), 0) FROM links l WHERE deleted_at IS NULL AND ($1::text[] IS NULL OR l.region_code = ANY($1))) AS link_volume,
            (SELECT count(*)::int FROM clusters c WHERE deleted_at IS NULL AND ($1::text[] IS NULL OR c.regions && $1)) AS clusters,
            (SELECT count(*)::int FROM clusters c WHERE deleted_at IS NULL AND status = 'in_registry' AND ($1::text[] IS NULL OR c.regions && $1)) AS clusters_in_registry,
            (SELECT count(DISTINCT cp.organisation_id)::int FROM cluster_participants cp JOIN clusters c ON c.id = cp.cluster_id
              WHERE c.deleted_at IS NULL AND c.status = 'in_registry' AND ($1::text[] IS NULL OR c.regions && $1)) AS participants_in_registry,
            (SELECT count(DISTINCT region_code)::int FROM organisations WHERE deleted_at IS NULL) AS regions_covered,
            (SELECT count(*)::int FROM organisations WHERE is_demo AND deleted_at IS NULL) AS demo_records`,
    [regionFilter],
  );
  const byStatus = await db.query(`SELECT status, count(*)::int AS count FROM clusters c WHERE deleted_at IS NULL AND ($1::text[] IS NULL OR c.regions && $1) GROUP BY status ORDER BY count DESC`, [regionFilter]);
  const byKind = await db.query(`SELECT kind, count(*)::int AS count FROM clusters c WHERE deleted_at IS NULL AND ($1::text[] IS NULL OR c.regions && $1) GROUP BY kind ORDER BY count DESC`, [regionFilter]);
  const byRegion = await db.query(
    `SELECT r.code, r.name_ru AS name,
       (SELECT count(*)::int FROM organisations o WHERE o.region_code = r.code AND o.deleted_at IS NULL) AS organisations,
       (SELECT count(*)::int FROM clusters c WHERE r.code = ANY(c.regions) AND c.deleted_at IS NULL) AS clusters,
       (SELECT count(*)::int FROM links l WHERE l.region_code = r.code AND l.deleted_at IS NULL) AS links,
       (SELECT coalesce(sum(headcount), 0)::int FROM organisations o WHERE o.region_code = r.code AND o.deleted_at IS NULL) AS headcount
     FROM regions r ORDER BY r.name_ru COLLATE klaster_ru`,
  );
  return {
    organisations: t!.organisations as number, industrial: t!.industrial as number, sme: t!.sme as number, links: t!.links as number,
    linkVolume: Number(t!.link_volume), clusters: t!.clusters as number, clustersInRegistry: t!.clusters_in_registry as number,
    participantsInRegistry: t!.participants_in_registry as number, regionsCovered: t!.regions_covered as number, demoRecords: t!.demo_records as number,
    clustersByStatus: byStatus.map((r) => ({ status: r.status as string, count: r.count as number })),
    clustersByKind: byKind.map((r) => ({ kind: r.kind as string, count: r.count as number })),
    byRegion: byRegion.map((r) => ({ code: r.code as string, name: r.name as string, organisations: r.organisations as number, clusters: r.clusters as number, links: r.links as number, headcount: r.headcount as number })),
  };
}

/** Points for the map: organisations with coordinates, and the clusters each belongs to. */
export async function mapPoints(db: Database, regions?: string[], visibleTo: Visibility = { kind: 'all' }, limit = 20000) {
  const params: unknown[] = [regions?.length ? regions : null, limit];
  const clusterVisible = clusterVisibleSql('c', visibleTo, (v) => (params.push(v), `$${params.length}`));
  const rows = await db.query(
    `SELECT o.id, o.name, o.kind, o.lat, o.lon, o.region_code, o.sme_category, o.is_demo,
            coalesce(array_agg(c.id) FILTER (WHERE c.id IS NOT NULL), '{}') AS cluster_ids
     FROM organisations o
     LEFT JOIN cluster_participants cp ON cp.organisation_id = o.id
     LEFT JOIN clusters c ON c.id = cp.cluster_id AND c.deleted_at IS NULL AND ${clusterVisible}
     WHERE o.deleted_at IS NULL AND o.lat IS NOT NULL AND o.lon IS NOT NULL AND ($1::text[] IS NULL OR o.region_code = ANY($1))
     GROUP BY o.id ORDER BY o.id LIMIT $2`,
    params,
  );
  return rows.map((r) => ({
    id: Number(r.id), name: r.name as string, kind: r.kind as string, lat: r.lat as number, lon: r.lon as number, regionCode: r.region_code as string,
    smeCategory: (r.sme_category as string) ?? null, isDemo: Boolean(r.is_demo), clusterIds: (r.cluster_ids as (number | string)[]).map(Number),
  }));
}

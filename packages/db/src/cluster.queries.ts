import type { Sql } from './driver.ts';
import { clusterVisibleSql, type Visibility } from './visibility.ts';
import { loadClusterSnapshot, type ClusterSnapshot } from './cluster.repository.ts';

export interface ClusterListItem {
  id: number;
  code: string;
  name: string;
  kind: string;
  status: string;
  specialization: string;
  regions: string[];
  regionNames: string[];
  participantCount: number;
  industrialCount: number;
  smeCount: number;
  specializedOrgName: string | null;
  isDemo: boolean;
}

export interface ClusterFilter {
  q?: string;
  region?: string[];
  kind?: string[];
  status?: string[];
  /** Only the clusters this reader may see (published ones for the public). */
  visibleTo?: Visibility;
  page?: number;
  pageSize?: number;
}

export async function listClusters(db: Sql, f: ClusterFilter): Promise<{ items: ClusterListItem[]; total: number }> {
  const where = ['c.deleted_at IS NULL'];
  const params: unknown[] = [];
  const add = (sql: string, v: unknown) => {
    params.push(v);
    where.push(sql.replaceAll('?', `$${params.length}`));
  };
  if (f.q?.trim()) add(`(c.name ILIKE '%' || ? || '%' OR c.specialization ILIKE '%' || ? || '%')`, f.q.trim().replace(/[%_\\]/g, '\\$&'));
  if (f.region?.length) add('c.regions && ?::text[]', f.region);
  if (f.kind?.length) add('c.kind = ANY(?::text[])', f.kind);
  if (f.status?.length) add('c.status = ANY(?::text[])', f.status);
  if (f.visibleTo) where.push(clusterVisibleSql('c', f.visibleTo, (v) => (params.push(v), `$${params.length}`)));
  const whereSql = `WHERE ${where.join(' AND ')}`;
  const pageSize = Math.min(Math.max(f.pageSize ?? 50, 1), 500);
  const page = Math.max(f.page ?? 1, 1);
  const total = (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM clusters c ${whereSql}`, params))[0]!.n;
  // The page is cut first, then counted: per-cluster counts for the rows shown only (with subqueries in the
  // select list, PostgreSQL counted every matching cluster before the LIMIT, and at 1 000 clusters the plan's
  // cost crossed jit_above_cost, adding ~80 ms of JIT compilation to every request).
  const rows = await db.query(
    `SELECT c.id, c.code, c.name, c.kind, c.status, c.specialization, c.regions, c.is_demo, so.name AS so_name,
       ARRAY(SELECT r.name_ru FROM regions r WHERE r.code = ANY(c.regions) ORDER BY r.name_ru) AS region_names,
       n.participant_count, n.industrial_count, n.sme_count
     FROM (SELECT c.* FROM clusters c ${whereSql} ORDER BY c.name COLLATE klaster_ru, c.id LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}) c
     LEFT JOIN organisations so ON so.id = c.specialized_org_id
     CROSS JOIN LATERAL (
       SELECT count(*)::int AS participant_count, (count(*) FILTER (WHERE o.kind = 'industrial'))::int AS industrial_count,
              (count(*) FILTER (WHERE o.sme_category IN ('micro', 'small', 'medium')))::int AS sme_count
       FROM cluster_participants cp JOIN organisations o ON o.id = cp.organisation_id WHERE cp.cluster_id = c.id) n
     ORDER BY c.name COLLATE klaster_ru, c.id`,
    params,
  );
  return {
    total,
    items: rows.map((r) => ({
      id: Number(r.id), code: r.code as string, name: r.name as string, kind: r.kind as string, status: r.status as string,
      specialization: r.specialization as string, regions: r.regions as string[], regionNames: r.region_names as string[],
      participantCount: r.participant_count as number, industrialCount: r.industrial_count as number, smeCount: r.sme_count as number,
      specializedOrgName: (r.so_name as string) ?? null, isDemo: Boolean(r.is_demo),
    })),
  };
}

export interface ClusterParticipantView {
  organisationId: number;
  inn: string;
  name: string;
  kind: string;
  okvedMain: string;
  regionCode: string;
  oktmo: string | null;
  municipalityName: string | null;
  smeCategory: string | null;
  headcount: number | null;
  revenue: number | null;
  lat: number | null;
  lon: number | null;
  role: string;
  joinedOn: string | null;
  leftOn: string | null;
  specialTerritory: boolean;
}

export interface ClusterView extends ClusterSnapshot {
  specializedOrg: { id: number; inn: string; name: string; ogrn: string | null } | null;
  participantsDetailed: ClusterParticipantView[];
  version: number;
  createdAt: string;
  updatedAt: string;
}

export async function getCluster(db: Sql, idOrCode: number | string): Promise<ClusterView | null> {
  const [c] = await db.query(
    `SELECT c.id, c.version, c.created_at, c.updated_at, so.id AS so_id, so.inn AS so_inn, so.name AS so_name, so.ogrn AS so_ogrn
     FROM clusters c LEFT JOIN organisations so ON so.id = c.specialized_org_id WHERE ${typeof idOrCode === 'string' ? 'c.code' : 'c.id'} = $1`,
    [idOrCode],
  );
  if (!c) return null;
  const snapshot = (await loadClusterSnapshot(db, Number(c.id)))!;
  const participants = await db.query(
    `SELECT o.id, o.inn, o.name, o.kind, o.okved_main, o.region_code, o.oktmo, m.name_ru AS municipality_name, o.sme_category,
            o.headcount, o.revenue, o.lat, o.lon, cp.role, cp.joined_on, cp.left_on, cp.special_territory
     FROM cluster_participants cp JOIN organisations o ON o.id = cp.organisation_id
     LEFT JOIN municipalities m ON m.oktmo = o.oktmo
     WHERE cp.cluster_id = $1 ORDER BY (cp.role = 'anchor') DESC, o.name COLLATE klaster_ru`,
    [c.id],
  );
  const iso = (v: unknown) => (v instanceof Date ? v.toISOString() : String(v));
  return {
    ...snapshot,
    version: Number(c.version),
    createdAt: iso(c.created_at),
    updatedAt: iso(c.updated_at),
    specializedOrg: c.so_id ? { id: Number(c.so_id), inn: c.so_inn as string, name: c.so_name as string, ogrn: (c.so_ogrn as string) ?? null } : null,
    participantsDetailed: participants.map((p) => ({
      organisationId: Number(p.id), inn: p.inn as string, name: p.name as string, kind: p.kind as string, okvedMain: p.okved_main as string,
      regionCode: p.region_code as string, oktmo: (p.oktmo as string) ?? null, municipalityName: (p.municipality_name as string) ?? null,
      smeCategory: (p.sme_category as string) ?? null, headcount: (p.headcount as number) ?? null,
      revenue: p.revenue == null ? null : Number(p.revenue), lat: (p.lat as number) ?? null, lon: (p.lon as number) ?? null,
      role: p.role as string, joinedOn: (p.joined_on as string) ?? null, leftOn: (p.left_on as string) ?? null,
      specialTerritory: Boolean(p.special_territory),
    })),
  };
}

/** Clusters an organisation takes part in. */
export async function clustersOfOrganisation(db: Sql, organisationId: number, visibleTo?: Visibility): Promise<{ id: number; code: string; name: string; role: string; status: string }[]> {
  const params: unknown[] = [organisationId];
  const visible = clusterVisibleSql('c', visibleTo, (v) => (params.push(v), `$${params.length}`));
  const rows = await db.query(
    `SELECT c.id, c.code, c.name, cp.role, c.status FROM cluster_participants cp JOIN clusters c ON c.id = cp.cluster_id
     WHERE cp.organisation_id = $1 AND c.deleted_at IS NULL AND ${visible} ORDER BY c.name COLLATE klaster_ru`,
    params,
  );
  return rows.map((r) => ({ id: Number(r.id), code: r.code as string, name: r.name as string, role: r.role as string, status: r.status as string }));
}

import type { Sql } from './driver.ts';

export interface OrganisationView {
  id: number;
  inn: string;
  ogrn: string | null;
  kpp: string | null;
  name: string;
  shortName: string | null;
  kind: string;
  okvedMain: string;
  okvedExtra: string[];
  regionCode: string;
  regionName: string;
  oktmo: string | null;
  municipalityName: string | null;
  address: string | null;
  lat: number | null;
  lon: number | null;
  years: { year: number; headcount: number | null; revenue: number | null }[];
  dataYear: number | null;
  headcount: number | null;
  revenue: number | null;
  smeCategory: string | null;
  products: { okpd2: string; name: string | null }[];
  isDemo: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

const SELECT_VIEW = `
  SELECT o.id, o.inn, o.ogrn, o.kpp, o.name, o.short_name, o.kind, o.okved_main, o.okved_extra, o.region_code,
         r.name_ru AS region_name, o.oktmo, m.name_ru AS municipality_name, o.address, o.lat, o.lon, o.years, o.data_year,
         o.headcount, o.revenue, o.sme_category, o.products, o.is_demo, o.version, o.created_at, o.updated_at, o.deleted_at
  FROM organisations o
  JOIN regions r ON r.code = o.region_code
  LEFT JOIN municipalities m ON m.oktmo = o.oktmo`;

type Raw = Record<string, unknown>;
const iso = (v: unknown) => (v instanceof Date ? v.toISOString() : v == null ? null : String(v));

export function toOrganisationView(r: Raw): OrganisationView {
  return {
    id: Number(r.id),
    inn: r.inn as string,
    ogrn: (r.ogrn as string) ?? null,
    kpp: (r.kpp as string) ?? null,
    name: r.name as string,
    shortName: (r.short_name as string) ?? null,
    kind: r.kind as string,
    okvedMain: r.okved_main as string,
    okvedExtra: (r.okved_extra as string[]) ?? [],
    regionCode: r.region_code as string,
    regionName: r.region_name as string,
    oktmo: (r.oktmo as string) ?? null,
    municipalityName: (r.municipality_name as string) ?? null,
    address: (r.address as string) ?? null,
    lat: (r.lat as number) ?? null,
    lon: (r.lon as number) ?? null,
    years: (r.years as OrganisationView['years']) ?? [],
    dataYear: (r.data_year as number) ?? null,
    headcount: (r.headcount as number) ?? null,
    revenue: r.revenue == null ? null : Number(r.revenue),
    smeCategory: (r.sme_category as string) ?? null,
    products: (r.products as OrganisationView['products']) ?? [],
    isDemo: Boolean(r.is_demo),
    version: Number(r.version),
    createdAt: iso(r.created_at)!,
    updatedAt: iso(r.updated_at)!,
    deletedAt: iso(r.deleted_at),
  };
}

export interface OrganisationFilter {
  q?: string;
  region?: string[];
  kind?: string[];
  okved?: string;
  sme?: string[];
  clusterId?: number;
  includeDeleted?: boolean;
  sort?: 'name' | '-name' | 'headcount' | '-headcount' | 'revenue' | '-revenue' | 'inn' | '-inn';
  page?: number;
  pageSize?: number;
}

const SORTS: Record<NonNullable<OrganisationFilter['sort']>, string> = {
  name: 'o.name COLLATE klaster_ru ASC, o.id',
  '-name': 'o.name COLLATE klaster_ru DESC, o.id',
  headcount: 'o.headcount ASC NULLS LAST, o.id',
  '-headcount': 'o.headcount DESC NULLS LAST, o.id',
  revenue: 'o.revenue ASC NULLS LAST, o.id',
  '-revenue': 'o.revenue DESC NULLS LAST, o.id',
  inn: 'o.inn ASC',
  '-inn': 'o.inn DESC',
};

/** Search by name (substring, case-insensitive) or INN/OGRN prefix, with filters and pagination. */
export async function listOrganisations(db: Sql, f: OrganisationFilter): Promise<{ items: OrganisationView[]; total: number }> {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    where.push(sql.replaceAll('?', `$${params.length}`));
  };
  if (!f.includeDeleted) where.push('o.deleted_at IS NULL');
  if (f.q?.trim()) {
    const q = f.q.trim();
    if (/^\d+$/.test(q)) add(`(o.inn LIKE ? || '%' OR o.ogrn LIKE ? || '%')`, q);
    else add(`(o.name ILIKE '%' || ? || '%' OR o.short_name ILIKE '%' || ? || '%')`, q.replace(/[%_\\]/g, '\\$&'));
  }
  if (f.region?.length) add('o.region_code = ANY(?::text[])', f.region);
  if (f.kind?.length) add('o.kind = ANY(?::text[])', f.kind);
  if (f.sme?.length) add('o.sme_category = ANY(?::text[])', f.sme);
  if (f.okved) add(`(o.okved_main LIKE ? || '%' OR EXISTS (SELECT 1 FROM unnest(o.okved_extra) e WHERE e LIKE ? || '%'))`, f.okved);
  if (f.clusterId) add('EXISTS (SELECT 1 FROM cluster_participants cp WHERE cp.organisation_id = o.id AND cp.cluster_id = ?)', f.clusterId);
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const pageSize = Math.min(Math.max(f.pageSize ?? 50, 1), 500);
  const page = Math.max(f.page ?? 1, 1);
  const [{ total }] = (await db.query<{ total: number }>(`SELECT count(*)::int AS total FROM organisations o ${whereSql}`, params)) as [
    { total: number },
  ];
  const rows = await db.query(
    `${SELECT_VIEW} ${whereSql} ORDER BY ${SORTS[f.sort ?? 'name']} LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
    params,
  );
  return { items: rows.map(toOrganisationView), total };
}

export async function getOrganisation(db: Sql, idOrInn: number | string): Promise<OrganisationView | null> {
  const byInn = typeof idOrInn === 'string';
  const rows = await db.query(`${SELECT_VIEW} WHERE ${byInn ? 'o.inn = $1' : 'o.id = $1'}`, [idOrInn]);
  return rows[0] ? toOrganisationView(rows[0]) : null;
}

/** Every organisation as an import-compatible record, for exports (in name order). */
export async function exportOrganisationRows(db: Sql): Promise<OrganisationView[]> {
  const rows = await db.query(`${SELECT_VIEW} WHERE o.deleted_at IS NULL ORDER BY o.name COLLATE klaster_ru, o.id`);
  return rows.map(toOrganisationView);
}

/** Ids of the live organisations with these INNs (in no particular order; unknown INNs are left out). */
export async function organisationIdsByInn(db: Sql, inns: string[]): Promise<number[]> {
  const rows = await db.query<{ id: number }>(`SELECT id FROM organisations WHERE inn = ANY($1::text[]) AND deleted_at IS NULL`, [inns]);
  return rows.map((r) => Number(r.id));
}

import type { Row, Sql } from './driver.ts';

export interface NeedView {
  id: number;
  buyerId: number;
  buyerInn: string;
  buyerName: string;
  okpd2: string[];
  description: string;
  volume: number | null;
  unit: string;
  deliveryRegion: string;
  deadline: string | null;
  replacesImport: boolean;
  status: 'open' | 'closed';
  isDemo: boolean;
  /** The delivery point: the buyer's site when it is in the delivery region, else the region's capital. */
  lat: number | null;
  lon: number | null;
}

export interface CapabilityView {
  id: number;
  supplierId: number;
  supplierInn: string;
  supplierName: string;
  okpd2: string[];
  description: string;
  capacity: number | null;
  unit: string;
  regionCode: string;
  lat: number | null;
  lon: number | null;
  smeCategory: string | null;
  isDemo: boolean;
}

export interface MatchListFilter {
  organisationId?: number;
  region?: string[];
  /** Any code starting with this prefix ("25.11"). */
  okpd2?: string;
  status?: 'open' | 'closed';
  page?: number;
  pageSize?: number;
  /** A key of LIST_ORDER ("-" first: descending); default newest first. */
  sort?: string;
}

/**
 * What the lists can be sorted by: the organisation's name (Russian collation), the amount (a need's volume, a
 * capability's capacity), a need's deadline, the region's name. Unknown amounts and dates go last either way;
 * the id breaks ties so pages never overlap.
 */
const LIST_ORDER: Record<'n' | 'c', Record<string, string>> = {
  n: { name: 'o.name COLLATE klaster_ru', volume: 'n.volume', deadline: 'n.deadline', region: 'r.name_ru COLLATE klaster_ru' },
  c: { name: 'o.name COLLATE klaster_ru', capacity: 'c.capacity', region: '(SELECT name_ru FROM regions WHERE code = c.region_code) COLLATE klaster_ru' },
};

function orderBy(alias: 'n' | 'c', sort: string | undefined): string {
  const expression = sort ? LIST_ORDER[alias][sort.replace(/^-/, '')] : undefined;
  if (!expression) return `${alias}.id DESC`;
  return `${expression} ${sort!.startsWith('-') ? 'DESC' : 'ASC'} NULLS LAST, ${alias}.id DESC`;
}

const num = (v: unknown) => (v == null ? null : Number(v));

const NEED_SELECT = `SELECT n.id, n.buyer_id, o.inn AS buyer_inn, o.name AS buyer_name, n.okpd2, n.description, n.volume, n.unit,
  n.delivery_region, n.deadline, n.replaces_import, n.status, n.is_demo,
  CASE WHEN o.region_code = n.delivery_region AND o.lat IS NOT NULL THEN o.lat ELSE coalesce(r.capital_lat, r.centroid_lat) END AS lat,
  CASE WHEN o.region_code = n.delivery_region AND o.lat IS NOT NULL THEN o.lon ELSE coalesce(r.capital_lon, r.centroid_lon) END AS lon
  FROM needs n JOIN organisations o ON o.id = n.buyer_id JOIN regions r ON r.code = n.delivery_region`;

const CAPABILITY_SELECT = `SELECT c.id, c.supplier_id, o.inn AS supplier_inn, o.name AS supplier_name, c.okpd2, c.description, c.capacity,
  c.unit, c.region_code, c.lat, c.lon, o.sme_category, c.is_demo
  FROM capabilities c JOIN organisations o ON o.id = c.supplier_id`;

export function toNeedView(r: Row): NeedView {
  return {
    id: Number(r.id), buyerId: Number(r.buyer_id), buyerInn: r.buyer_inn as string, buyerName: r.buyer_name as string,
    okpd2: r.okpd2 as string[], description: r.description as string, volume: num(r.volume), unit: r.unit as string,
    deliveryRegion: r.delivery_region as string, deadline: (r.deadline as string) ?? null, replacesImport: Boolean(r.replaces_import),
    status: r.status as 'open' | 'closed', isDemo: Boolean(r.is_demo), lat: num(r.lat), lon: num(r.lon),
  };
}

export function toCapabilityView(r: Row): CapabilityView {
  return {
    id: Number(r.id), supplierId: Number(r.supplier_id), supplierInn: r.supplier_inn as string, supplierName: r.supplier_name as string,
    okpd2: r.okpd2 as string[], description: r.description as string, capacity: num(r.capacity), unit: r.unit as string,
    regionCode: r.region_code as string, lat: num(r.lat), lon: num(r.lon), smeCategory: (r.sme_category as string) ?? null, isDemo: Boolean(r.is_demo),
  };
}

function whereClause(alias: 'n' | 'c', f: MatchListFilter): { sql: string; params: unknown[] } {
  const where = ['o.deleted_at IS NULL'];
  const params: unknown[] = [];
  const add = (sql: string, v: unknown) => {
    params.push(v);
    where.push(sql.replaceAll('?', `$${params.length}`));
  };
  if (f.organisationId) add(`${alias}.${alias === 'n' ? 'buyer_id' : 'supplier_id'} = ?`, f.organisationId);
  if (f.region?.length) add(`${alias}.${alias === 'n' ? 'delivery_region' : 'region_code'} = ANY(?::text[])`, f.region);
  if (f.okpd2) add(`EXISTS (SELECT 1 FROM unnest(${alias}.okpd2) code WHERE code LIKE ? || '%')`, f.okpd2);
  if (f.status && alias === 'n') add('n.status = ?', f.status);
  return { sql: where.join(' AND '), params };
}

async function listPage<T>(db: Sql, select: string, alias: 'n' | 'c', f: MatchListFilter, map: (r: Row) => T): Promise<{ items: T[]; total: number }> {
  const { sql, params } = whereClause(alias, f);
  const pageSize = Math.min(Math.max(f.pageSize ?? 50, 1), 500);
  const offset = (Math.max(f.page ?? 1, 1) - 1) * pageSize;
  const table = alias === 'n' ? 'needs n' : 'capabilities c';
  const key = alias === 'n' ? 'buyer_id' : 'supplier_id';
  const total = (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} JOIN organisations o ON o.id = ${alias}.${key} WHERE ${sql}`, params))[0]!.n;
  const rows = await db.query(`${select} WHERE ${sql} ORDER BY ${orderBy(alias, f.sort)} LIMIT ${pageSize} OFFSET ${offset}`, params);
  return { items: rows.map(map), total };
}

export const listNeeds = (db: Sql, f: MatchListFilter) => listPage(db, NEED_SELECT, 'n', f, toNeedView);
export const listCapabilities = (db: Sql, f: MatchListFilter) => listPage(db, CAPABILITY_SELECT, 'c', f, toCapabilityView);

export async function getNeed(db: Sql, id: number): Promise<NeedView | null> {
  const [row] = await db.query(`${NEED_SELECT} WHERE n.id = $1`, [id]);
  return row ? toNeedView(row) : null;
}

export async function getCapability(db: Sql, id: number): Promise<CapabilityView | null> {
  const [row] = await db.query(`${CAPABILITY_SELECT} WHERE c.id = $1`, [id]);
  return row ? toCapabilityView(row) : null;
}

export interface BoundingBox {
  minLat: number;
  maxLat: number;
  minLon: number;
  maxLon: number;
}

/** The prefilter of a ranking: rows sharing a two-digit OKPD2 class, optionally in regions and a box. */
export interface CandidateQuery {
  classes: readonly string[];
  excludeOrganisationId: number;
  regions?: readonly string[];
  box?: BoundingBox;
  smeOnly?: boolean;
}

/** One tier of capability candidates: carrying one of `prefixes` and none of `notPrefixes` (digit prefixes). */
export interface CapabilityTierQuery {
  prefixes: readonly string[];
  notPrefixes?: readonly string[];
  excludeOrganisationId: number;
  /** Only these suppliers (the buyer's related organisations). */
  supplierIds?: readonly number[];
  regions?: readonly string[];
  box?: BoundingBox;
  smeOnly?: boolean;
}

/** Capabilities of a tier (GIN index on okpd2_prefixes, then the box on the lat index and cheap column filters). */
export async function capabilityCandidates(db: Sql, q: CapabilityTierQuery): Promise<CapabilityView[]> {
  const params: unknown[] = [q.prefixes, q.excludeOrganisationId];
  const where = ['c.okpd2_prefixes && $1::text[]', 'c.supplier_id <> $2', 'o.deleted_at IS NULL'];
  if (q.notPrefixes?.length) where.push(`NOT c.okpd2_prefixes && $${params.push(q.notPrefixes)}::text[]`);
  if (q.supplierIds) where.push(`c.supplier_id = ANY($${params.push(q.supplierIds)}::bigint[])`);
  if (q.regions?.length) where.push(`c.region_code = ANY($${params.push(q.regions)}::text[])`);
  if (q.box) {
    where.push(`c.lat BETWEEN $${params.push(q.box.minLat)} AND $${params.push(q.box.maxLat)}`);
    where.push(`c.lon BETWEEN $${params.push(q.box.minLon)} AND $${params.push(q.box.maxLon)}`);
  }
  if (q.smeOnly) where.push(`o.sme_category IN ('micro', 'small', 'medium')`);
  const rows = await db.query(`${CAPABILITY_SELECT} WHERE ${where.join(' AND ')}`, params);
  return rows.map(toCapabilityView);
}

/** Open needs a capability could serve. */
export async function needCandidates(db: Sql, q: CandidateQuery): Promise<NeedView[]> {
  const params: unknown[] = [q.classes, q.excludeOrganisationId];
  const where = [`n.okpd2_classes && $1::text[]`, 'n.buyer_id <> $2', `n.status = 'open'`, 'o.deleted_at IS NULL'];
  if (q.regions?.length) where.push(`n.delivery_region = ANY($${params.push(q.regions)}::text[])`);
  const rows = await db.query(`${NEED_SELECT} WHERE ${where.join(' AND ')}`, params);
  return rows.map(toNeedView);
}

/** How one organisation relates to others: years of past supplies each way and its cluster mates. */
export interface OrganisationRelations {
  pastLinkYears: Map<number, number>;
  clusterMates: Set<number>;
}

/** role 'buyer': years each supplier delivered to it; role 'supplier': years it delivered to each buyer. */
export async function relationsOf(db: Sql, organisationId: number, role: 'buyer' | 'supplier'): Promise<OrganisationRelations> {
  const [self, other] = role === 'buyer' ? ['buyer_id', 'supplier_id'] : ['supplier_id', 'buyer_id'];
  const links = await db.query<{ other: number; years: number }>(
    `SELECT ${other} AS other, count(DISTINCT year)::int AS years FROM links WHERE ${self} = $1 AND deleted_at IS NULL GROUP BY ${other}`,
    [organisationId],
  );
  const mates = await db.query<{ id: number }>(
    `SELECT DISTINCT m.organisation_id AS id FROM cluster_participants me
     JOIN clusters c ON c.id = me.cluster_id AND c.deleted_at IS NULL
     JOIN cluster_participants m ON m.cluster_id = me.cluster_id AND m.left_on IS NULL
     WHERE me.organisation_id = $1 AND me.left_on IS NULL AND m.organisation_id <> $1`,
    [organisationId],
  );
  return { pastLinkYears: new Map(links.map((l) => [Number(l.other), l.years])), clusterMates: new Set(mates.map((m) => Number(m.id))) };
}

import type { LinkInput } from '@klaster/core';
import type { Sql } from './driver.ts';
import { softDeleteRow } from './soft-delete.ts';
import { linkVisibleSql, type Visibility } from './visibility.ts';
import { preferHashJoins, type WriteCounts } from './organisation.repository.ts';

const UPSERT_LINKS_SQL = `
WITH input AS (
  SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[], $6::float8[], $7::text[], $8::bool[])
    AS t(supplier_inn, buyer_inn, okpd2, product, year, volume, source, is_demo)
), prepared AS (
  SELECT s.id AS supplier_id, b.id AS buyer_id, s.region_code, i.okpd2, i.product, i.year,
         i.volume::numeric(20,2) AS volume, i.source, i.is_demo
  FROM input i
  JOIN organisations s ON s.inn = i.supplier_inn AND s.inn = ANY($1::text[]) AND s.deleted_at IS NULL
  JOIN organisations b ON b.inn = i.buyer_inn AND b.inn = ANY($2::text[]) AND b.deleted_at IS NULL
), previous AS (
  -- The upsert runs with nested loops off (preferHashJoins): a plain join of prepared to links hash-joined a full
  -- scan of links on every call (3 s per link at 3 000 000 links). "= ANY" of the INNs and of the supplier ids
  -- keeps both lookups on their unique indexes, as in the organisation upsert.
  SELECT l.* FROM links l
  WHERE l.supplier_id = ANY(ARRAY(SELECT supplier_id FROM prepared))
    AND (l.supplier_id, l.buyer_id, l.okpd2, l.year, l.source) IN (SELECT supplier_id, buyer_id, okpd2, year, source FROM prepared)
), written AS (
  INSERT INTO links AS l (supplier_id, buyer_id, region_code, okpd2, product, year, volume, source, is_demo)
  SELECT supplier_id, buyer_id, region_code, okpd2, product, year, volume, source, is_demo FROM prepared
  ON CONFLICT (supplier_id, buyer_id, okpd2, year, source) DO UPDATE SET
    product = excluded.product, volume = excluded.volume, region_code = excluded.region_code, is_demo = excluded.is_demo,
    deleted_at = NULL, version = l.version + 1, updated_at = now()
  WHERE (l.product, l.volume, l.region_code, l.is_demo) IS DISTINCT FROM (excluded.product, excluded.volume, excluded.region_code, excluded.is_demo)
     OR l.deleted_at IS NOT NULL
  RETURNING l.*
), logged AS (
  INSERT INTO history (entity, entity_id, action, actor, before, after)
  SELECT 'link', w.id, CASE WHEN p.id IS NULL THEN 'create' WHEN p.deleted_at IS NOT NULL THEN 'restore' ELSE 'update' END,
         $9, to_jsonb(p), to_jsonb(w)
  FROM written w LEFT JOIN previous p ON p.id = w.id
  RETURNING action
)
SELECT action, count(*)::int AS n FROM logged GROUP BY action`;

const linkKey = (l: LinkInput) => [l.supplierInn, l.buyerInn, l.okpd2 ?? '', l.year, l.source].join('|');

/**
 * Inserts or updates links keyed by (supplier, buyer, OKPD2, year, source). Both organisations must exist:
 * the import service checks that first and reports unknown INNs per row.
 */
export async function upsertLinks(tx: Sql, inputs: LinkInput[], actor: string): Promise<WriteCounts> {
  await preferHashJoins(tx);
  const unique = [...new Map(inputs.map((l) => [linkKey(l), l])).values()];
  const counts: WriteCounts = { created: 0, updated: 0, restored: 0, unchanged: 0 };
  for (let start = 0; start < unique.length; start += 5000) {
    const b = unique.slice(start, start + 5000);
    const rows = await tx.query<{ action: string; n: number }>(UPSERT_LINKS_SQL, [
      b.map((l) => l.supplierInn), b.map((l) => l.buyerInn), b.map((l) => l.okpd2 ?? ''), b.map((l) => l.product ?? null),
      b.map((l) => l.year), b.map((l) => l.volume), b.map((l) => l.source), b.map((l) => l.isDemo ?? false), actor,
    ]);
    for (const r of rows) {
      if (r.action === 'create') counts.created += r.n;
      else if (r.action === 'update') counts.updated += r.n;
      else counts.restored += r.n;
    }
  }
  counts.unchanged = unique.length - counts.created - counts.updated - counts.restored;
  return counts;
}

export const softDeleteLink = (tx: Sql, id: number, actor: string): Promise<boolean> => softDeleteRow(tx, 'links', id, actor);

export interface LinkView {
  id: number;
  supplierId: number;
  supplierInn: string;
  supplierName: string;
  buyerId: number;
  buyerInn: string;
  buyerName: string;
  regionCode: string;
  okpd2: string;
  product: string | null;
  year: number;
  volume: number;
  source: string;
  isDemo: boolean;
}

export interface LinkFilter {
  linkId?: number;
  organisationId?: number;
  region?: string[];
  year?: number;
  clusterId?: number;
  /** Only the links this reader may see (none for the public). */
  visibleTo?: Visibility;
  page?: number;
  pageSize?: number;
}

function toLinkView(r: Record<string, unknown>): LinkView {
  return {
    id: Number(r.id), supplierId: Number(r.supplier_id), supplierInn: r.supplier_inn as string, supplierName: r.supplier_name as string,
    buyerId: Number(r.buyer_id), buyerInn: r.buyer_inn as string, buyerName: r.buyer_name as string, regionCode: r.region_code as string,
    okpd2: r.okpd2 as string, product: (r.product as string) ?? null, year: Number(r.year), volume: Number(r.volume),
    source: r.source as string, isDemo: Boolean(r.is_demo),
  };
}

export async function listLinks(db: Sql, f: LinkFilter): Promise<{ items: LinkView[]; total: number }> {
  const where = ['l.deleted_at IS NULL'];
  const params: unknown[] = [];
  const add = (sql: string, v: unknown) => {
    params.push(v);
    where.push(sql.replaceAll('?', `$${params.length}`));
  };
  if (f.linkId) add('l.id = ?', f.linkId);
  if (f.organisationId) add('(l.supplier_id = ? OR l.buyer_id = ?)', f.organisationId);
  if (f.region?.length) add('(s.region_code = ANY(?::text[]) OR b.region_code = ANY(?::text[]))', f.region);
  if (f.year) add('l.year = ?', f.year);
  if (f.clusterId)
    add(`(l.supplier_id IN (SELECT organisation_id FROM cluster_participants WHERE cluster_id = ?)
          AND l.buyer_id IN (SELECT organisation_id FROM cluster_participants WHERE cluster_id = ?))`, f.clusterId);
  if (f.visibleTo) where.push(linkVisibleSql('l', 's', 'b', f.visibleTo, (v) => (params.push(v), `$${params.length}`)));
  const from = `FROM links l JOIN organisations s ON s.id = l.supplier_id JOIN organisations b ON b.id = l.buyer_id
                WHERE ${where.join(' AND ')}`;
  const pageSize = Math.min(Math.max(f.pageSize ?? 100, 1), 5000);
  const page = Math.max(f.page ?? 1, 1);
  const total = (await db.query<{ n: number }>(`SELECT count(*)::int AS n ${from}`, params))[0]!.n;
  const rows = await db.query(
    `SELECT l.*, s.inn AS supplier_inn, s.name AS supplier_name, b.inn AS buyer_inn, b.name AS buyer_name ${from}
     ORDER BY l.volume DESC, l.id LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
    params,
  );
  return { items: rows.map(toLinkView), total };
}

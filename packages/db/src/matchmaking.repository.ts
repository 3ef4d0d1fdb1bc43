import type { CapabilityInput, NeedInput } from '@klaster/core/matching/index.ts';
import { okpd2Classes, okpd2Prefixes } from '@klaster/core/matching/index.ts';
import type { Sql } from './driver.ts';
import type { WriteCounts } from './organisation.repository.ts';

export * from './matchmaking-queries.ts';
export * from './contact-request.repository.ts';
export * from './value-chain.queries.ts';
export * from './investor-chains.queries.ts';

const BATCH = 5000;
const sortedCodes = (codes: readonly string[]) => [...new Set(codes.map((c) => c.trim()))].sort();

const UPSERT_NEEDS_SQL = `
WITH input AS (
  SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::float8[], $6::text[], $7::text[], $8::text[], $9::bool[], $10::text[], $11::bool[])
    AS t(buyer_inn, okpd2, classes, description, volume, unit, delivery_region, deadline, replaces_import, status, is_demo)
)
INSERT INTO needs AS n (buyer_id, okpd2, okpd2_classes, description, volume, unit, delivery_region, deadline, replaces_import, status, is_demo, created_by)
SELECT o.id, string_to_array(i.okpd2, ','), string_to_array(i.classes, ','), i.description, i.volume::numeric(20,2), i.unit,
       coalesce(i.delivery_region, o.region_code), i.deadline::date, i.replaces_import, i.status, i.is_demo, $12
FROM input i JOIN organisations o ON o.inn = i.buyer_inn AND o.deleted_at IS NULL
ON CONFLICT (buyer_id, okpd2, description) DO UPDATE SET
  volume = excluded.volume, unit = excluded.unit, delivery_region = excluded.delivery_region, deadline = excluded.deadline,
  replaces_import = excluded.replaces_import, status = excluded.status, is_demo = excluded.is_demo, updated_at = now()
WHERE (n.volume, n.unit, n.delivery_region, n.deadline, n.replaces_import, n.status, n.is_demo)
  IS DISTINCT FROM (excluded.volume, excluded.unit, excluded.delivery_region, excluded.deadline, excluded.replaces_import, excluded.status, excluded.is_demo)
RETURNING n.id, (xmax = 0) AS inserted`;

const UPSERT_CAPABILITIES_SQL = `
WITH input AS (
  SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::float8[], $6::text[], $7::text[], $8::float8[], $9::float8[], $10::bool[])
    AS t(supplier_inn, okpd2, prefixes, description, capacity, unit, region_code, lat, lon, is_demo)
)
INSERT INTO capabilities AS c (supplier_id, okpd2, okpd2_prefixes, description, capacity, unit, region_code, lat, lon, is_demo, created_by)
SELECT o.id, string_to_array(i.okpd2, ','), string_to_array(i.prefixes, ','), i.description, i.capacity::numeric(20,2), i.unit,
       coalesce(i.region_code, o.region_code),
       CASE WHEN i.lat IS NULL OR i.lon IS NULL THEN o.lat ELSE i.lat END,
       CASE WHEN i.lat IS NULL OR i.lon IS NULL THEN o.lon ELSE i.lon END, i.is_demo, $11
FROM input i JOIN organisations o ON o.inn = i.supplier_inn AND o.deleted_at IS NULL
ON CONFLICT (supplier_id, okpd2, description) DO UPDATE SET
  capacity = excluded.capacity, unit = excluded.unit, region_code = excluded.region_code, lat = excluded.lat, lon = excluded.lon,
  is_demo = excluded.is_demo, updated_at = now()
WHERE (c.capacity, c.unit, c.region_code, c.lat, c.lon, c.is_demo)
  IS DISTINCT FROM (excluded.capacity, excluded.unit, excluded.region_code, excluded.lat, excluded.lon, excluded.is_demo)
RETURNING c.id, (xmax = 0) AS inserted`;

export interface UpsertResult extends WriteCounts {
  /** Ids of the rows created or changed, in no particular order. */
  ids: number[];
}

async function runBatches<T>(tx: Sql, sql: string, inputs: T[], key: (x: T) => string, params: (b: T[]) => unknown[]): Promise<UpsertResult> {
  const unique = [...new Map(inputs.map((x) => [key(x), x])).values()];
  const result: UpsertResult = { created: 0, updated: 0, restored: 0, unchanged: 0, ids: [] };
  for (let start = 0; start < unique.length; start += BATCH) {
    const rows = await tx.query<{ id: number; inserted: boolean }>(sql, params(unique.slice(start, start + BATCH)));
    for (const r of rows) {
      result.ids.push(Number(r.id));
      if (r.inserted) result.created++;
      else result.updated++;
    }
  }
  result.unchanged = unique.length - result.created - result.updated;
  return result;
}

/**
 * Inserts needs, or updates the one with the same buyer, codes and description (so a re-imported file
 * changes nothing). Buyers are named by INN and must exist; unknown INNs are skipped (the import checks first).
 */
export function upsertNeeds(tx: Sql, inputs: readonly NeedInput[], actor: string): Promise<UpsertResult> {
  const rows = inputs.map((n) => ({ ...n, codes: sortedCodes(n.okpd2), text: (n.description ?? '').trim() }));
  return runBatches(tx, UPSERT_NEEDS_SQL, rows, (n) => `${n.buyerInn}|${n.codes.join(',')}|${n.text}`, (b) => [
    b.map((n) => n.buyerInn), b.map((n) => n.codes.join(',')), b.map((n) => okpd2Classes(n.codes).join(',')), b.map((n) => n.text),
    b.map((n) => n.volume ?? null), b.map((n) => n.unit || 'руб.'), b.map((n) => n.deliveryRegion ?? null), b.map((n) => n.deadline ?? null),
    b.map((n) => n.replacesImport ?? false), b.map((n) => n.status ?? 'open'), b.map((n) => n.isDemo ?? false), actor,
  ]);
}

/** Inserts capabilities or updates the one with the same supplier, codes and description. */
export function upsertCapabilities(tx: Sql, inputs: readonly CapabilityInput[], actor: string): Promise<UpsertResult> {
  const rows = inputs.map((c) => ({ ...c, codes: sortedCodes(c.okpd2), text: (c.description ?? '').trim() }));
  return runBatches(tx, UPSERT_CAPABILITIES_SQL, rows, (c) => `${c.supplierInn}|${c.codes.join(',')}|${c.text}`, (b) => [
    b.map((c) => c.supplierInn), b.map((c) => c.codes.join(',')), b.map((c) => okpd2Prefixes(c.codes).join(',')), b.map((c) => c.text),
    b.map((c) => c.capacity ?? null), b.map((c) => c.unit || 'руб.'), b.map((c) => c.regionCode ?? null), b.map((c) => c.lat ?? null),
    b.map((c) => c.lon ?? null), b.map((c) => c.isDemo ?? false), actor,
  ]);
}

/** The id of a buyer's need with these codes and description (the upsert key), whether or not the upsert changed it. */
export async function findNeedId(db: Sql, n: Pick<NeedInput, 'buyerInn' | 'okpd2' | 'description'>): Promise<number | null> {
  const [row] = await db.query<{ id: number }>(
    `SELECT n.id FROM needs n JOIN organisations o ON o.id = n.buyer_id WHERE o.inn = $1 AND n.okpd2 = $2::text[] AND n.description = $3`,
    [n.buyerInn, sortedCodes(n.okpd2), (n.description ?? '').trim()],
  );
  return row ? Number(row.id) : null;
}

export async function findCapabilityId(db: Sql, c: Pick<CapabilityInput, 'supplierInn' | 'okpd2' | 'description'>): Promise<number | null> {
  const [row] = await db.query<{ id: number }>(
    `SELECT c.id FROM capabilities c JOIN organisations o ON o.id = c.supplier_id WHERE o.inn = $1 AND c.okpd2 = $2::text[] AND c.description = $3`,
    [c.supplierInn, sortedCodes(c.okpd2), (c.description ?? '').trim()],
  );
  return row ? Number(row.id) : null;
}

/** The id of the link an accepted contact request declared. */
export async function findDeclaredLinkId(db: Sql, supplierId: number, buyerId: number, okpd2: string, year: number): Promise<number | null> {
  const [row] = await db.query<{ id: number }>(
    `SELECT id FROM links WHERE supplier_id = $1 AND buyer_id = $2 AND okpd2 = $3 AND year = $4 AND source = 'declared'`,
    [supplierId, buyerId, okpd2, year],
  );
  return row ? Number(row.id) : null;
}

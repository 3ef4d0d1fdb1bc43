import { deriveSmeCategory, type OrganisationInput } from '@klaster/core';
import type { Sql } from './driver.ts';
import { softDeleteRow } from './soft-delete.ts';

export interface WriteCounts {
  created: number;
  updated: number;
  restored: number;
  unchanged: number;
}

const COLUMNS = [
  'inn', 'ogrn', 'kpp', 'name', 'short_name', 'kind', 'okved_main', 'okved_extra', 'region_code', 'oktmo', 'address',
  'lat', 'lon', 'years', 'data_year', 'headcount', 'revenue', 'sme_category', 'products', 'okpd2', 'is_demo',
] as const;
const CASTS = [
  'text', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'text',
  'float8', 'float8', 'text', 'int', 'int', 'float8', 'text', 'text', 'text', 'bool',
];
/** Columns compared to decide whether a re-import changed anything (so an identical file writes nothing). */
const COMPARED = COLUMNS.filter((c) => c !== 'inn');

type Columnar = unknown[][];

function toColumns(inputs: OrganisationInput[]): Columnar {
  const cols: Columnar = COLUMNS.map(() => []);
  for (const o of inputs) {
    const years = [...(o.years ?? [])].sort((a, b) => a.year - b.year);
    const latest = years.at(-1);
    const products = o.products ?? [];
    const values = [
      o.inn, o.ogrn ?? null, o.kpp ?? null, o.name, o.shortName ?? null, o.kind, o.okvedMain,
      JSON.stringify(o.okvedExtra ?? []), o.regionCode, o.oktmo ?? null, o.address ?? null, o.lat ?? null, o.lon ?? null,
      JSON.stringify(years), latest?.year ?? null, latest?.headcount ?? null, latest?.revenue ?? null,
      deriveSmeCategory({ headcount: latest?.headcount, revenue: latest?.revenue, okvedMain: o.okvedMain }),
      JSON.stringify(products.map((p) => ({ okpd2: p.okpd2, name: p.name ?? null }))),
      JSON.stringify(products.map((p) => p.okpd2)), o.isDemo ?? false,
    ];
    values.forEach((v, i) => cols[i]!.push(v));
  }
  return cols;
}

const jsonArray = (col: string) => `ARRAY(SELECT jsonb_array_elements_text(${col}::jsonb))`;

const UPSERT_SQL = `
WITH input AS (
  SELECT * FROM unnest(${COLUMNS.map((_, i) => `$${i + 1}::${CASTS[i]}[]`).join(', ')}) AS t(${COLUMNS.join(', ')})
), prepared AS (
  SELECT inn, ogrn, kpp, name, short_name, kind, okved_main, ${jsonArray('okved_extra')} AS okved_extra, region_code, oktmo,
         address, lat, lon, years::jsonb AS years, data_year, headcount, revenue::numeric(20,2) AS revenue, sme_category,
         products::jsonb AS products, ${jsonArray('okpd2')} AS okpd2, is_demo
  FROM input
), previous AS (
  SELECT o.* FROM organisations o WHERE o.inn = ANY($1::text[])
), written AS (
  INSERT INTO organisations AS o (${COLUMNS.join(', ')})
  SELECT ${COLUMNS.join(', ')} FROM prepared
  ON CONFLICT (inn) DO UPDATE SET ${COMPARED.map((c) => `${c} = excluded.${c}`).join(', ')},
    deleted_at = NULL, version = o.version + 1, updated_at = now()
  WHERE (${COMPARED.map((c) => `o.${c}`).join(', ')}) IS DISTINCT FROM (${COMPARED.map((c) => `excluded.${c}`).join(', ')})
     OR o.deleted_at IS NOT NULL
  RETURNING o.*
), logged AS (
  INSERT INTO history (entity, entity_id, action, actor, before, after)
  SELECT 'organisation', w.id,
         CASE WHEN p.id IS NULL THEN 'create' WHEN p.deleted_at IS NOT NULL THEN 'restore' ELSE 'update' END,
         $${COLUMNS.length + 1}, to_jsonb(p), to_jsonb(w)
  FROM written w LEFT JOIN previous p ON p.inn = w.inn
  RETURNING action
)
SELECT action, count(*)::int AS n FROM logged GROUP BY action`;

/**
 * The planner cannot estimate the rows of unnest() and of data-modifying CTEs, so it joins them with nested loops:
 * quadratic in the batch size (3 756 links took 38 s). Inside the import transaction, hash joins are forced instead.
 */
export async function preferHashJoins(tx: Sql): Promise<void> {
  await tx.query('SET LOCAL enable_nestloop = off');
}

/** Batches keep each statement's parameter arrays moderate on both engines. */
export const UPSERT_BATCH = 5000;

/**
 * Inserts new organisations and updates changed ones by INN, recording each change in history.
 * Rows identical to what is stored are left alone. Call inside a transaction for all-or-nothing imports.
 */
export async function upsertOrganisations(tx: Sql, inputs: OrganisationInput[], actor: string): Promise<WriteCounts> {
  await preferHashJoins(tx);
  const byInn = new Map(inputs.map((o) => [o.inn, o]));
  const unique = [...byInn.values()];
  const counts: WriteCounts = { created: 0, updated: 0, restored: 0, unchanged: 0 };
  for (let start = 0; start < unique.length; start += UPSERT_BATCH) {
    const batch = unique.slice(start, start + UPSERT_BATCH);
    const rows = await tx.query<{ action: string; n: number }>(UPSERT_SQL, [...toColumns(batch), actor]);
    for (const r of rows) {
      if (r.action === 'create') counts.created += r.n;
      else if (r.action === 'update') counts.updated += r.n;
      else if (r.action === 'restore') counts.restored += r.n;
    }
  }
  counts.unchanged = unique.length - counts.created - counts.updated - counts.restored;
  return counts;
}

/** Marks an organisation deleted (it stays in the database and in history) and logs who did it. */
export const softDeleteOrganisation = (tx: Sql, id: number, actor: string): Promise<boolean> => softDeleteRow(tx, 'organisations', id, actor);

/** The set of INNs (of live organisations) among the given ones: used to check link endpoints. */
export async function findExistingInns(db: Sql, inns: string[]): Promise<Set<string>> {
  const rows = await db.query<{ inn: string }>(
    `SELECT inn FROM organisations WHERE inn = ANY($1::text[]) AND deleted_at IS NULL`,
    [inns],
  );
  return new Set(rows.map((r) => r.inn));
}

/** Every live INN: the importer checks link and participant endpoints against it (300 000 strings ≈ 20 MB). */
export async function findAllLiveInns(db: Sql): Promise<Set<string>> {
  const rows = await db.query<{ inn: string }>(`SELECT inn FROM organisations WHERE deleted_at IS NULL`);
  return new Set(rows.map((r) => r.inn));
}

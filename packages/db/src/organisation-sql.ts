import { deriveSmeCategory, type OrganisationInput } from '@klaster/core';
import type { CopyType } from './copy-text.ts';
import type { Sql } from './driver.ts';
import type { StagingColumn } from './staging.ts';

// The SQL and the stored values of an organisation write, shared by the single-row path (parameter arrays) and
// the bulk writer (COPY and a staging table).

export interface WriteCounts {
  created: number;
  updated: number;
  restored: number;
  unchanged: number;
}

/** The written columns, typed as the table's: COPY and the parameter arrays both parse their text as these types. */
export const COLUMN_TYPES = [
  ['inn', 'text'], ['ogrn', 'text'], ['kpp', 'text'], ['name', 'text'], ['short_name', 'text'], ['kind', 'text'],
  ['okved_main', 'text'], ['okved_extra', 'text[]'], ['region_code', 'text'], ['oktmo', 'text'], ['address', 'text'],
  ['lat', 'float8'], ['lon', 'float8'], ['years', 'jsonb'], ['data_year', 'int'], ['headcount', 'int'],
  ['revenue', 'numeric(20,2)'], ['sme_category', 'text'], ['products', 'jsonb'], ['okpd2', 'text[]'], ['is_demo', 'bool'],
] as const satisfies readonly (readonly [string, CopyType])[];
export const COLUMNS = COLUMN_TYPES.map(([name]) => name);
export const STAGING_COLUMNS: StagingColumn[] = COLUMN_TYPES.map(([name, type]) => ({ name, type }));
/** Columns compared to decide whether a re-import changed anything (so an identical file writes nothing). */
const COMPARED = COLUMNS.filter((c) => c !== 'inn');

/** The stored values of one organisation, in COLUMNS order (arrays and objects for the text[] and jsonb columns). */
export function organisationValues(o: OrganisationInput): unknown[] {
  const years = [...(o.years ?? [])].sort((a, b) => a.year - b.year);
  const latest = years.at(-1);
  const products = o.products ?? [];
  return [
    o.inn, o.ogrn ?? null, o.kpp ?? null, o.name, o.shortName ?? null, o.kind, o.okvedMain,
    o.okvedExtra ?? [], o.regionCode, o.oktmo ?? null, o.address ?? null, o.lat ?? null, o.lon ?? null,
    years, latest?.year ?? null, latest?.headcount ?? null, latest?.revenue ?? null,
    deriveSmeCategory({ headcount: latest?.headcount, revenue: latest?.revenue, okvedMain: o.okvedMain }),
    products.map((p) => ({ okpd2: p.okpd2, name: p.name ?? null })), products.map((p) => p.okpd2), o.isDemo ?? false,
  ];
}

/** Small writes bind the values as one array parameter per column (arrays and objects as JSON text). */
export function toColumns(inputs: OrganisationInput[]): unknown[][] {
  const cols: unknown[][] = COLUMNS.map(() => []);
  for (const o of inputs) {
    organisationValues(o).forEach((v, i) => cols[i]!.push(v !== null && typeof v === 'object' ? JSON.stringify(v) : v));
  }
  return cols;
}

const jsonArray = (col: string) => `ARRAY(SELECT jsonb_array_elements_text(${col}::jsonb))`;
const fromJsonText = (name: string, type: CopyType) =>
  type === 'text[]' ? `${jsonArray(name)} AS ${name}` : type === 'jsonb' ? `${name}::jsonb AS ${name}` : type === 'numeric(20,2)' ? `${name}::numeric(20,2) AS ${name}` : name;
const PARAM_TYPES: Record<CopyType, string> = { text: 'text', float8: 'float8', int: 'int', 'numeric(20,2)': 'float8', bool: 'bool', jsonb: 'text', 'text[]': 'text' };

/** The rows to write, from the parameter arrays: $1…$21, the actor is $22. */
const FROM_PARAMETERS = {
  source: `(SELECT ${COLUMN_TYPES.map(([name, type]) => fromJsonText(name, type)).join(', ')}
     FROM unnest(${COLUMN_TYPES.map(([, type], i) => `$${i + 1}::${PARAM_TYPES[type]}[]`).join(', ')}) AS t(${COLUMNS.join(', ')}))`,
  previous: `SELECT o.* FROM organisations o WHERE o.inn = ANY($1::text[])`,
  actor: `$${COLUMNS.length + 1}`,
};

/** The bulk writer's temporary table (organisation-writer.ts). */
export const STAGING_TABLE = 'organisation_import';

/** The rows to write, from the staging table loaded by COPY; the actor is $1. */
const FROM_STAGING = {
  source: STAGING_TABLE,
  // the INNs as one array (an init plan), so the lookup is an index scan; a join would scan the whole table per batch
  previous: `SELECT o.* FROM organisations o WHERE o.inn = ANY(ARRAY(SELECT inn FROM ${STAGING_TABLE}))`,
  actor: '$1',
};

/**
 * One statement writes a whole set of organisations: the rows as they were before (for history), the insert or
 * update (rows equal to what is stored are skipped by the WHERE), and one history row per written organisation.
 */
function upsertSql(from: { source: string; previous: string; actor: string }): string {
  return `
WITH previous AS (
  ${from.previous}
), written AS (
  INSERT INTO organisations AS o (${COLUMNS.join(', ')})
  SELECT ${COLUMNS.join(', ')} FROM ${from.source} AS input
  ON CONFLICT (inn) DO UPDATE SET ${COMPARED.map((c) => `${c} = excluded.${c}`).join(', ')},
    deleted_at = NULL, version = o.version + 1, updated_at = now()
  WHERE (${COMPARED.map((c) => `o.${c}`).join(', ')}) IS DISTINCT FROM (${COMPARED.map((c) => `excluded.${c}`).join(', ')})
     OR o.deleted_at IS NOT NULL
  RETURNING o.*
), logged AS (
  INSERT INTO history (entity, entity_id, action, actor, before, after)
  SELECT 'organisation', w.id,
         CASE WHEN p.id IS NULL THEN 'create' WHEN p.deleted_at IS NOT NULL THEN 'restore' ELSE 'update' END,
         ${from.actor}, to_jsonb(p), to_jsonb(w)
  FROM written w LEFT JOIN previous p ON p.inn = w.inn
  RETURNING action
)
SELECT action, count(*)::int AS n FROM logged GROUP BY action`;
}

export const UPSERT_FROM_PARAMETERS = upsertSql(FROM_PARAMETERS);
export const UPSERT_FROM_STAGING = upsertSql(FROM_STAGING);

/**
 * The planner cannot estimate the rows of unnest() and of data-modifying CTEs, so it joins them with nested loops:
 * quadratic in the batch size (3 756 links took 38 s). Inside the import transaction, hash joins are forced instead.
 */
export async function preferHashJoins(tx: Sql): Promise<void> {
  await tx.query('SET LOCAL enable_nestloop = off');
}


/** Adds the per-action counts an upsert statement returned; returns how many rows it wrote. */
export function addActionCounts(counts: WriteCounts, rows: readonly { action: string; n: number }[]): number {
  let written = 0;
  for (const r of rows) {
    if (r.action === 'create') counts.created += r.n;
    else if (r.action === 'update') counts.updated += r.n;
    else if (r.action === 'restore') counts.restored += r.n;
    written += r.n;
  }
  return written;
}

import type { ReferenceTotalInput } from '@klaster/core/analytics/types.ts';
import type { Sql } from './driver.ts';
import type { WriteCounts } from './organisation.repository.ts';

export type ReferenceMeasure = 'headcount' | 'revenue';
export type ReferenceIndustryLevel = 'class' | 'group';

/** One stored total, with the one measure that was asked for. */
export interface ReferenceTotalValue {
  territory: string;
  level: 'total' | ReferenceIndustryLevel;
  industry: string;
  value: number;
  source: string;
}

/**
 * Inserts new totals and replaces changed ones, keyed by (territory, level, industry, year): a row of the file
 * is the whole truth about its key (a measure left empty is cleared). Identical rows are left alone, so
 * re-importing a file changes nothing. `xmax = 0` tells an inserted row from an updated one.
 */
const UPSERT_SQL = `
INSERT INTO reference_totals AS r (territory, level, industry, year, headcount, revenue, source)
SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::numeric[], $6::numeric[], $7::text[])
ON CONFLICT (territory, level, industry, year) DO UPDATE SET
  headcount = excluded.headcount, revenue = excluded.revenue, source = excluded.source, updated_at = now()
WHERE (r.headcount, r.revenue, r.source) IS DISTINCT FROM (excluded.headcount, excluded.revenue, excluded.source)
RETURNING (xmax = 0) AS inserted`;

const BATCH = 5000;

export async function upsertReferenceTotals(tx: Sql, inputs: readonly ReferenceTotalInput[]): Promise<WriteCounts> {
  const unique = [...new Map(inputs.map((t) => [`${t.territory}|${t.level}|${t.industry}|${t.year}`, t])).values()];
  const counts: WriteCounts = { created: 0, updated: 0, restored: 0, unchanged: 0 };
  for (let start = 0; start < unique.length; start += BATCH) {
    const b = unique.slice(start, start + BATCH);
    const rows = await tx.query<{ inserted: boolean }>(UPSERT_SQL, [
      b.map((t) => t.territory), b.map((t) => t.level), b.map((t) => t.industry), b.map((t) => t.year),
      b.map((t) => t.headcount), b.map((t) => t.revenue), b.map((t) => t.source),
    ]);
    for (const r of rows) counts[r.inserted ? 'created' : 'updated']++;
  }
  counts.unchanged = unique.length - counts.created - counts.updated;
  return counts;
}

/** The latest year with totals of this measure at this level (any territory), or null when none are imported. */
export async function latestReferenceYear(db: Sql, level: ReferenceIndustryLevel, measure: ReferenceMeasure): Promise<number | null> {
  const [row] = await db.query<{ year: number | null }>(
    `SELECT max(year) AS year FROM reference_totals WHERE level = $1 AND ${measure} IS NOT NULL`,
    [level],
  );
  return row?.year == null ? null : Number(row.year);
}

/** Every total of one year at the industry level and at level 'total' that has the measure, ordered by territory and code. */
export async function referenceTotalsOfYear(db: Sql, level: ReferenceIndustryLevel, measure: ReferenceMeasure, year: number): Promise<ReferenceTotalValue[]> {
  const rows = await db.query(
    `SELECT territory, level, industry, ${measure}::float8 AS value, source FROM reference_totals
     WHERE level IN ($1, 'total') AND year = $2 AND ${measure} IS NOT NULL ORDER BY territory, level, industry`,
    [level, year],
  );
  return rows.map((r) => ({
    territory: String(r.territory), level: r.level as ReferenceTotalValue['level'], industry: String(r.industry), value: Number(r.value), source: String(r.source),
  }));
}

import type { Sql } from './driver.ts';
import type { WriteCounts } from './organisation.repository.ts';
import type { PurchaseInput } from './purchase.repository.ts';

/**
 * The import's upsert of purchases: like upsertPurchases, but an identical row is left alone (updated_at kept) and
 * the counts say what was created, changed and unchanged, as every import report does. The importer has already
 * checked that each INN is a live organisation.
 */
const IMPORT_PURCHASES_SQL = `
INSERT INTO purchases AS p (organisation_id, year, intermediate_total, imported, source)
SELECT o.id, i.year, i.intermediate_total::numeric(20,2), i.imported::numeric(20,2), i.source
FROM unnest($1::text[], $2::int[], $3::numeric[], $4::numeric[], $5::text[]) AS i(inn, year, intermediate_total, imported, source)
JOIN organisations o ON o.inn = i.inn AND o.deleted_at IS NULL
ON CONFLICT (organisation_id, year) DO UPDATE SET
  intermediate_total = excluded.intermediate_total, imported = excluded.imported, source = excluded.source, updated_at = now()
WHERE (p.intermediate_total, p.imported, p.source) IS DISTINCT FROM (excluded.intermediate_total, excluded.imported, excluded.source)
RETURNING (xmax = 0) AS inserted`;

const BATCH = 5000;

export async function importPurchases(tx: Sql, inputs: readonly PurchaseInput[]): Promise<WriteCounts> {
  const unique = [...new Map(inputs.map((p) => [`${p.inn}|${p.year}`, p])).values()];
  const counts: WriteCounts = { created: 0, updated: 0, restored: 0, unchanged: 0 };
  for (let start = 0; start < unique.length; start += BATCH) {
    const b = unique.slice(start, start + BATCH);
    const rows = await tx.query<{ inserted: boolean }>(IMPORT_PURCHASES_SQL, [
      b.map((p) => p.inn), b.map((p) => p.year), b.map((p) => p.intermediateTotal), b.map((p) => p.imported), b.map((p) => p.source),
    ]);
    for (const r of rows) counts[r.inserted ? 'created' : 'updated']++;
  }
  counts.unchanged = unique.length - counts.created - counts.updated;
  return counts;
}

import type { Sql } from './driver.ts';

/** An organisation's intermediate purchases in one year, keyed by its INN. */
export interface PurchaseInput {
  inn: string;
  year: number;
  intermediateTotal: number;
  imported: number;
  source: string;
}

export interface PurchaseRow extends PurchaseInput {
  organisationId: number;
}

const UPSERT_PURCHASES_SQL = `
INSERT INTO purchases AS p (organisation_id, year, intermediate_total, imported, source)
SELECT o.id, i.year, i.intermediate_total::numeric(20,2), i.imported::numeric(20,2), i.source
FROM unnest($1::text[], $2::int[], $3::float8[], $4::float8[], $5::text[])
  AS i(inn, year, intermediate_total, imported, source)
JOIN organisations o ON o.inn = i.inn AND o.deleted_at IS NULL
ON CONFLICT (organisation_id, year) DO UPDATE SET
  intermediate_total = excluded.intermediate_total, imported = excluded.imported, source = excluded.source, updated_at = now()
RETURNING p.organisation_id`;

const BATCH = 5000;

/**
 * Inserts or replaces purchase rows by (organisation, year). No history is written: purchases are
 * reported figures refreshed as a whole. Rows for INNs not in the registry are skipped; the count says
 * how many were written.
 */
export async function upsertPurchases(tx: Sql, inputs: readonly PurchaseInput[]): Promise<number> {
  const unique = [...new Map(inputs.map((p) => [`${p.inn}|${p.year}`, p])).values()];
  let written = 0;
  for (let start = 0; start < unique.length; start += BATCH) {
    const b = unique.slice(start, start + BATCH);
    const rows = await tx.query(UPSERT_PURCHASES_SQL, [
      b.map((p) => p.inn), b.map((p) => p.year), b.map((p) => p.intermediateTotal), b.map((p) => p.imported), b.map((p) => p.source),
    ]);
    written += rows.length;
  }
  return written;
}

function toPurchaseRow(r: Record<string, unknown>): PurchaseRow {
  return {
    organisationId: Number(r.organisation_id), inn: r.inn as string, year: Number(r.year),
    intermediateTotal: Number(r.intermediate_total), imported: Number(r.imported), source: r.source as string,
  };
}

/** Purchases of the given organisations (by id), every year, ordered by INN then year. */
export async function purchasesOfOrganisations(db: Sql, organisationIds: readonly number[]): Promise<PurchaseRow[]> {
  const rows = await db.query(
    `SELECT p.organisation_id, o.inn, p.year, p.intermediate_total, p.imported, p.source
     FROM purchases p JOIN organisations o ON o.id = p.organisation_id
     WHERE p.organisation_id = ANY($1::bigint[]) ORDER BY o.inn, p.year`,
    [organisationIds],
  );
  return rows.map(toPurchaseRow);
}

/** Purchases of the given organisations (by INN). */
export async function purchasesByInn(db: Sql, inns: readonly string[]): Promise<PurchaseRow[]> {
  const rows = await db.query(
    `SELECT p.organisation_id, o.inn, p.year, p.intermediate_total, p.imported, p.source
     FROM purchases p JOIN organisations o ON o.id = p.organisation_id
     WHERE o.inn = ANY($1::text[]) AND o.deleted_at IS NULL ORDER BY o.inn, p.year`,
    [inns],
  );
  return rows.map(toPurchaseRow);
}

export async function deletePurchase(tx: Sql, organisationId: number, year: number): Promise<boolean> {
  const rows = await tx.query('DELETE FROM purchases WHERE organisation_id = $1 AND year = $2 RETURNING year', [organisationId, year]);
  return rows.length > 0;
}

import type { OrganisationInput } from '@klaster/core';
import type { Sql } from './driver.ts';
import { UPSERT_FROM_PARAMETERS, addActionCounts, preferHashJoins, toColumns, type WriteCounts } from './organisation-sql.ts';
import { withOrganisationWriter } from './organisation-writer.ts';
import { softDeleteRow } from './soft-delete.ts';

export { preferHashJoins, type WriteCounts } from './organisation-sql.ts';
export { withOrganisationWriter, type OrganisationWriter } from './organisation-writer.ts';

/**
 * From this many organisations on, the rows go through the bulk writer (COPY; see organisation-writer.ts); fewer
 * go as parameter arrays, so creating one organisation does not create and drop a temporary table.
 */
export const STAGE_FROM = 500;
/** Rows per bulk batch: big enough that statements are few, small enough that no step spills to disk. */
export const WRITE_BATCH = 20000;

/**
 * Inserts new organisations and updates changed ones by INN, recording each change in history.
 * Rows identical to what is stored are left alone; of several inputs with one INN the last one counts.
 * Call inside a transaction (all-or-nothing imports; the bulk writer's staging table lives in it).
 */
export async function upsertOrganisations(tx: Sql, inputs: OrganisationInput[], actor: string): Promise<WriteCounts> {
  const unique = [...new Map(inputs.map((o) => [o.inn, o])).values()];
  if (unique.length >= STAGE_FROM) {
    return withOrganisationWriter(tx, actor, async (writer) => {
      for (let start = 0; start < unique.length; start += WRITE_BATCH) await writer.write(unique.slice(start, start + WRITE_BATCH));
      return writer.finish();
    });
  }
  await preferHashJoins(tx);
  const counts: WriteCounts = { created: 0, updated: 0, restored: 0, unchanged: 0 };
  const written = addActionCounts(counts, await tx.query(UPSERT_FROM_PARAMETERS, [...toColumns(unique), actor]));
  counts.unchanged = unique.length - written;
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

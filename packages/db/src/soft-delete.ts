import type { Sql } from './driver.ts';

/** Tables whose rows are deleted softly, with the history entity each one records. */
const SOFT_DELETABLE = { organisations: 'organisation', links: 'link' } as const;

/** Marks a row deleted (it stays in the database and in history) and logs who did it, in one statement. */
export async function softDeleteRow(tx: Sql, table: keyof typeof SOFT_DELETABLE, id: number, actor: string): Promise<boolean> {
  const rows = await tx.query(
    `WITH previous AS (SELECT * FROM ${table} WHERE id = $1 AND deleted_at IS NULL),
     written AS (UPDATE ${table} t SET deleted_at = now(), version = t.version + 1, updated_at = now()
                 FROM previous p WHERE t.id = p.id RETURNING t.*)
     INSERT INTO history (entity, entity_id, action, actor, before, after)
     SELECT '${SOFT_DELETABLE[table]}', w.id, 'delete', $2, to_jsonb(p), to_jsonb(w) FROM written w JOIN previous p USING (id)
     RETURNING id`,
    [id, actor],
  );
  return rows.length > 0;
}

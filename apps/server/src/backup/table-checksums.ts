import type { Database } from '@klaster/db';
import { listSchemaTables, orderBy, quoteIdent } from './schema-tables.ts';

export interface TableChecksum {
  name: string;
  rows: number;
  md5: string;
}

/**
 * A checksum of each table computed by the database itself: md5 of every row's to_jsonb text in key order,
 * in UTC. Equal on two databases (PGlite or PostgreSQL) means the same rows, column by column.
 */
export async function tableChecksums(db: Database): Promise<TableChecksum[]> {
  return db.transaction(async (tx) => {
    await tx.query(`SET LOCAL TimeZone = 'UTC'`);
    const result: TableChecksum[] = [];
    for (const table of await listSchemaTables(tx)) {
      const [row] = await tx.query<{ rows: number; md5: string }>(
        `SELECT count(*)::int AS rows, md5(coalesce(string_agg(to_jsonb(t)::text, E'\\n' ORDER BY ${orderBy(table)}), '')) AS md5
         FROM ${quoteIdent(table.name)} t`,
      );
      result.push({ name: table.name, ...row! });
    }
    return result.sort((a, b) => a.name.localeCompare(b.name));
  });
}

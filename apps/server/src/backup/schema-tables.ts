import type { Sql } from '@klaster/db';

/** One table of the schema as the backup sees it: its sort key and its identity column, if any. */
export interface SchemaTable {
  name: string;
  /** Primary key columns, in key order: rows are written sorted by them, so a dump is deterministic. */
  key: string[];
  identity: string | null;
}

/** Bookkeeping of the migrator: restored databases keep their own, and it must match the dump's instead. */
const NOT_DATA = new Set(['schema_migrations']);

export const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Every table of the public schema, parents before children (foreign keys), read from the catalogue so a table
 * added by a later migration is backed up without anyone remembering to list it here.
 */
export async function listSchemaTables(db: Sql): Promise<SchemaTable[]> {
  const tables = await db.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY c.relname`,
  );
  const keys = await db.query<{ table_name: string; column_name: string }>(
    `SELECT tc.table_name, kcu.column_name FROM information_schema.table_constraints tc
     JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = tc.constraint_name AND kcu.table_schema = tc.table_schema
     WHERE tc.constraint_type = 'PRIMARY KEY' AND tc.table_schema = 'public' ORDER BY tc.table_name, kcu.ordinal_position`,
  );
  const identities = await db.query<{ table_name: string; column_name: string }>(
    `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' AND is_identity = 'YES'`,
  );
  const edges = await db.query<{ child: string; parent: string }>(
    `SELECT ch.relname AS child, pa.relname AS parent FROM pg_constraint k
     JOIN pg_class ch ON ch.oid = k.conrelid JOIN pg_class pa ON pa.oid = k.confrelid
     JOIN pg_namespace n ON n.oid = k.connamespace WHERE k.contype = 'f' AND n.nspname = 'public'`,
  );
  const described = tables
    .filter((t) => !NOT_DATA.has(t.name))
    .map((t) => ({
      name: t.name,
      key: keys.filter((k) => k.table_name === t.name).map((k) => k.column_name),
      identity: identities.find((i) => i.table_name === t.name)?.column_name ?? null,
    }));
  return parentsFirst(described, edges);
}

/** Topological order over the foreign keys (self references ignored); ties stay alphabetical. */
export function parentsFirst<T extends { name: string }>(tables: T[], edges: { child: string; parent: string }[]): T[] {
  const ordered: T[] = [];
  const placed = new Set<string>();
  const names = new Set(tables.map((t) => t.name));
  const parentsOf = (name: string) => edges.filter((e) => e.child === name && e.parent !== name && names.has(e.parent)).map((e) => e.parent);
  while (ordered.length < tables.length) {
    const ready = tables.find((t) => !placed.has(t.name) && parentsOf(t.name).every((p) => placed.has(p)));
    if (!ready) throw new Error(`foreign keys form a cycle among: ${tables.filter((t) => !placed.has(t.name)).map((t) => t.name).join(', ')}`);
    ordered.push(ready);
    placed.add(ready.name);
  }
  return ordered;
}

/** ORDER BY clause of a table: its primary key, or the whole row when it has none. */
export function orderBy(table: SchemaTable, alias = 't'): string {
  return table.key.length ? table.key.map((k) => `${alias}.${quoteIdent(k)}`).join(', ') : `${alias}::text`;
}

export async function appliedMigrations(db: Sql): Promise<string[]> {
  const rows = await db.query<{ version: string }>('SELECT version FROM schema_migrations ORDER BY version');
  return rows.map((r) => r.version);
}

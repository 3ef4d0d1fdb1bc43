import type { Sql } from './driver.ts';

export interface HistoryEntry {
  id: number;
  entity: 'organisation' | 'link' | 'cluster' | 'project' | 'application';
  entityId: number;
  action: 'create' | 'update' | 'delete' | 'restore';
  actor: string;
  at: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  /** Top-level fields whose value differs between before and after. */
  changedFields: string[];
}

/** Fields that change on every write and say nothing about the content. */
const BOOKKEEPING = new Set(['version', 'updated_at', 'created_at']);

export function changedFields(before: Record<string, unknown> | null, after: Record<string, unknown> | null): string[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  return [...keys].filter((k) => !BOOKKEEPING.has(k) && JSON.stringify(before?.[k]) !== JSON.stringify(after?.[k])).sort();
}

export async function listHistory(
  db: Sql,
  f: { entity?: string; entityId?: number; page?: number; pageSize?: number },
): Promise<{ items: HistoryEntry[]; total: number }> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (f.entity) where.push(`entity = $${params.push(f.entity)}`);
  if (f.entityId) where.push(`entity_id = $${params.push(f.entityId)}`);
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const pageSize = Math.min(Math.max(f.pageSize ?? 50, 1), 500);
  const page = Math.max(f.page ?? 1, 1);
  const total = (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM history ${whereSql}`, params))[0]!.n;
  const rows = await db.query(
    `SELECT * FROM history_snapshots ${whereSql} ORDER BY id DESC LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
    params,
  );
  return {
    total,
    items: rows.map((r) => {
      const before = (r.before as Record<string, unknown>) ?? null;
      const after = (r.after as Record<string, unknown>) ?? null;
      return {
        id: Number(r.id), entity: r.entity as HistoryEntry['entity'], entityId: Number(r.entity_id), action: r.action as HistoryEntry['action'],
        actor: r.actor as string, at: r.at instanceof Date ? r.at.toISOString() : String(r.at), before, after,
        changedFields: changedFields(before, after),
      };
    }),
  };
}

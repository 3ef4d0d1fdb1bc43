import { CLUSTER_STATUSES, type ClusterStatus } from '@klaster/core';
import { deadlineOutlook, nearestOpenDeadline, remainingSteps, type DeadlineOutlook } from '@klaster/core/lifecycle/index.ts';
import { clusterVisibleSql, type Sql, type Visibility } from '@klaster/db';
import type { RuleSetRegistry } from '../rules/ruleset-registry.ts';
import { clusterChecklist } from './lifecycle.service.ts';

export interface BoardFilter {
  status?: ClusterStatus[];
  region?: string[];
  q?: string;
  asOf: string;
  page: number;
  pageSize: number;
  visibleTo: Visibility;
}

interface BoardCluster {
  id: number;
  code: string;
  name: string;
  kind: string;
  status: ClusterStatus;
  regions: string[];
  isDemo: boolean;
  lastEvent: { toStatus: ClusterStatus; happenedOn: string } | null;
  outlook: DeadlineOutlook[];
  deadline: DeadlineOutlook | null;
}

/** Every cluster the reader may see that matches the search and region, with its deadlines and last step. */
async function visibleClusters(db: Sql, f: BoardFilter, asOf: string): Promise<BoardCluster[]> {
  const params: unknown[] = [];
  const add = (v: unknown) => (params.push(v), `$${params.length}`);
  const where = ['c.deleted_at IS NULL', clusterVisibleSql('c', f.visibleTo, add)];
  if (f.q) {
    const q = add(f.q.replace(/[%_\\]/g, '\\$&'));
    where.push(`(c.name ILIKE '%' || ${q} || '%' OR c.code ILIKE '%' || ${q} || '%')`);
  }
  if (f.region?.length) where.push(`c.regions && ${add(f.region)}::text[]`);
  const clusters = await db.query(`SELECT c.id, c.code, c.name, c.kind, c.status, c.regions, c.is_demo FROM clusters c WHERE ${where.join(' AND ')}`, params);
  const ids = clusters.map((c) => Number(c.id));
  if (ids.length === 0) return [];
  const deadlines = await db.query(`SELECT cluster_id, target_status, due_on, title FROM cluster_deadlines WHERE cluster_id = ANY($1::bigint[])`, [ids]);
  const events = await db.query(`SELECT cluster_id, from_status, to_status, happened_on FROM cluster_events WHERE cluster_id = ANY($1::bigint[]) ORDER BY happened_on, id`, [ids]);
  const group = <T>(rows: Record<string, unknown>[], map: (r: Record<string, unknown>) => T) => {
    const out = new Map<number, T[]>();
    for (const r of rows) {
      const id = Number(r.cluster_id);
      out.set(id, [...(out.get(id) ?? []), map(r)]);
    }
    return out;
  };
  const deadlinesOf = group(deadlines, (r) => ({ targetStatus: r.target_status as ClusterStatus, dueOn: r.due_on as string, title: r.title as string }));
  const eventsOf = group(events, (r) => ({ fromStatus: (r.from_status as ClusterStatus) ?? null, toStatus: r.to_status as ClusterStatus, happenedOn: r.happened_on as string }));
  return clusters.map((c) => {
    const id = Number(c.id);
    const own = eventsOf.get(id) ?? [];
    const outlook = deadlineOutlook(deadlinesOf.get(id) ?? [], own, asOf);
    const last = own.at(-1);
    return {
      id, code: c.code as string, name: c.name as string, kind: c.kind as string, status: c.status as ClusterStatus, regions: c.regions as string[], isDemo: Boolean(c.is_demo),
      lastEvent: last ? { toStatus: last.toStatus, happenedOn: last.happenedOn } : null, outlook, deadline: nearestOpenDeadline(outlook),
    };
  });
}

/**
 * Overdue first (the longest overdue on top), then open deadlines by due date, then clusters without one,
 * along the life cycle and by name: what needs attention comes first.
 */
export function boardOrder(a: BoardCluster, b: BoardCluster): number {
  const rank = (c: BoardCluster) => (c.deadline?.state === 'overdue' ? 0 : c.deadline ? 1 : 2);
  return rank(a) - rank(b)
    || (a.deadline && b.deadline ? a.deadline.dueOn.localeCompare(b.deadline.dueOn) : 0)
    || CLUSTER_STATUSES.indexOf(a.status) - CLUSTER_STATUSES.indexOf(b.status)
    || a.name.localeCompare(b.name, 'ru')
    || a.id - b.id;
}

/**
 * The life-cycle board: the reader's visible clusters grouped by status (counts), filtered, ordered by urgency,
 * one page at a time. The checklist, which runs the pp779 check on each dossier, is computed for the page only.
 */
export async function lifecycleBoard(db: Sql, registry: RuleSetRegistry, f: BoardFilter) {
  const all = await visibleClusters(db, f, f.asOf);
  const counts = CLUSTER_STATUSES.map((status) => ({ status, count: all.filter((c) => c.status === status).length }));
  const matching = (f.status?.length ? all.filter((c) => f.status!.includes(c.status)) : all).sort(boardOrder);
  const shown = matching.slice((f.page - 1) * f.pageSize, f.page * f.pageSize);
  const regionNames = new Map<string, string>();
  const codes = [...new Set(shown.flatMap((c) => c.regions))];
  if (codes.length) for (const r of await db.query(`SELECT code, name_ru FROM regions WHERE code = ANY($1::text[])`, [codes])) regionNames.set(r.code as string, r.name_ru as string);
  const items = [];
  // One at a time: each checklist reads a dossier, and PGlite serves one query at a time anyway.
  for (const c of shown) {
    const list = remainingSteps(c.status).length > 0 ? await clusterChecklist(db, registry, c.id, f.asOf) : null;
    const total = list ? list.steps.reduce((s, st) => s + st.items.length, 0) : 0;
    items.push({
      id: c.id, code: c.code, name: c.name, kind: c.kind, status: c.status, regions: c.regions, isDemo: c.isDemo,
      regionNames: c.regions.map((r) => regionNames.get(r) ?? r),
      lastEvent: c.lastEvent, deadline: c.deadline, overdueCount: c.outlook.filter((d) => d.state === 'overdue').length,
      progress: list ? { done: total - list.remaining, total } : null,
      next: list?.next ? { to: list.next.to, ru: list.next.ru, en: list.next.en, items: list.next.items.length, remaining: list.next.remaining, blockingRemaining: list.next.blockingRemaining } : null,
    });
  }
  return { asOf: f.asOf, items, total: matching.length, page: f.page, pageSize: f.pageSize, counts };
}

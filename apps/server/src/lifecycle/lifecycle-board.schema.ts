import { z } from 'zod';
import { ClusterStatusValue, DeadlineOutlook, listParam, regionCode } from '@klaster/contract';

/**
 * GET /api/lifecycle/clusters: the clusters a user may see, each with where it stands on its way to the
 * registry (next step, checklist progress, nearest deadline). Kept beside its route until it moves to
 * @klaster/contract with the other life-cycle shapes; the web app mirrors it in src/api/lifecycle-types.ts.
 */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'ожидается дата ГГГГ-ММ-ДД');

export const LifecycleBoardQuery = z.object({
  status: listParam.pipe(z.array(ClusterStatusValue).optional()),
  region: listParam.pipe(z.array(regionCode).optional()),
  q: z.string().trim().max(200).optional(),
  /** The day deadlines and the checklist are judged on; today when omitted. */
  asOf: isoDate.optional(),
  page: z.coerce.number().int().min(1).max(1_000_000).default(1),
  // Each row of a page runs the checklist (the pp779 check on the cluster's dossier): pages stay small.
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});

export const LifecycleBoardItem = z.object({
  id: z.number().int(), code: z.string(), name: z.string(), kind: z.string(), status: ClusterStatusValue,
  regions: z.array(z.string()), regionNames: z.array(z.string()), isDemo: z.boolean(),
  /** The latest recorded step: the day the cluster reached its status. */
  lastEvent: z.object({ toStatus: ClusterStatusValue, happenedOn: isoDate }).nullable(),
  /** The earliest deadline not yet met (open or overdue). */
  deadline: DeadlineOutlook.nullable(),
  overdueCount: z.number().int(),
  /** Checklist items done of all items on the way to the registry; null when no step remains. */
  progress: z.object({ done: z.number().int(), total: z.number().int() }).nullable(),
  next: z.object({ to: ClusterStatusValue, ru: z.string(), en: z.string(), items: z.number().int(), remaining: z.number().int(), blockingRemaining: z.number().int() }).nullable(),
});

export const LifecycleBoard = z
  .object({
    asOf: isoDate,
    items: z.array(LifecycleBoardItem), total: z.number().int(), page: z.number().int(), pageSize: z.number().int(),
    /** How many of the clusters matching the search and region are in each status (the status filter aside). */
    counts: z.array(z.object({ status: ClusterStatusValue, count: z.number().int() })),
  })
  .meta({ id: 'LifecycleBoard' });

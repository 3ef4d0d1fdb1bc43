import { mayManageCluster, type Viewer } from '../matchmaking/permissions.ts';

/**
 * Who may change what on the life-cycle tab, mirroring apps/server/src/lifecycle/lifecycle.routes.ts. Steps come
 * with the server's own `allowed` flag; these two cover the forms the server answers 403 or 404 to otherwise.
 */

/** PUT /api/clusters/:id/participants/:inn/status: the cluster side (admin, operator of its regions, its specialised organisation). */
export const mayChangeParticipantStatus = (viewer: Viewer | null, cluster: { id: number; regions: readonly string[] }): boolean => mayManageCluster(viewer, cluster);

/** PUT|DELETE /api/clusters/:id/deadlines/:status: those who accompany the cluster, not the cluster itself. */
export const DEADLINE_SETTERS = ['admin', 'regional_operator'] as const;
export const maySetDeadlines = (viewer: Viewer | null, cluster: { id: number; regions: readonly string[] }): boolean =>
  !!viewer && (DEADLINE_SETTERS as readonly string[]).includes(viewer.role) && mayManageCluster(viewer, cluster);

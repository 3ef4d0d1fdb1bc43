import { ApiError } from '../../api/client.ts';
import type { ClusterLifecycle } from '../../api/lifecycle-types.ts';
import { useApi, type ApiState } from '../../lib/use-api.ts';

export interface LifecycleTabState {
  state: ApiState<ClusterLifecycle>;
  /** False once the server has said the reader may not see this cluster's life cycle (401, 403, 404). */
  visible: boolean;
}

/**
 * The cluster's life cycle, asked for by the profile so the tab follows what the API answers: a reader the
 * server refuses gets no tab. The tab's panel reuses this state rather than asking twice.
 */
export function useClusterLifecycle(clusterId: number): LifecycleTabState {
  const state = useApi<ClusterLifecycle>(`/api/clusters/${clusterId}/lifecycle`);
  const refused = state.error instanceof ApiError && [401, 403, 404].includes(state.error.status);
  return { state, visible: !refused };
}

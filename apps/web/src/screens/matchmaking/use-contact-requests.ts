import { useMemo } from 'react';
import type { ContactRequest } from '../../api/types.ts';
import { useApi } from '../../lib/use-api.ts';

/**
 * The contact requests the signed-in user may see (an enterprise its own, an operator its regions', the
 * administrator the latest), and the latest one per need × capability pair, so a ranked row can show
 * "request sent" instead of the button. `enabled` false (a role that cannot list them): nothing is asked.
 */
export function useContactRequests(enabled: boolean) {
  const state = useApi<{ items: ContactRequest[] }>(enabled ? '/api/contact-requests' : null);
  const byPair = useMemo(() => {
    const map = new Map<string, ContactRequest>();
    // Newest first from the server: keep the first seen for each pair.
    for (const r of state.data?.items ?? []) if (!map.has(pairKey(r.needId, r.capabilityId))) map.set(pairKey(r.needId, r.capabilityId), r);
    return map;
  }, [state.data]);
  return { state, latest: (needId: number, capabilityId: number) => byPair.get(pairKey(needId, capabilityId)), reload: state.reload };
}

const pairKey = (needId: number, capabilityId: number) => `${needId}:${capabilityId}`;

import { useMemo } from 'react';
import type { ContactRequest } from '../../api/types.ts';
import { useApi } from '../../lib/use-api.ts';

/**
 * The requests of one organisation (both directions), and the latest one per need × capability pair, so a
 * ranked row can show "request sent" instead of the button.
 */
export function useContactRequests(organisationId: number | null) {
  const state = useApi<{ items: ContactRequest[] }>(organisationId ? '/api/contact-requests' : null, { organisation: organisationId ?? undefined });
  const byPair = useMemo(() => {
    const map = new Map<string, ContactRequest>();
    // Newest first from the server: keep the first seen for each pair.
    for (const r of state.data?.items ?? []) if (!map.has(pairKey(r.needId, r.capabilityId))) map.set(pairKey(r.needId, r.capabilityId), r);
    return map;
  }, [state.data]);
  return { state, latest: (needId: number, capabilityId: number) => byPair.get(pairKey(needId, capabilityId)), reload: state.reload };
}

const pairKey = (needId: number, capabilityId: number) => `${needId}:${capabilityId}`;

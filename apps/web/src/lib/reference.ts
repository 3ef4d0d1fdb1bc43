import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import type { Municipality, OkvedEntry, Region } from '../api/types.ts';

/** Reference lists change only with a release: fetched once per page load and shared by every screen. */
const cache = new Map<string, Promise<unknown>>();

function cached<T>(path: string): Promise<T> {
  if (!cache.has(path)) {
    const promise = api.get<{ items: T }>(path).then((r) => r.items);
    promise.catch(() => cache.delete(path));
    cache.set(path, promise);
  }
  return cache.get(path) as Promise<T>;
}

function useCached<T>(path: string | null): T | null {
  const [value, setValue] = useState<T | null>(null);
  useEffect(() => {
    if (!path) return;
    let live = true;
    cached<T>(path).then((v) => live && setValue(v), () => live && setValue(null));
    return () => { live = false; };
  }, [path]);
  return value;
}

export const useRegions = () => useCached<Region[]>('/api/regions');
export const useOkved = () => useCached<OkvedEntry[]>('/api/okved');
export const useMunicipalities = (region: string | null) => useCached<Municipality[]>(region ? `/api/municipalities?region=${region}` : null);

/** The five regions of the stories (PRODUCT.md): shown first in selectors and charts. */
export const PILOT_REGIONS = ['22', '40', '30', '54', '11'];

export function regionOptions(regions: Region[] | null, lang: 'ru' | 'en'): { value: string; label: string }[] {
  if (!regions) return [];
  const name = (r: Region) => (lang === 'en' ? r.name_en : r.name_ru);
  const pilot = PILOT_REGIONS.map((c) => regions.find((r) => r.code === c)).filter((r): r is Region => !!r);
  const rest = regions.filter((r) => !PILOT_REGIONS.includes(r.code)).sort((a, b) => name(a).localeCompare(name(b), lang));
  return [...pilot, ...rest].map((r) => ({ value: r.code, label: `${name(r)} (${r.code})` }));
}

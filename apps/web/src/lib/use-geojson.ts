import { useEffect, useState } from 'react';
import type { GeoJsonFeatureCollection } from '../components/map/map-style.ts';

let boundaries: Promise<GeoJsonFeatureCollection> | null = null;

/** The region boundaries (about 1 MB) are fetched once per page load and shared by every map. */
export function useRegionBoundaries(): { data: GeoJsonFeatureCollection | null; error: Error | null } {
  const [state, setState] = useState<{ data: GeoJsonFeatureCollection | null; error: Error | null }>({ data: null, error: null });
  useEffect(() => {
    boundaries ??= fetch('/api/map/regions.geojson').then((r) => {
      if (!r.ok) throw new Error(`Границы регионов не загружены: HTTP ${r.status}`);
      return r.json() as Promise<GeoJsonFeatureCollection>;
    });
    let live = true;
    boundaries.then(
      (data) => live && setState({ data, error: null }),
      (error: unknown) => { boundaries = null; if (live) setState({ data: null, error: error instanceof Error ? error : new Error(String(error)) }); },
    );
    return () => { live = false; };
  }, []);
  return state;
}

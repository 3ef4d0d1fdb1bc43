import { useMemo } from 'react';
import { Text } from '@mantine/core';
import type { DiscoveryCandidate, Organisation, Page } from '../../api/types.ts';
import { boundsOf, type MapPointFeature } from '../../components/map/map-style.ts';
import { RegionMap } from '../../components/map/RegionMap.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { categoryColour } from '../../lib/colours.ts';
import { useApi } from '../../lib/use-api.ts';
import { useRegionBoundaries } from '../../lib/use-geojson.ts';

/**
 * Members of the selected candidate on the map. The run stores INNs, not coordinates, so the organisations
 * of the run's regions are fetched once and matched by INN; points are coloured by the member's OKVED division.
 */
export function CandidateMap({ candidate, regions }: { candidate: DiscoveryCandidate | null; regions: string[] }) {
  const { t, label } = useI18n();
  const boundaries = useRegionBoundaries();
  const orgs = useApi<Page<Organisation>>(regions.length === 1 ? '/api/organisations' : null, { region: regions[0], pageSize: 500 });
  const points = useMemo<MapPointFeature[]>(() => {
    if (!candidate || !orgs.data) return [];
    const byInn = new Map(orgs.data.items.map((o) => [o.inn, o]));
    const divisions = [...new Set(candidate.members.map((m) => m.okved.slice(0, 2)))];
    return candidate.members.flatMap((m) => {
      const o = byInn.get(m.inn);
      if (!o || o.lat == null || o.lon == null) return [];
      return [{ id: o.id, name: m.name, lat: o.lat, lon: o.lon, emphasis: m.industrial, colour: categoryColour(divisions.indexOf(m.okved.slice(0, 2))), detail: `${label('kind', m.kind)} · ОКВЭД2 ${m.okved}` }];
    });
  }, [candidate, orgs.data, label]);
  const bounds = useMemo(() => boundsOf(points), [points]);
  if (regions.length !== 1) return <Text size="sm" c="dimmed">{t('ds.mapOneRegion')}</Text>;
  return <RegionMap testId="candidate-map" regions={boundaries.data} points={points} bounds={bounds} height={420} webglMissingText={t('map.webglMissing')} />;
}

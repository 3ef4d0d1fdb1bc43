import type { ExpressionSpecification, GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { GeoJsonFeatureCollection } from './map-style.ts';

/** Organisation counts at which the fill darkens; shared with the legend. */
export const CHOROPLETH_STEPS: { from: number; colour: string }[] = [
  { from: 0, colour: '#f8f9fa' },
  { from: 1, colour: '#d0e1f2' },
  { from: 50, colour: '#a3c4e6' },
  { from: 100, colour: '#72a5d9' },
  { from: 130, colour: '#4a8bcf' },
];

function withCounts(regions: GeoJsonFeatureCollection, counts: Record<string, number> | undefined): GeoJsonFeatureCollection {
  if (!counts) return regions;
  return { ...regions, features: regions.features.map((f: GeoJsonFeatureCollection['features'][number]) => ({ ...f, properties: { ...f.properties, count: counts[String(f.properties.fns_code)] ?? 0 } })) };
}

/** Region fill (choropleth when counts are given, flat otherwise) and boundary lines; idempotent. */
export function addRegionLayers(map: MapLibreMap, regions: GeoJsonFeatureCollection, counts?: Record<string, number>): void {
  const data = withCounts(regions, counts);
  const existing = map.getSource('regions') as GeoJSONSource | undefined;
  if (existing) {
    existing.setData(data);
    return;
  }
  map.addSource('regions', { type: 'geojson', data });
  const steps = ['step', ['coalesce', ['get', 'count'], 0], CHOROPLETH_STEPS[0]!.colour, ...CHOROPLETH_STEPS.slice(1).flatMap((s) => [s.from, s.colour])] as ExpressionSpecification;
  // Boundaries go under the points layer when that is already on the map.
  const beneath = map.getLayer('points') ? 'points' : undefined;
  map.addLayer({
    id: 'regions-fill', type: 'fill', source: 'regions',
    paint: { 'fill-color': counts ? steps : '#f8f9fa', 'fill-opacity': 0.9 },
  }, beneath);
  map.addLayer({ id: 'regions-line', type: 'line', source: 'regions', paint: { 'line-color': '#8aa1b8', 'line-width': 0.6 } }, beneath);
}

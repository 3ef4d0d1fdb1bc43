import { useEffect, useRef, useState } from 'react';
import { AttributionControl, Map as MapLibreMap, NavigationControl, Popup, setWorkerUrl, type GeoJSONSource } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
// Here rather than in main.tsx: the stylesheet travels with the map's chunk, not the first page.
import 'maplibre-gl/dist/maplibre-gl.css';
import { Text } from '@mantine/core';
import { navigate } from '../../lib/router.tsx';
import { BLANK_STYLE, BOUNDARY_ATTRIBUTION, pointsToGeoJson, RUSSIA_BOUNDS, type GeoJsonFeatureCollection, type MapPointFeature } from './map-style.ts';
import { addRegionLayers, CHOROPLETH_STEPS } from './region-layers.ts';

// Vite emits the worker as its own asset; MapLibre must be told where it is.
setWorkerUrl(workerUrl);

interface Props {
  regions: GeoJsonFeatureCollection | null;
  points: MapPointFeature[];
  /** Region code → number of organisations; when given, regions are filled as a choropleth. */
  choropleth?: Record<string, number>;
  bounds?: [[number, number], [number, number]] | null;
  height: number | string;
  testId?: string;
  webglMissingText: string;
}

/** The popup is built from DOM nodes with textContent: names like ООО «Ёлка» <b> stay text. */
function popupContent(name: string, detail: string, id: number): HTMLElement {
  const root = document.createElement('div');
  const link = document.createElement('a');
  link.href = `/organisations/${id}`;
  link.className = 'klaster-link';
  link.style.fontWeight = '600';
  link.textContent = name;
  link.addEventListener('click', (e) => { e.preventDefault(); navigate(`/organisations/${id}`); });
  const line = document.createElement('div');
  line.style.color = '#666';
  line.textContent = detail;
  root.append(link, line);
  return root;
}

function addPointLayer(map: MapLibreMap, points: MapPointFeature[]) {
  map.addSource('points', { type: 'geojson', data: pointsToGeoJson(points) });
  map.addLayer({
    id: 'points', type: 'circle', source: 'points',
    layout: { 'circle-sort-key': ['get', 'emphasis'] },
    paint: {
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 3, ['+', 3, ['*', 1.5, ['get', 'emphasis']]], 8, ['+', 6, ['*', 2, ['get', 'emphasis']]]],
      'circle-color': ['get', 'colour'], 'circle-stroke-color': '#fff', 'circle-stroke-width': 1,
      'circle-opacity': ['case', ['==', ['get', 'emphasis'], 1], 0.95, 0.7],
    },
  });
  map.on('click', 'points', (e) => {
    const f = e.features?.[0];
    if (!f || f.geometry.type !== 'Point') return;
    const p = f.properties as { id: number; name: string; detail: string };
    new Popup({ closeButton: true, maxWidth: '320px' }).setLngLat(f.geometry.coordinates as [number, number]).setDOMContent(popupContent(p.name, p.detail, Number(p.id))).addTo(map);
  });
  map.on('mouseenter', 'points', () => { map.getCanvas().style.cursor = 'pointer'; });
  map.on('mouseleave', 'points', () => { map.getCanvas().style.cursor = ''; });
}

export function RegionMap({ regions, points, choropleth, bounds, height, testId, webglMissingText }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const [ready, setReady] = useState(false);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (!container.current) return;
    let map: MapLibreMap;
    try {
      map = new MapLibreMap({ container: container.current, style: BLANK_STYLE, bounds: bounds ?? RUSSIA_BOUNDS, attributionControl: false, renderWorldCopies: false });
    } catch {
      setFailed(true);
      return;
    }
    map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    map.addControl(new AttributionControl({ compact: false, customAttribution: BOUNDARY_ATTRIBUTION }), 'bottom-right');
    map.on('load', () => setReady(true));
    mapRef.current = map;
    return () => { map.remove(); mapRef.current = null; setReady(false); };
    // The map is created once; data changes are pushed into its sources below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Points and boundaries arrive independently (the boundaries file is large); each is drawn when it is there.
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !ready) return;
    if (!map.getSource('points')) addPointLayer(map, points);
    else (map.getSource('points') as GeoJSONSource).setData(pointsToGeoJson(points));
  }, [ready, points]);

  useEffect(() => {
    const map = mapRef.current;
    if (map && ready && regions) addRegionLayers(map, regions, choropleth);
  }, [ready, regions, choropleth]);

  useEffect(() => {
    if (mapRef.current && ready && bounds) mapRef.current.fitBounds(bounds, { padding: 30, duration: 0, maxZoom: 10 });
  }, [ready, bounds]);

  if (failed) return <Text c="dimmed" p="md">{webglMissingText}</Text>;
  return <div ref={container} className="klaster-map" style={{ height }} data-testid={testId} data-ready={ready && regions ? 'true' : 'false'} />;
}

export { CHOROPLETH_STEPS };

import type { StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection, Geometry, Point } from 'geojson';

/** A blank style: no tile server and no glyph server, so the map works offline on a closed network. */
export const BLANK_STYLE: StyleSpecification = {
  version: 8,
  sources: {},
  layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#e9eff5' } }],
};

export const BOUNDARY_ATTRIBUTION = '© OpenStreetMap contributors, geoBoundaries (ODbL)';

/** Russia as a whole: the far east wraps past 180°, so the box stops there. */
export const RUSSIA_BOUNDS: [[number, number], [number, number]] = [[19, 41], [180, 78]];

export interface MapPointFeature {
  id: number;
  name: string;
  lat: number;
  lon: number;
  colour: string;
  /** One short line under the name in the popup. */
  detail: string;
  /** Highlighted points (cluster members) are drawn larger and above the others, so grey ones never hide them. */
  emphasis?: boolean;
}

export type GeoJsonFeatureCollection = FeatureCollection<Geometry, Record<string, unknown>>;

export function pointsToGeoJson(points: MapPointFeature[]): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: points.map((p) => ({
      type: 'Feature', id: p.id, geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
      properties: { id: p.id, name: p.name, colour: p.colour, detail: p.detail, emphasis: p.emphasis ? 1 : 0 },
    })),
  };
}

/** Bounding box of points, padded so a single point still gets a sensible view. */
export function boundsOf(points: { lat: number; lon: number }[]): [[number, number], [number, number]] | null {
  if (points.length === 0) return null;
  const lons = points.map((p) => p.lon);
  const lats = points.map((p) => p.lat);
  const pad = 0.05;
  return [[Math.min(...lons) - pad, Math.min(...lats) - pad], [Math.max(...lons) + pad, Math.max(...lats) + pad]];
}

/** Bounding box of all coordinates of the features whose `fns_code` is one of `codes`. */
export function boundsOfRegions(geo: GeoJsonFeatureCollection, codes: string[]): [[number, number], [number, number]] | null {
  const coords: { lat: number; lon: number }[] = [];
  const walk = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') coords.push({ lon: c[0] as number, lat: c[1] as number });
    else if (Array.isArray(c)) c.forEach(walk);
  };
  for (const f of geo.features) if (codes.includes(String(f.properties.fns_code)) && f.geometry.type !== 'GeometryCollection') walk(f.geometry.coordinates);
  const east = coords.filter((p) => p.lon > 0);
  return boundsOf(east);
}

import { haversineKm } from '../analytics/geo.ts';

/**
 * Proximity decays exponentially with straight-line distance: 1 next door, 0.5 at HALF_DISTANCE_KM,
 * 0.25 at twice that. 150 km is about a working day's return trip by lorry, the radius within which
 * Russian cluster rules count a supplier as local.
 */
export const HALF_DISTANCE_KM = 150;

export interface GeoPoint {
  lat: number | null;
  lon: number | null;
}

/** Distance in km, or null when either side has no coordinates. */
export function distanceKm(a: GeoPoint, b: GeoPoint): number | null {
  if (a.lat == null || a.lon == null || b.lat == null || b.lon == null) return null;
  return haversineKm(a.lat, a.lon, b.lat, b.lon);
}

/** 0 when the distance is unknown: an unlocated offer earns nothing for proximity. */
export function proximityScore(km: number | null): number {
  if (km == null) return 0;
  return Math.pow(0.5, km / HALF_DISTANCE_KM);
}

/**
 * The latitude/longitude box that holds every point within radiusKm of a centre: a cheap index prefilter
 * before the exact haversine check. Near the poles the longitude span is the whole circle.
 */
export function boundingBox(centre: { lat: number; lon: number }, radiusKm: number): { minLat: number; maxLat: number; minLon: number; maxLon: number } {
  const dLat = (radiusKm / 6371.0088) * (180 / Math.PI);
  const cos = Math.cos((centre.lat * Math.PI) / 180);
  const dLon = cos < 1e-6 ? 180 : Math.min(180, dLat / cos);
  return { minLat: centre.lat - dLat, maxLat: centre.lat + dLat, minLon: centre.lon - dLon, maxLon: centre.lon + dLon };
}

import { loadMunicipalities, loadRegions, type MunicipalityRef } from '../reference.ts';
import type { Prng } from './prng.ts';

export interface Placement {
  regionCode: string;
  oktmo: string | null;
  lat: number;
  lon: number;
  /** Human-readable locality, used in addresses. */
  locality: string;
  regionName: string;
}

/** The municipality of a seed region whose name contains the fragment (case-insensitive). */
export function findMunicipality(regionCode: string, nameFragment: string): MunicipalityRef {
  const fragment = nameFragment.toLowerCase();
  const found = loadMunicipalities().find(
    (m) => m.regionCode === regionCode && m.nameRu.toLowerCase().includes(fragment) && m.centreLat != null && m.centreLon != null,
  );
  if (!found) throw new Error(`No municipality "${nameFragment}" with a centre in region ${regionCode}`);
  return found;
}

function regionName(regionCode: string): string {
  const region = loadRegions().find((r) => r.code === regionCode);
  if (!region) throw new Error(`Unknown region ${regionCode}`);
  return region.nameRu;
}

/** Up to ~maxKm from the centre: enterprises of one town stay in that town. */
function jitter(rng: Prng, lat: number, lon: number, maxKm: number): { lat: number; lon: number } {
  const distanceKm = maxKm * Math.sqrt(rng.next());
  const angle = rng.between(0, 2 * Math.PI);
  const dLat = (distanceKm * Math.cos(angle)) / 111;
  const dLon = (distanceKm * Math.sin(angle)) / (111 * Math.cos((lat * Math.PI) / 180));
  return { lat: Number((lat + dLat).toFixed(5)), lon: Number((lon + dLon).toFixed(5)) };
}

/** A place inside a municipality of one of the five seed regions. */
export function placeInMunicipality(rng: Prng, regionCode: string, nameFragment: string): Placement {
  const m = findMunicipality(regionCode, nameFragment);
  const maxKm = m.unitType === 'городской округ' ? 4 : 6;
  return {
    regionCode,
    oktmo: m.oktmo,
    ...jitter(rng, m.centreLat!, m.centreLon!, maxKm),
    locality: m.adminCentre,
    regionName: regionName(regionCode),
  };
}

/**
 * A place near the capital of a region outside the reference of municipalities (partners in Moscow,
 * St Petersburg, Arkhangelsk…): no OKTMO rather than an invented one.
 */
export function placeInRegionCapital(rng: Prng, regionCode: string): Placement {
  const region = loadRegions().find((r) => r.code === regionCode);
  if (!region || region.capitalLat == null || region.capitalLon == null) throw new Error(`No capital coordinates for region ${regionCode}`);
  return {
    regionCode,
    oktmo: null,
    ...jitter(rng, region.capitalLat, region.capitalLon, 8),
    locality: 'г ' + region.adminCentre,
    regionName: region.nameRu,
  };
}

/** A place in a random municipality (with a known centre) of a seed region. */
export function placeAnywhereIn(rng: Prng, regionCode: string): Placement {
  const candidates = loadMunicipalities().filter((m) => m.regionCode === regionCode && m.centreLat != null && m.centreLon != null);
  return placeInMunicipality(rng, regionCode, rng.pick(candidates).nameRu);
}

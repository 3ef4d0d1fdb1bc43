import { loadMunicipalities, loadOkved, loadRegions } from '@klaster/data';
import { normaliseName } from '../columns/normalise.ts';

/** Reference classifiers turned into Sets and Maps once, so validating 300 000 rows is lookups only. */
export interface ReferenceIndex {
  regionCodes: ReadonlySet<string>;
  /** Normalised Russian or English region name (with and without the bracketed part), or ISO code → two-digit code. */
  regionByName: ReadonlyMap<string, string>;
  okvedCodes: ReadonlySet<string>;
  /** OKTMO codes by region, only for regions whose municipalities are shipped (the five seed regions). */
  oktmoByRegion: ReadonlyMap<string, ReadonlySet<string>>;
}

let cached: ReferenceIndex | undefined;

export function loadReferenceIndex(): ReferenceIndex {
  cached ??= buildReferenceIndex();
  return cached;
}

function buildReferenceIndex(): ReferenceIndex {
  const regionCodes = new Set<string>();
  const regionByName = new Map<string, string>();
  for (const region of loadRegions()) {
    regionCodes.add(region.code);
    for (const name of [region.nameRu, region.nameEn]) {
      regionByName.set(normaliseName(name), region.code);
      const withoutBrackets = name.replace(/\s*\(.*\)\s*/g, ' ');
      regionByName.set(normaliseName(withoutBrackets), region.code);
    }
    if (region.iso) regionByName.set(normaliseName(region.iso), region.code);
  }
  const okvedCodes = new Set(loadOkved().filter((o) => o.level !== 'section').map((o) => o.code));
  const oktmoByRegion = new Map<string, Set<string>>();
  for (const m of loadMunicipalities()) {
    let set = oktmoByRegion.get(m.regionCode);
    if (!set) oktmoByRegion.set(m.regionCode, (set = new Set()));
    set.add(m.oktmo);
    if (m.previousOktmo) set.add(m.previousOktmo);
  }
  return { regionCodes, regionByName, okvedCodes, oktmoByRegion };
}

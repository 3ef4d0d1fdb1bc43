import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

/** Reference classifiers shipped inside the repository (data/reference, see LICENCES.md there). */
const referenceDir = fileURLToPath(new URL('../reference/', import.meta.url));

function readCsv(file: string): Record<string, string>[] {
  return parse(readFileSync(referenceDir + file, 'utf8'), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
}

function numberOrNull(value: string | undefined): number | null {
  if (value == null || value.trim() === '') return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

export interface RegionRef {
  /** Two-digit subject code (KLADR / tax service): the join key everywhere in Klaster. */
  code: string;
  iso: string | null;
  nameRu: string;
  nameEn: string;
  subjectType: string;
  federalDistrict: string;
  okato: string;
  oktmo: string;
  adminCentre: string;
  centroidLat: number | null;
  centroidLon: number | null;
  capitalLat: number | null;
  capitalLon: number | null;
}

export interface OkvedRef {
  code: string;
  level: 'section' | 'class' | 'group';
  section: string;
  parent: string | null;
  nameRu: string;
}

export interface MunicipalityRef {
  oktmo: string;
  regionCode: string;
  nameRu: string;
  unitType: string;
  adminCentre: string;
  centreLat: number | null;
  centreLon: number | null;
  previousOktmo: string | null;
  confidence: string;
}

let regionsCache: RegionRef[] | undefined;
export function loadRegions(): RegionRef[] {
  regionsCache ??= readCsv('regions.csv').map((r) => ({
    code: r.fns_code!,
    iso: r.iso_3166_2 || null,
    nameRu: r.name_ru!,
    nameEn: r.name_en!,
    subjectType: r.subject_type!,
    federalDistrict: r.federal_district!,
    okato: r.okato!,
    oktmo: r.oktmo!,
    adminCentre: r.admin_centre_ru!,
    centroidLat: numberOrNull(r.centroid_lat),
    centroidLon: numberOrNull(r.centroid_lon),
    capitalLat: numberOrNull(r.capital_lat),
    capitalLon: numberOrNull(r.capital_lon),
  }));
  return regionsCache;
}

let okvedCache: OkvedRef[] | undefined;
export function loadOkved(): OkvedRef[] {
  okvedCache ??= readCsv('okved2.csv').map((r) => ({
    code: r.code!,
    level: r.level as OkvedRef['level'],
    section: r.section!,
    parent: r.parent_code || null,
    nameRu: r.name_ru!,
  }));
  return okvedCache;
}

let municipalitiesCache: MunicipalityRef[] | undefined;
/** First-level municipalities of the five seed regions; two rows have no OKTMO code and are left out. */
export function loadMunicipalities(): MunicipalityRef[] {
  municipalitiesCache ??= readCsv('municipalities_seed_regions.csv')
    .filter((r) => r.oktmo)
    .map((r) => ({
      oktmo: r.oktmo!,
      regionCode: r.region_fns_code!,
      nameRu: r.name_ru!,
      unitType: r.unit_type!,
      adminCentre: r.admin_centre_ru!,
      centreLat: numberOrNull(r.centre_lat),
      centreLon: numberOrNull(r.centre_lon),
      previousOktmo: r.oktmo_previous || null,
      confidence: r.oktmo_confidence!,
    }));
  return municipalitiesCache;
}

/** The regions' boundaries (GeoJSON, ODbL): served to the map as a file, never parsed per request. */
export const REGION_BOUNDARIES_PATH = referenceDir + 'russia_regions.geojson';
export const REFERENCE_DIR = referenceDir;

export function readIdChecksumVectors(): { type: string; value: string; expectedValid: boolean; note: string }[] {
  return readCsv('id_checksums_test_vectors.csv').map((r) => ({
    type: r.type!,
    value: r.value!,
    expectedValid: r.expected_valid === 'true',
    note: r.note ?? '',
  }));
}

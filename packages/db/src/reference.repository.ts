import { createHash } from 'node:crypto';
import { loadMunicipalities, loadOkved, loadRegions } from '@klaster/data';
import type { Database, Sql } from './driver.ts';

/** A fingerprint of the shipped classifiers: they are reloaded only when the shipped files change. */
function referenceFingerprint(): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify([loadRegions(), loadOkved(), loadMunicipalities()]));
  return hash.digest('hex');
}

async function upsertRegions(tx: Sql): Promise<void> {
  const rows = loadRegions();
  await tx.query(
    `INSERT INTO regions (code, iso, name_ru, name_en, subject_type, federal_district, okato, oktmo, admin_centre,
       centroid_lat, centroid_lon, capital_lat, capital_lon)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
       $9::text[], $10::float8[], $11::float8[], $12::float8[], $13::float8[])
     ON CONFLICT (code) DO UPDATE SET iso = excluded.iso, name_ru = excluded.name_ru, name_en = excluded.name_en,
       subject_type = excluded.subject_type, federal_district = excluded.federal_district, okato = excluded.okato,
       oktmo = excluded.oktmo, admin_centre = excluded.admin_centre, centroid_lat = excluded.centroid_lat,
       centroid_lon = excluded.centroid_lon, capital_lat = excluded.capital_lat, capital_lon = excluded.capital_lon`,
    [
      rows.map((r) => r.code), rows.map((r) => r.iso), rows.map((r) => r.nameRu), rows.map((r) => r.nameEn),
      rows.map((r) => r.subjectType), rows.map((r) => r.federalDistrict), rows.map((r) => r.okato), rows.map((r) => r.oktmo),
      rows.map((r) => r.adminCentre), rows.map((r) => r.centroidLat), rows.map((r) => r.centroidLon),
      rows.map((r) => r.capitalLat), rows.map((r) => r.capitalLon),
    ],
  );
}

async function upsertOkved(tx: Sql): Promise<void> {
  const rows = loadOkved();
  await tx.query(
    `INSERT INTO okved (code, level, section, parent, name_ru)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])
     ON CONFLICT (code) DO UPDATE SET level = excluded.level, section = excluded.section, parent = excluded.parent,
       name_ru = excluded.name_ru`,
    [rows.map((r) => r.code), rows.map((r) => r.level), rows.map((r) => r.section), rows.map((r) => r.parent), rows.map((r) => r.nameRu)],
  );
}

async function upsertMunicipalities(tx: Sql): Promise<void> {
  const rows = loadMunicipalities();
  await tx.query(
    `INSERT INTO municipalities (oktmo, region_code, name_ru, unit_type, admin_centre, centre_lat, centre_lon)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::float8[], $7::float8[])
     ON CONFLICT (oktmo) DO UPDATE SET region_code = excluded.region_code, name_ru = excluded.name_ru,
       unit_type = excluded.unit_type, admin_centre = excluded.admin_centre, centre_lat = excluded.centre_lat,
       centre_lon = excluded.centre_lon`,
    [
      rows.map((r) => r.oktmo), rows.map((r) => r.regionCode), rows.map((r) => r.nameRu), rows.map((r) => r.unitType),
      rows.map((r) => r.adminCentre), rows.map((r) => r.centreLat), rows.map((r) => r.centreLon),
    ],
  );
}

export async function loadReferenceTables(db: Database): Promise<void> {
  const fingerprint = referenceFingerprint();
  const current = await db.query<{ value: string }>(`SELECT value #>> '{}' AS value FROM settings WHERE key = 'reference_fingerprint'`);
  if (current[0]?.value === fingerprint) return;
  await db.transaction(async (tx) => {
    await upsertRegions(tx);
    await upsertOkved(tx);
    await upsertMunicipalities(tx);
    await tx.query(
      `INSERT INTO settings (key, value) VALUES ('reference_fingerprint', to_jsonb($1::text))
       ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
      [fingerprint],
    );
  });
}

export interface RegionRow {
  code: string;
  name_ru: string;
  name_en: string;
  federal_district: string;
  capital_lat: number | null;
  capital_lon: number | null;
}

export async function listRegions(db: Sql): Promise<RegionRow[]> {
  return db.query<RegionRow & Record<string, unknown>>(
    `SELECT code, iso, name_ru, name_en, subject_type, federal_district, admin_centre, centroid_lat, centroid_lon,
            capital_lat, capital_lon FROM regions ORDER BY name_ru COLLATE klaster_ru`,
  );
}

export async function listOkved(db: Sql): Promise<Record<string, unknown>[]> {
  return db.query(`SELECT code, level, section, parent, name_ru FROM okved ORDER BY code`);
}

export async function listMunicipalities(db: Sql, regionCode?: string): Promise<Record<string, unknown>[]> {
  return db.query(
    `SELECT oktmo, region_code, name_ru, unit_type, admin_centre, centre_lat, centre_lon FROM municipalities
     WHERE $1::text IS NULL OR region_code = $1 ORDER BY name_ru COLLATE klaster_ru`,
    [regionCode ?? null],
  );
}

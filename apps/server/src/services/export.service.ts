import type { ClusterInput, LinkInput, OrganisationInput, OrganisationKind, LinkSource, ClusterKind, ClusterStatus, ParticipantRole, PreferenceKind } from '@klaster/core';
import type { Database } from '@klaster/db';
import { exportOrganisationRows, loadClusterSnapshot } from '@klaster/db';
import { exportCsv, exportJson, exportXlsx } from '@klaster/io';
import type { ImportKind } from './import.service.ts';

export type ExportFormat = 'csv' | 'xlsx' | 'json';

/** A regional operator exports the data of their regions; null: everything (the administrator). */
export type ExportRegions = string[] | null;

async function organisations(db: Database, regions: ExportRegions): Promise<OrganisationInput[]> {
  return (await exportOrganisationRows(db)).filter((o) => !regions || regions.includes(o.regionCode)).map((o) => ({
    inn: o.inn, ogrn: o.ogrn, kpp: o.kpp, name: o.name, shortName: o.shortName, kind: o.kind as OrganisationKind, okvedMain: o.okvedMain,
    okvedExtra: o.okvedExtra, regionCode: o.regionCode, oktmo: o.oktmo, address: o.address, lat: o.lat, lon: o.lon, years: o.years,
    products: o.products, isDemo: o.isDemo,
  }));
}

async function links(db: Database, regions: ExportRegions): Promise<LinkInput[]> {
  const rows = await db.query(
    `SELECT s.inn AS supplier_inn, b.inn AS buyer_inn, l.okpd2, l.product, l.year, l.volume, l.source, l.is_demo
     FROM links l JOIN organisations s ON s.id = l.supplier_id JOIN organisations b ON b.id = l.buyer_id
     WHERE l.deleted_at IS NULL AND ($1::text[] IS NULL OR s.region_code = ANY($1) OR b.region_code = ANY($1)) ORDER BY l.id`,
    [regions],
  );
  return rows.map((r) => ({
    supplierInn: r.supplier_inn as string, buyerInn: r.buyer_inn as string, okpd2: (r.okpd2 as string) || null, product: (r.product as string) ?? null,
    year: Number(r.year), volume: Number(r.volume), source: r.source as LinkSource, isDemo: Boolean(r.is_demo),
  }));
}

async function clusters(db: Database, regions: ExportRegions): Promise<ClusterInput[]> {
  const ids = await db.query<{ id: number }>(`SELECT id FROM clusters WHERE deleted_at IS NULL AND ($1::text[] IS NULL OR regions && $1) ORDER BY name COLLATE klaster_ru, id`, [regions]);
  const out: ClusterInput[] = [];
  for (const { id } of ids) {
    const s = (await loadClusterSnapshot(db, Number(id)))!;
    out.push({
      code: s.code, name: s.name, kind: s.kind as ClusterKind, specialization: s.specialization, status: s.status as ClusterStatus,
      regions: s.regions, municipalities: s.municipalities, specializedOrgInn: s.specializedOrgInn, registryDecisionDate: s.registryDecisionDate,
      developmentProgrammeFrom: s.developmentProgrammeFrom, developmentProgrammeTo: s.developmentProgrammeTo, isDemo: s.isDemo,
      participants: s.participants.map((p) => ({ ...p, role: p.role as ParticipantRole })),
      agreements: s.agreements.map((a) => ({ ...a, kind: a.kind as 'cooperation' | 'accession' | 'other' })),
      preferences: s.preferences.map((p) => ({ ...p, kind: p.kind as PreferenceKind })),
    });
  }
  return out;
}

/** The records of one kind in the import shape, so an export can be edited in Excel and imported back. */
export async function exportRecords(db: Database, kind: ImportKind, regions: ExportRegions = null): Promise<OrganisationInput[] | LinkInput[] | ClusterInput[]> {
  if (kind === 'organisations') return organisations(db, regions);
  if (kind === 'links') return links(db, regions);
  return clusters(db, regions);
}

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json; charset=utf-8',
};

export async function exportFile(db: Database, kind: ImportKind, format: ExportFormat, regions: ExportRegions = null): Promise<Buffer> {
  const records = await exportRecords(db, kind, regions);
  if (format === 'json') return Buffer.from(exportJson(kind, records), 'utf8');
  if (format === 'csv') return Buffer.from(exportCsv(kind, records));
  return Buffer.from(await exportXlsx(kind, records));
}

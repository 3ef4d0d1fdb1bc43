import type { ClusterInput, LinkInput, OrganisationInput } from '@klaster/core';
import type { ReferenceTotalInput } from '@klaster/core/analytics/types.ts';
import type { Sql } from '@klaster/db';
import { loadRegions } from '@klaster/data';
import type { RowError, ValidRecord } from '@klaster/io';

/**
 * A regional operator imports the data of their regions only. Rows outside them are reported like any
 * other invalid row (row, column, value, reason), so "all or nothing" and "valid rows only" keep working.
 */
export async function splitByRegionScope(
  db: Sql, kind: string, valid: ValidRecord<unknown>[], allowedRegions: string[],
): Promise<{ valid: ValidRecord<unknown>[]; errors: RowError[] }> {
  const allowed = new Set(allowedRegions);
  const regionsOfInns = await innRegions(db, valid, kind);
  const inScope: ValidRecord<unknown>[] = [];
  const errors: RowError[] = [];
  for (const record of valid) {
    const problem = outOfScope(kind, record.input, allowed, regionsOfInns);
    if (!problem) {
      inScope.push(record);
      continue;
    }
    for (const rowNumber of record.rowNumbers)
      errors.push({
        rowNumber, column: problem.column, field: problem.field, value: problem.value,
        reasonRu: `вне ваших регионов (${allowedRegions.join(', ')})`, reasonEn: `outside your regions (${allowedRegions.join(', ')})`,
      });
  }
  return { valid: inScope, errors };
}

type Problem = { column: string; field: string; value: string } | null;

function outOfScope(kind: string, input: unknown, allowed: Set<string>, regionOf: Map<string, string>): Problem {
  if (kind === 'organisations') {
    const o = input as OrganisationInput;
    return allowed.has(o.regionCode) ? null : { column: 'region', field: 'regionCode', value: o.regionCode };
  }
  if (kind === 'clusters') {
    const c = input as ClusterInput;
    return c.regions.some((r) => allowed.has(r)) ? null : { column: 'regions', field: 'regions', value: c.regions.join(', ') };
  }
  if (kind === 'links') {
    const l = input as LinkInput;
    const regions = [regionOf.get(l.supplierInn), regionOf.get(l.buyerInn)];
    return regions.some((r) => r && allowed.has(r)) ? null : { column: 'supplier_inn', field: 'supplierInn', value: l.supplierInn };
  }
  if (kind === 'reference-totals') {
    // a region's own totals or those of its municipalities; the national ones ('00') are the administrator's
    const t = input as ReferenceTotalInput;
    return allowed.has(regionOfTerritory(t.territory) ?? '') ? null : { column: 'territory', field: 'territory', value: t.territory };
  }
  if (kind === 'purchases') {
    const inn = (input as { inn: string }).inn;
    return allowed.has(regionOf.get(inn) ?? '') ? null : { column: 'inn', field: 'inn', value: inn };
  }
  // needs and capabilities: the buyer or supplier must be in the operator's regions
  const party = (input as { buyerInn?: string; supplierInn?: string }).buyerInn ?? (input as { supplierInn?: string }).supplierInn;
  const field = (input as { buyerInn?: string }).buyerInn ? 'buyerInn' : 'supplierInn';
  const region = party ? regionOf.get(party) : undefined;
  return region && allowed.has(region) ? null : { column: field === 'buyerInn' ? 'buyer_inn' : 'supplier_inn', field, value: party ?? '' };
}

async function innRegions(db: Sql, valid: ValidRecord<unknown>[], kind: string): Promise<Map<string, string>> {
  if (kind === 'organisations' || kind === 'clusters' || kind === 'reference-totals') return new Map();
  const inns = new Set<string>();
  for (const { input } of valid) {
    const r = input as { supplierInn?: string; buyerInn?: string; inn?: string };
    if (r.supplierInn) inns.add(r.supplierInn);
    if (r.buyerInn) inns.add(r.buyerInn);
    if (kind === 'purchases' && r.inn) inns.add(r.inn);
  }
  const rows = await db.query<{ inn: string; region_code: string }>(`SELECT inn, region_code FROM organisations WHERE inn = ANY($1::text[]) AND deleted_at IS NULL`, [[...inns]]);
  return new Map(rows.map((r) => [r.inn, r.region_code]));
}

let regionByOkato: Map<string, string> | undefined;

/** A region code is itself; an OKTMO belongs to the region whose OKATO code it starts with; '00' (the country) to none. */
function regionOfTerritory(territory: string): string | undefined {
  if (territory === '00') return undefined;
  if (/^\d{2}$/.test(territory)) return territory;
  regionByOkato ??= new Map(loadRegions().map((r) => [r.okato, r.code]));
  return regionByOkato.get(territory.slice(0, 2));
}

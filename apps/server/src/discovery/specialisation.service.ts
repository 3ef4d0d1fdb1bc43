// ANALYTICS.md §1 and §3 over the database: location quotients and growth opportunities.
import type { Database } from '@klaster/db';
import { latestReferenceYear, referenceTotalsOfYear } from '@klaster/db';
import { analytics } from '@klaster/core';
import { loadRegions } from '@klaster/data';
import { NATIONAL_TERRITORY } from '@klaster/io';
import { loadDiscoveryScope } from './discovery-data.ts';
import { industryGroup } from './discovery-pipeline.ts';

export interface LqRequest {
  region?: string;
  level: 'class' | 'group';
  measure: 'headcount' | 'revenue';
  territory: 'region' | 'municipality';
  year?: number;
}

const REFERENCE_NOTE = {
  imported: { ru: 'Эталон — импортированные общероссийские итоги', en: 'Reference: imported national totals' },
  'all-loaded-data': {
    ru: 'Эталон — все загруженные данные (общероссийские итоги не импортированы)',
    en: 'Reference: all loaded data (no national totals imported)',
  },
} as const;

/** The note with the year and sources of the totals, so the table says exactly what it was computed against. */
function referenceNote(reference: keyof typeof REFERENCE_NOTE, year: number | null, nationalSources: string[], territorial: boolean) {
  const base = REFERENCE_NOTE[reference];
  if (reference === 'all-loaded-data') {
    if (!territorial) return base;
    return {
      ru: `${base.ru}; значения территорий — импортированные итоги за ${year} год, где они есть`,
      en: `${base.en}; territory values from the imported ${year} totals where present`,
    };
  }
  const sources = nationalSources.join('; ');
  return {
    ru: `${base.ru} за ${year} год (${sources})${territorial ? '; значения территорий — их импортированные итоги, где они есть' : ''}`,
    en: `${base.en} for ${year} (${sources})${territorial ? '; territory values from their imported totals where present' : ''}`,
  };
}

/** OKVED code at the chosen level, in SQL: class "25", group "25.6". */
const industrySql = (level: LqRequest['level']) =>
  level === 'class' ? `split_part(okved_main, '.', 1)` : `rtrim(left(okved_main, 4), '.')`;

const isTerritoryOfKind = (territory: string, kind: LqRequest['territory']): boolean =>
  kind === 'region' ? /^\d{2}$/.test(territory) && territory !== NATIONAL_TERRITORY : /^(\d{8}|\d{11})$/.test(territory);

interface ImportedTotals {
  year: number;
  national: { industries: analytics.IndustryValue[]; total: number | null; sources: string[] } | null;
  territories: analytics.TerritoryTotals[];
  sources: string[];
}

/**
 * Imported totals (migration 004) of the year asked for, or of the latest year imported at this level and measure: the
 * country's as the reference, and those of the territories of the kind asked for (regions or municipalities).
 */
async function importedTotals(db: Database, req: LqRequest): Promise<ImportedTotals | null> {
  const year = req.year ?? (await latestReferenceYear(db, req.level, req.measure));
  if (year == null) return null;
  const rows = await referenceTotalsOfYear(db, req.level, req.measure, year);
  if (rows.length === 0) return null;
  const national = rows.filter((r) => r.territory === NATIONAL_TERRITORY);
  const nationalIndustries = national.filter((r) => r.level !== 'total');
  const byTerritory = new Map<string, analytics.TerritoryTotals>();
  for (const r of rows) {
    if (!isTerritoryOfKind(r.territory, req.territory)) continue;
    let t = byTerritory.get(r.territory);
    if (!t) byTerritory.set(r.territory, (t = { territory: r.territory, industries: [], total: null }));
    if (r.level === 'total') t.total = r.value;
    else t.industries.push({ industry: r.industry, value: r.value });
  }
  const territories = [...byTerritory.values()];
  const used = [...(nationalIndustries.length ? national : []), ...rows.filter((r) => byTerritory.has(r.territory))];
  return {
    year,
    national: nationalIndustries.length
      ? {
          industries: nationalIndustries.map((r) => ({ industry: r.industry, value: r.value })),
          total: national.find((r) => r.level === 'total')?.value ?? null,
          sources: [...new Set(national.map((r) => r.source))].sort(),
        }
      : null,
    territories,
    sources: [...new Set(used.map((r) => r.source))].sort(),
  };
}

/** The loaded organisations by territory and industry: the latest values, or those reported for the year asked for. */
async function loadedValues(db: Database, req: LqRequest) {
  const territory = req.territory === 'region' ? 'region_code' : 'oktmo';
  const source = req.year === undefined
    ? `SELECT region_code, oktmo, okved_main, ${req.measure}::float8 AS value FROM organisations WHERE deleted_at IS NULL`
    : `SELECT o.region_code, o.oktmo, o.okved_main, (y ->> '${req.measure}')::float8 AS value
       FROM organisations o CROSS JOIN LATERAL jsonb_array_elements(o.years) y
       WHERE o.deleted_at IS NULL AND (y ->> 'year')::int = $1`;
  return db.query(
    `SELECT ${territory} AS territory, region_code, ${industrySql(req.level)} AS industry, sum(value)::float8 AS value
     FROM (${source}) o WHERE value > 0 AND ${territory} IS NOT NULL GROUP BY 1, 2, 3 ORDER BY 1, 3`,
    req.year === undefined ? [] : [req.year],
  );
}

let regionByOkato: Map<string, string> | undefined;

/** The region of a territory: itself for a region, by the OKATO prefix of its code for a municipality. */
function regionOfTerritory(territory: string, loaded: Map<string, string>): string | undefined {
  if (/^\d{2}$/.test(territory)) return territory;
  regionByOkato ??= new Map(loadRegions().map((r) => [r.okato, r.code]));
  return loaded.get(territory) ?? regionByOkato.get(territory.slice(0, 2));
}

export async function locationQuotientsOf(db: Database, req: LqRequest) {
  const rows = await loadedValues(db, req);
  const imported = await importedTotals(db, req);
  const result = analytics.locationQuotients({
    rows: rows.map((r) => ({ territory: String(r.territory), industry: String(r.industry), value: Number(r.value) })),
    reference: imported?.national?.industries,
    referenceTotal: imported?.national?.total,
    territoryTotals: imported?.territories,
  });
  const regionOf = new Map(rows.map((r) => [String(r.territory), String(r.region_code)]));
  const quotients = req.region ? result.quotients.filter((q) => regionOfTerritory(q.territory, regionOf) === req.region) : result.quotients;
  const territorial = (imported?.territories.length ?? 0) > 0;
  return {
    ...req,
    reference: result.reference,
    base: result.base,
    year: imported && (imported.national || territorial) ? imported.year : null,
    sources: imported?.sources ?? [],
    referenceNote: referenceNote(result.reference, imported?.year ?? null, imported?.national?.sources ?? [], territorial),
    thresholds: result.thresholds,
    quotients,
  };
}

/**
 * Growth opportunities of a region (Hidalgo–Hausmann density over OKVED2 groups, LQ by headcount against all
 * loaded data), each with the region's enterprises in the related industries that would supply or buy.
 */
export async function growthOf(db: Database, region: string, top = 10) {
  const scope = await loadDiscoveryScope(db, []);
  const relatedness = analytics.buildRelatedness({ organisations: scope.organisations, links: scope.links, industryOf: industryGroup });
  const lq = analytics.locationQuotients({
    rows: scope.organisations.filter((o) => (o.headcount ?? 0) > 0).map((o) => ({ territory: o.region, industry: industryGroup(o), value: o.headcount! })),
  });
  const regionLq = new Map(lq.quotients.filter((q) => q.territory === region).map((q) => [q.industry, q.lq ?? 0]));
  const industries = [...new Set(scope.organisations.map(industryGroup))].sort();
  const opportunities = analytics.growthOpportunities({
    region, regionLq, industries, relatedness: relatedness.get, flow: relatedness.flow, organisations: scope.organisations, industryOf: industryGroup, top,
  });
  const names = new Map(scope.organisations.map((o) => [o.id, o.name]));
  return {
    region,
    reference: lq.reference,
    referenceNote: REFERENCE_NOTE[lq.reference],
    opportunities: opportunities.map((o) => ({ ...o, partners: o.partners.map(({ id, ...p }) => ({ ...p, inn: id, name: names.get(id) ?? id })) })),
  };
}

// ANALYTICS.md §1 and §3 over the database: location quotients and growth opportunities.
import type { Database } from '@klaster/db';
import { analytics } from '@klaster/core';
import { loadDiscoveryScope } from './discovery-data.ts';
import { industryGroup } from './discovery-pipeline.ts';

export interface LqRequest {
  region?: string;
  level: 'class' | 'group';
  measure: 'headcount' | 'revenue';
  territory: 'region' | 'municipality';
}

const REFERENCE_NOTE = {
  imported: { ru: 'Эталон — импортированные общероссийские итоги', en: 'Reference: imported national totals' },
  'all-loaded-data': {
    ru: 'Эталон — все загруженные данные (общероссийские итоги не импортированы)',
    en: 'Reference: all loaded data (no national totals imported)',
  },
} as const;

/** OKVED code at the chosen level, in SQL: class "25", group "25.6". */
const industrySql = (level: LqRequest['level']) =>
  level === 'class' ? `split_part(okved_main, '.', 1)` : `rtrim(left(okved_main, 4), '.')`;

/** Imported national totals by industry (migration 004), when the installation has them for this level and measure. */
async function referenceTotals(db: Database, req: LqRequest): Promise<analytics.IndustryValue[] | undefined> {
  const [table] = await db.query<{ present: boolean }>(`SELECT to_regclass('reference_totals') IS NOT NULL AS present`);
  if (!table?.present) return undefined;
  const rows = await db.query(`SELECT industry, value FROM reference_totals WHERE level = $1 AND measure = $2`, [req.level, req.measure]);
  return rows.length > 0 ? rows.map((r) => ({ industry: String(r.industry), value: Number(r.value) })) : undefined;
}

export async function locationQuotientsOf(db: Database, req: LqRequest) {
  const territory = req.territory === 'region' ? 'region_code' : 'oktmo';
  const rows = await db.query(
    `SELECT ${territory} AS territory, region_code, ${industrySql(req.level)} AS industry, sum(${req.measure})::float8 AS value
     FROM organisations WHERE deleted_at IS NULL AND ${req.measure} > 0 AND ${territory} IS NOT NULL
     GROUP BY 1, 2, 3 ORDER BY 1, 3`,
  );
  const reference = await referenceTotals(db, req);
  const result = analytics.locationQuotients({
    rows: rows.map((r) => ({ territory: String(r.territory), industry: String(r.industry), value: Number(r.value) })),
    reference,
  });
  const regionOf = new Map(rows.map((r) => [String(r.territory), String(r.region_code)]));
  const quotients = req.region ? result.quotients.filter((q) => regionOf.get(q.territory) === req.region) : result.quotients;
  return { ...req, reference: result.reference, referenceNote: REFERENCE_NOTE[result.reference], thresholds: result.thresholds, quotients };
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

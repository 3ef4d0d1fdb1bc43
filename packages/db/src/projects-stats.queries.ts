import type { Sql } from './driver.ts';

/**
 * The figures of the national dashboard (the Kaluga story): clusters in the registry and their participants,
 * and the joint projects that received support — how many, how much, the enterprises in them, what they
 * promise. Computed from the registry each time, by region too; nothing is stored that could drift.
 * A supported project is one with status supported or completed (completed ones were supported first).
 */
export interface NationalFigures {
  clustersInRegistry: number;
  participantsInRegistry: number;
  supportedEnterprises: number;
  supportedProjects: number;
  supportTotal: number;
  supportedProjectsBudget: number;
  expectedJobs: number;
  expectedImportSubstitution: number;
}

export interface NationalStatsRecord {
  totals: NationalFigures;
  byRegion: (NationalFigures & { code: string; name: string })[];
  byYear: { year: number; supportedProjects: number; supportTotal: number }[];
}

const SUPPORTED = `p.deleted_at IS NULL AND p.status IN ('supported', 'completed')`;

/** One row of figures per region code ($1 null: per region over the whole country; the totals use code '*'). */
function figuresSql(byRegion: boolean): string {
  const key = (col: string) => (byRegion ? col : `'*'`);
  return `
    WITH reg AS (
      SELECT c.id, r.code FROM clusters c CROSS JOIN LATERAL unnest(c.regions) AS r(code)
      WHERE c.deleted_at IS NULL AND c.status = 'in_registry' AND ($1::text[] IS NULL OR r.code = ANY($1))
    ), sup AS (
      SELECT p.id, p.region_code AS code, p.support_amount, p.supported_on FROM joint_projects p
      WHERE ${SUPPORTED} AND ($1::text[] IS NULL OR p.region_code = ANY($1))
    ), keys AS (SELECT DISTINCT ${key('code')} AS code FROM reg UNION SELECT DISTINCT ${key('code')} FROM sup)
    SELECT k.code,
      (SELECT count(DISTINCT reg.id)::int FROM reg WHERE ${key('reg.code')} = k.code) AS clusters_in_registry,
      (SELECT count(DISTINCT cp.organisation_id)::int FROM reg JOIN cluster_participants cp ON cp.cluster_id = reg.id AND cp.left_on IS NULL
        WHERE ${key('reg.code')} = k.code) AS participants_in_registry,
      (SELECT count(DISTINCT pp.organisation_id)::int FROM sup JOIN joint_project_participants pp ON pp.project_id = sup.id WHERE ${key('sup.code')} = k.code) AS supported_enterprises,
      (SELECT count(*)::int FROM sup WHERE ${key('sup.code')} = k.code) AS supported_projects,
      (SELECT coalesce(sum(sup.support_amount), 0) FROM sup WHERE ${key('sup.code')} = k.code) AS support_total,
      (SELECT coalesce(sum(b.amount), 0) FROM sup JOIN joint_project_budget_lines b ON b.project_id = sup.id WHERE ${key('sup.code')} = k.code) AS budget,
      (SELECT coalesce(sum(res.jobs), 0)::int FROM sup JOIN joint_project_results res ON res.project_id = sup.id WHERE ${key('sup.code')} = k.code) AS jobs,
      (SELECT coalesce(sum(res.import_substitution_rub), 0) FROM sup JOIN joint_project_results res ON res.project_id = sup.id WHERE ${key('sup.code')} = k.code) AS import_substitution
    FROM keys k ORDER BY k.code`;
}

const toFigures = (r: Record<string, unknown> | undefined): NationalFigures => ({
  clustersInRegistry: Number(r?.clusters_in_registry ?? 0), participantsInRegistry: Number(r?.participants_in_registry ?? 0),
  supportedEnterprises: Number(r?.supported_enterprises ?? 0), supportedProjects: Number(r?.supported_projects ?? 0),
  supportTotal: Number(r?.support_total ?? 0), supportedProjectsBudget: Number(r?.budget ?? 0),
  expectedJobs: Number(r?.jobs ?? 0), expectedImportSubstitution: Number(r?.import_substitution ?? 0),
});

export async function nationalStats(db: Sql, regions: readonly string[] | null): Promise<NationalStatsRecord> {
  const filter = regions?.length ? [...regions] : null;
  const [totals] = await db.query(figuresSql(false), [filter]);
  const rows = await db.query(figuresSql(true), [filter]);
  const names = new Map((await db.query(`SELECT code, name_ru FROM regions WHERE code = ANY($1::text[])`, [rows.map((r) => r.code)])).map((r) => [r.code as string, r.name_ru as string]));
  const byYear = await db.query(
    `SELECT extract(year FROM p.supported_on)::int AS year, count(*)::int AS n, coalesce(sum(p.support_amount), 0) AS total
     FROM joint_projects p WHERE ${SUPPORTED} AND ($1::text[] IS NULL OR p.region_code = ANY($1)) GROUP BY 1 ORDER BY 1`,
    [filter],
  );
  return {
    totals: toFigures(totals),
    byRegion: rows.map((r) => ({ code: r.code as string, name: names.get(r.code as string) ?? (r.code as string), ...toFigures(r) })),
    byYear: byYear.map((r) => ({ year: Number(r.year), supportedProjects: Number(r.n), supportTotal: Number(r.total) })),
  };
}

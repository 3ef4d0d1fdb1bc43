import type { JointProjectInput, ProjectStage, ProjectStatus } from '@klaster/core/projects/index.ts';
import type { Sql } from './driver.ts';
import { clusterVisibleSql, type Visibility } from './visibility.ts';

/**
 * Joint projects are written as one aggregate (row, participants, stages, budget lines, results), and their
 * history records the whole aggregate before and after, as clusters do.
 */
const iso = (v: unknown) => (v == null ? null : v instanceof Date ? v.toISOString() : String(v));

export interface ProjectRecord {
  id: number;
  clusterId: number;
  clusterName: string;
  regionCode: string;
  title: string;
  description: string;
  product: { okpd2: string; name: string };
  subsidyRuleset: string;
  status: ProjectStatus;
  supportAmount: number | null;
  supportedOn: string | null;
  participants: { organisationId: number; inn: string; name: string; role: 'lead' | 'participant' }[];
  stages: { stage: ProjectStage; startsOn: string; endsOn: string; description: string }[];
  budget: { inn: string; supplierInn: string | null; stage: ProjectStage; costItem: string; year: number; spentOn: string | null; amount: number }[];
  results: { year: number; output: number; importSubstitution: number; jobs: number }[];
  version: number;
  isDemo: boolean;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  deleted: boolean;
}

export async function loadProject(db: Sql, id: number): Promise<ProjectRecord | null> {
  const [p] = await db.query(`SELECT p.*, c.name AS cluster_name FROM joint_projects p JOIN clusters c ON c.id = p.cluster_id WHERE p.id = $1`, [id]);
  if (!p) return null;
  const participants = await db.query(
    `SELECT o.id, o.inn, o.name, pp.role FROM joint_project_participants pp JOIN organisations o ON o.id = pp.organisation_id
     WHERE pp.project_id = $1 ORDER BY pp.role = 'lead' DESC, o.inn`, [id]);
  const stages = await db.query(
    `SELECT stage, starts_on, ends_on, description FROM joint_project_stages WHERE project_id = $1
     ORDER BY array_position(ARRAY['rnd','documentation','equipment','launch','serial'], stage)`, [id]);
  const budget = await db.query(
    `SELECT o.inn, b.supplier_inn, b.stage, b.cost_item, b.year, b.spent_on, b.amount FROM joint_project_budget_lines b
     JOIN organisations o ON o.id = b.organisation_id WHERE b.project_id = $1 ORDER BY b.position`, [id]);
  const results = await db.query(`SELECT year, output_rub, import_substitution_rub, jobs FROM joint_project_results WHERE project_id = $1 ORDER BY year`, [id]);
  return {
    id: Number(p.id), clusterId: Number(p.cluster_id), clusterName: p.cluster_name as string, regionCode: p.region_code as string,
    title: p.title as string, description: p.description as string, product: { okpd2: p.product_okpd2 as string, name: p.product_name as string },
    subsidyRuleset: p.subsidy_ruleset as string, status: p.status as ProjectStatus,
    supportAmount: p.support_amount == null ? null : Number(p.support_amount), supportedOn: (p.supported_on as string) ?? null,
    participants: participants.map((r) => ({ organisationId: Number(r.id), inn: r.inn as string, name: r.name as string, role: r.role as 'lead' | 'participant' })),
    stages: stages.map((r) => ({ stage: r.stage as ProjectStage, startsOn: r.starts_on as string, endsOn: r.ends_on as string, description: r.description as string })),
    budget: budget.map(budgetLine),
    results: results.map((r) => ({ year: Number(r.year), output: Number(r.output_rub), importSubstitution: Number(r.import_substitution_rub), jobs: Number(r.jobs) })),
    version: Number(p.version), isDemo: Boolean(p.is_demo), createdBy: p.created_by as string,
    createdAt: iso(p.created_at)!, updatedAt: iso(p.updated_at)!, deleted: p.deleted_at != null,
  };
}

type BudgetLine = ProjectRecord['budget'][number];

function budgetLine(r: Record<string, unknown>): BudgetLine {
  return {
    inn: r.inn as string, supplierInn: (r.supplier_inn as string) ?? null, stage: r.stage as ProjectStage, costItem: r.cost_item as string,
    year: Number(r.year), spentOn: (r.spent_on as string) ?? null, amount: Number(r.amount),
  };
}

/** The budget lines of many projects in one query (a list's subsidies), each project's in its own order. */
export async function loadProjectBudgets(db: Sql, ids: readonly number[]): Promise<Map<number, BudgetLine[]>> {
  const byProject = new Map<number, BudgetLine[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return byProject;
  const rows = await db.query(
    `SELECT b.project_id, o.inn, b.supplier_inn, b.stage, b.cost_item, b.year, b.spent_on, b.amount FROM joint_project_budget_lines b
     JOIN organisations o ON o.id = b.organisation_id WHERE b.project_id = ANY($1::bigint[]) ORDER BY b.project_id, b.position`, [ids]);
  for (const r of rows) byProject.get(Number(r.project_id))?.push(budgetLine(r));
  return byProject;
}

export interface ProjectListItem {
  id: number;
  clusterId: number;
  clusterName: string;
  regionCode: string;
  title: string;
  productOkpd2: string;
  productName: string;
  status: ProjectStatus;
  subsidyRuleset: string;
  participants: number;
  budgetTotal: number;
  supportAmount: number | null;
  supportedOn: string | null;
  isDemo: boolean;
  updatedAt: string;
}

export interface ProjectFilter {
  clusterId?: number;
  status?: string;
  regions?: readonly string[];
  /** Only projects of the clusters this reader may see. */
  visibleTo?: Visibility;
}

export async function listProjects(db: Sql, filter: ProjectFilter): Promise<ProjectListItem[]> {
  const params: unknown[] = [filter.clusterId ?? null, filter.status ?? null, filter.regions?.length ? filter.regions : null];
  const add = (v: unknown) => `$${params.push(v)}`;
  const rows = await db.query(
    `SELECT p.id, p.cluster_id, c.name AS cluster_name, p.region_code, p.title, p.product_okpd2, p.product_name, p.status, p.subsidy_ruleset, p.support_amount,
            p.supported_on, p.is_demo, p.updated_at,
            (SELECT count(*)::int FROM joint_project_participants pp WHERE pp.project_id = p.id) AS participants,
            (SELECT coalesce(sum(amount), 0) FROM joint_project_budget_lines b WHERE b.project_id = p.id) AS budget_total
     FROM joint_projects p JOIN clusters c ON c.id = p.cluster_id
     WHERE p.deleted_at IS NULL AND c.deleted_at IS NULL AND ($1::bigint IS NULL OR p.cluster_id = $1) AND ($2::text IS NULL OR p.status = $2)
       AND ($3::text[] IS NULL OR p.region_code = ANY($3)) AND ${clusterVisibleSql('c', filter.visibleTo, add)}
     ORDER BY p.id`,
    params,
  );
  return rows.map((r) => ({
    id: Number(r.id), clusterId: Number(r.cluster_id), clusterName: r.cluster_name as string, regionCode: r.region_code as string,
    title: r.title as string, productOkpd2: r.product_okpd2 as string, productName: r.product_name as string, status: r.status as ProjectStatus,
    subsidyRuleset: r.subsidy_ruleset as string, participants: Number(r.participants), budgetTotal: Number(r.budget_total), supportAmount: r.support_amount == null ? null : Number(r.support_amount),
    supportedOn: (r.supported_on as string) ?? null, isDemo: Boolean(r.is_demo), updatedAt: iso(r.updated_at)!,
  }));
}

/** INNs not in the registry are reported, not silently dropped. */
export class UnknownProjectOrganisationError extends Error {
  constructor(readonly inns: string[]) {
    super(`Unknown organisation INN(s): ${inns.join(', ')}`);
  }
}

async function orgIds(tx: Sql, inns: string[]): Promise<Map<string, number>> {
  const rows = await tx.query(`SELECT id, inn FROM organisations WHERE inn = ANY($1::text[]) AND deleted_at IS NULL`, [inns]);
  const ids = new Map(rows.map((r) => [r.inn as string, Number(r.id)]));
  const missing = [...new Set(inns)].filter((inn) => !ids.has(inn));
  if (missing.length) throw new UnknownProjectOrganisationError(missing);
  return ids;
}

async function writeChildren(tx: Sql, id: number, p: JointProjectInput): Promise<void> {
  const ids = await orgIds(tx, [...p.participants.map((x) => x.inn), ...p.budget.map((b) => b.inn)]);
  for (const table of ['joint_project_participants', 'joint_project_stages', 'joint_project_budget_lines', 'joint_project_results'])
    await tx.query(`DELETE FROM ${table} WHERE project_id = $1`, [id]);
  await tx.query(`INSERT INTO joint_project_participants (project_id, organisation_id, role) SELECT $1, * FROM unnest($2::bigint[], $3::text[])`,
    [id, p.participants.map((x) => ids.get(x.inn)), p.participants.map((x) => x.role)]);
  await tx.query(`INSERT INTO joint_project_stages (project_id, stage, starts_on, ends_on, description) SELECT $1, * FROM unnest($2::text[], $3::date[], $4::date[], $5::text[])`,
    [id, p.stages.map((s) => s.stage), p.stages.map((s) => s.startsOn), p.stages.map((s) => s.endsOn), p.stages.map((s) => s.description ?? '')]);
  const b = p.budget;
  await tx.query(
    `INSERT INTO joint_project_budget_lines (project_id, position, organisation_id, supplier_inn, stage, cost_item, year, spent_on, amount)
     SELECT $1, * FROM unnest($2::int[], $3::bigint[], $4::text[], $5::text[], $6::text[], $7::int[], $8::date[], $9::numeric[])`,
    [id, b.map((_, i) => i), b.map((l) => ids.get(l.inn)), b.map((l) => l.supplierInn ?? null), b.map((l) => l.stage), b.map((l) => l.costItem),
      b.map((l) => l.year), b.map((l) => l.spentOn ?? null), b.map((l) => l.amount)],
  );
  await tx.query(`INSERT INTO joint_project_results (project_id, year, output_rub, import_substitution_rub, jobs) SELECT $1, * FROM unnest($2::int[], $3::numeric[], $4::numeric[], $5::int[])`,
    [id, p.results.map((r) => r.year), p.results.map((r) => r.output), p.results.map((r) => r.importSubstitution), p.results.map((r) => r.jobs)]);
}

async function recordProjectHistory(tx: Sql, id: number, action: string, actor: string, before: ProjectRecord | null): Promise<ProjectRecord> {
  const after = (await loadProject(tx, id))!;
  await tx.query(`INSERT INTO history (entity, entity_id, action, actor, before, after) VALUES ('project', $1, $2, $3, $4::jsonb, $5::jsonb)`,
    [id, action, actor, before ? JSON.stringify(before) : null, JSON.stringify(after)]);
  return after;
}

export interface ProjectWriteOptions {
  actor: string;
  isDemo?: boolean;
}

/** Creates a project of a cluster; its region is the cluster's first region (the distribution key). */
export async function createProject(tx: Sql, clusterId: number, p: JointProjectInput, o: ProjectWriteOptions): Promise<ProjectRecord> {
  const [row] = await tx.query<{ id: number }>(
    `INSERT INTO joint_projects (cluster_id, region_code, title, description, product_okpd2, product_name, subsidy_ruleset, is_demo, created_by)
     SELECT c.id, c.regions[1], $2, $3, $4, $5, $6, $7, $8 FROM clusters c WHERE c.id = $1 RETURNING id`,
    [clusterId, p.title, p.description ?? '', p.product.okpd2, p.product.name, p.subsidyRuleset, o.isDemo ?? false, o.actor],
  );
  const id = Number(row!.id);
  await writeChildren(tx, id, p);
  return recordProjectHistory(tx, id, 'create', o.actor, null);
}

export async function updateProject(tx: Sql, id: number, p: JointProjectInput, actor: string): Promise<ProjectRecord> {
  const before = await loadProject(tx, id);
  await tx.query(
    `UPDATE joint_projects SET title = $2, description = $3, product_okpd2 = $4, product_name = $5, subsidy_ruleset = $6,
       version = version + 1, updated_at = now() WHERE id = $1`,
    [id, p.title, p.description ?? '', p.product.okpd2, p.product.name, p.subsidyRuleset],
  );
  await writeChildren(tx, id, p);
  return recordProjectHistory(tx, id, 'update', actor, before);
}

export interface ProjectDecision {
  status: ProjectStatus;
  supportAmount: number | null;
  supportedOn: string | null;
}

export async function setProjectDecision(tx: Sql, id: number, d: ProjectDecision, actor: string): Promise<ProjectRecord> {
  const before = await loadProject(tx, id);
  await tx.query(`UPDATE joint_projects SET status = $2, support_amount = $3, supported_on = $4::date, version = version + 1, updated_at = now() WHERE id = $1`,
    [id, d.status, d.supportAmount, d.supportedOn]);
  return recordProjectHistory(tx, id, 'update', actor, before);
}

export async function softDeleteProject(tx: Sql, id: number, actor: string): Promise<boolean> {
  const before = await loadProject(tx, id);
  if (!before || before.deleted) return false;
  await tx.query(`UPDATE joint_projects SET deleted_at = now(), version = version + 1, updated_at = now() WHERE id = $1`, [id]);
  await recordProjectHistory(tx, id, 'delete', actor, before);
  return true;
}

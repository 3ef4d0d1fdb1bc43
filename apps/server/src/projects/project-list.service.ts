import { listProjects, loadProjectBudgets, type ProjectFilter, type Sql } from '@klaster/db';
import type { RuleSetRegistry } from '../rules/ruleset-registry.ts';
import { AppError } from '../services/app-error.ts';
import { calculateProjectSubsidy, clusterSubsidyBasis, type ClusterSubsidyBasis } from './project-subsidy.service.ts';

/**
 * Projects with the subsidy each can claim on asOf, by the calculation of GET /api/projects/:id/subsidy, in one
 * pass: the budget lines of all listed projects in one query, and each cluster's pp779 check once however many of
 * its projects are listed (the check is the costly part: the cluster's dossier from the database).
 * A project whose rule set cannot be applied (a pp41 version this installation does not have) shows no figure,
 * as its subsidy endpoint refuses it, instead of failing the list.
 */
export async function listProjectsWithSubsidy(db: Sql, registry: RuleSetRegistry, filter: ProjectFilter, asOf: string) {
  const projects = await listProjects(db, filter);
  const budgets = await loadProjectBudgets(db, projects.map((p) => p.id));
  const bases = new Map<number, ClusterSubsidyBasis>();
  for (const clusterId of new Set(projects.map((p) => p.clusterId))) bases.set(clusterId, await clusterSubsidyBasis(db, registry, clusterId, asOf));
  return projects.map(({ subsidyRuleset, ...p }) => ({ ...p, subsidyAmount: amountOrNull(() => calculateProjectSubsidy(registry, { subsidyRuleset, budget: budgets.get(p.id)! }, bases.get(p.clusterId)!).subsidy.amount) }));
}

function amountOrNull(calculate: () => number): number | null {
  try {
    return calculate();
  } catch (error) {
    if (error instanceof AppError) return null;
    throw error;
  }
}

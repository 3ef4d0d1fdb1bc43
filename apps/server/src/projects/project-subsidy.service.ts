import { projectSubsidy } from '@klaster/core/projects/index.ts';
import type { ProjectRecord, Sql } from '@klaster/db';
import { AppError } from '../services/app-error.ts';
import { checkDossier } from '../rules/check.service.ts';
import { buildDossierFromDatabase } from '../rules/dossier-from-database.ts';
import type { RuleSetRegistry } from '../rules/ruleset-registry.ts';

/** What a project's subsidy takes from its cluster on a day: the participants and the pp779 check. */
export interface ClusterSubsidyBasis {
  clusterName: string;
  participants: string[];
  check: ReturnType<typeof checkDossier>;
}

/** The pp41 version a project names (a project subsidy is never computed by another rule set). */
export function projectRuleSet(registry: RuleSetRegistry, project: Pick<ProjectRecord, 'subsidyRuleset'>) {
  const set = registry.byRef(project.subsidyRuleset);
  if (set.id !== 'pp41')
    throw new AppError('validation_failed', `Субсидия проекта считается по набору pp41, а не ${set.id}`, `A project subsidy uses a pp41 rule set, not ${set.id}`, [{ path: 'subsidyRuleset', value: project.subsidyRuleset, message: 'ожидается pp41@…' }]);
  return set;
}

/** The cluster's participants and pp779 compliance on asOf, as the subsidy calculator of the rules API takes them. */
export async function clusterSubsidyBasis(db: Sql, registry: RuleSetRegistry, clusterId: number, asOf: string): Promise<ClusterSubsidyBasis> {
  const dossier = await buildDossierFromDatabase(db, clusterId, asOf);
  return { clusterName: dossier.cluster.name, participants: dossier.participants.map((p) => p.inn), check: checkDossier(registry, dossier, 'pp779', asOf) };
}

/** The pp41 calculation of one project on its budget lines, given its cluster's basis. */
export function calculateProjectSubsidy(registry: RuleSetRegistry, project: Pick<ProjectRecord, 'subsidyRuleset' | 'budget'>, basis: ClusterSubsidyBasis) {
  return projectSubsidy(project, projectRuleSet(registry, project), { participants: basis.participants, compliant: basis.check.compliant });
}

/**
 * The subsidy a joint project can claim on asOf: the pp41 version it names, the cluster's participants and
 * pp779 compliance on that day, its budget as the costs.
 */
export async function subsidyOfProject(db: Sql, registry: RuleSetRegistry, project: ProjectRecord, asOf: string) {
  projectRuleSet(registry, project);
  const basis = await clusterSubsidyBasis(db, registry, project.clusterId, asOf);
  const result = calculateProjectSubsidy(registry, project, basis);
  return {
    project: { id: project.id, title: project.title, subsidyRuleset: project.subsidyRuleset },
    asOf, budget: result.budget, subsidy: result.subsidy, shareOfBudget: result.shareOfBudget, check: basis.check,
    cluster: { id: project.clusterId, name: basis.clusterName, participants: basis.participants.length, compliant: basis.check.compliant, check: basis.check.ruleset },
  };
}

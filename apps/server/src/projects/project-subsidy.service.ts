import { projectSubsidy } from '@klaster/core/projects/index.ts';
import type { ProjectRecord, Sql } from '@klaster/db';
import { AppError } from '../services/app-error.ts';
import { checkDossier } from '../rules/check.service.ts';
import { buildDossierFromDatabase } from '../rules/dossier-from-database.ts';
import type { RuleSetRegistry } from '../rules/ruleset-registry.ts';

/**
 * The subsidy a joint project can claim on asOf: the pp41 version it names, the cluster's participants and
 * pp779 compliance on that day (as the subsidy calculator of the rules API takes them), its budget as the costs.
 */
export async function subsidyOfProject(db: Sql, registry: RuleSetRegistry, project: ProjectRecord, asOf: string) {
  const set = registry.byRef(project.subsidyRuleset);
  if (set.id !== 'pp41')
    throw new AppError('validation_failed', `Субсидия проекта считается по набору pp41, а не ${set.id}`, `A project subsidy uses a pp41 rule set, not ${set.id}`, [{ path: 'subsidyRuleset', value: project.subsidyRuleset, message: 'ожидается pp41@…' }]);
  const dossier = await buildDossierFromDatabase(db, project.clusterId, asOf);
  const check = checkDossier(registry, dossier, 'pp779', asOf);
  const participants = dossier.participants.map((p) => p.inn);
  const result = projectSubsidy(project, set, { participants, compliant: check.compliant });
  return {
    project: { id: project.id, title: project.title, subsidyRuleset: project.subsidyRuleset },
    asOf, budget: result.budget, subsidy: result.subsidy, shareOfBudget: result.shareOfBudget, check,
    cluster: { id: project.clusterId, name: dossier.cluster.name, participants: participants.length, compliant: check.compliant, check: check.ruleset },
  };
}

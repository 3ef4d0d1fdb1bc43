import { calculateSubsidy, type SubsidyResult } from '@klaster/core';
import type { Sql } from '@klaster/db';
import { AppError } from '../services/app-error.ts';
import { checkDossier } from './check.service.ts';
import { buildDossierFromDatabase } from './dossier-from-database.ts';
import type { RuleSetRegistry } from './ruleset-registry.ts';

export interface SubsidyCostInput {
  date: string;
  supplierInn?: string | null;
  buyerInn: string;
  amount: number;
  item: string;
  stage?: string | null;
}

export interface SubsidyRequest {
  ruleset: string;
  clusterId: number;
  /** The day the participants and the cluster's compliance are taken on. */
  asOf: string;
  costs: SubsidyCostInput[];
}

export interface ClusterSubsidy extends SubsidyResult {
  cluster: { id: number; name: string; participants: number; compliant: boolean; check: string };
}

/** pp41 subsidy of a cluster's costs: participants and pp779 compliance come from the database on `asOf`. */
export async function calculateClusterSubsidy(db: Sql, registry: RuleSetRegistry, request: SubsidyRequest): Promise<ClusterSubsidy> {
  const set = registry.byRef(request.ruleset);
  if (set.id !== 'pp41')
    throw new AppError('validation_failed', `Калькулятор субсидии считает по наборам pp41, а не ${set.id}`, `The subsidy calculator uses pp41 rule sets, not ${set.id}`, [{ path: 'body.ruleset', value: request.ruleset, message: 'ожидается pp41@…' }]);
  const dossier = await buildDossierFromDatabase(db, request.clusterId, request.asOf);
  const check = checkDossier(registry, dossier, 'pp779', request.asOf);
  const result = calculateSubsidy({
    participants: dossier.participants.map((p) => p.inn),
    clusterCompliant: check.compliant,
    costs: request.costs.map((c) => ({ date: c.date, supplierInn: c.supplierInn ?? null, buyerInn: c.buyerInn, amount: c.amount, costItem: c.item, stage: c.stage ?? null })),
  }, set);
  return { ...result, cluster: { id: request.clusterId, name: dossier.cluster.name, participants: dossier.participants.length, compliant: check.compliant, check: check.ruleset } };
}

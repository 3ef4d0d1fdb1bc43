import {
  checkPp779, criticalParticipants, suggestAdditions, whatIf,
  type AdditionSuggestion, type CriticalParticipant, type Dossier, type Pp779CheckResult, type WhatIfResult,
} from '@klaster/core';
import type { Sql } from '@klaster/db';
import { AppError } from '../services/app-error.ts';
import { buildDossierFromDatabase, candidatesFromDatabase, organisationsByInn, participantIds, type RegistryOrganisation } from './dossier-from-database.ts';
import type { RuleSetRegistry } from './ruleset-registry.ts';

export const today = (): string => new Date().toISOString().slice(0, 10);

/** Checks a dossier with the version of `rules` in force on its date. */
export function checkDossier(registry: RuleSetRegistry, dossier: Dossier, rules: string, asOf: string): Pp779CheckResult {
  if (rules !== 'pp779') throw new AppError('validation_failed', `Проверка кластера поддерживает только набор правил pp779, а не ${rules}`, `Only the pp779 rule set checks a cluster, not ${rules}`, [{ path: 'query.rules', value: rules, message: 'ожидается pp779' }]);
  return checkPp779(dossier, registry.inForce(rules, asOf), asOf);
}

export async function checkCluster(db: Sql, registry: RuleSetRegistry, clusterId: number, asOf: string, rules = 'pp779'): Promise<Pp779CheckResult> {
  return checkDossier(registry, await buildDossierFromDatabase(db, clusterId, asOf), rules, asOf);
}

export interface ClusterChange {
  add: string[];
  remove: string[];
}

async function resolveAdditions(db: Sql, dossier: Dossier, add: readonly string[]): Promise<RegistryOrganisation[]> {
  const { found, unknown } = await organisationsByInn(db, [...new Set(add)]);
  if (unknown.length > 0)
    throw new AppError('unknown_reference', `Организаций нет в реестре: ИНН ${unknown.join(', ')}`, `Unknown organisations: INN ${unknown.join(', ')}`,
      unknown.map((inn) => ({ path: 'body.add', value: inn, message: `ИНН ${inn} не найден в реестре`, messageEn: `INN ${inn} is not in the registry` })));
  const already = found.filter((o) => dossier.participants.some((p) => p.inn === o.inn));
  if (already.length > 0)
    throw new AppError('validation_failed', `Уже участники кластера: ИНН ${already.map((o) => o.inn).join(', ')}`, `Already participants: INN ${already.map((o) => o.inn).join(', ')}`,
      already.map((o) => ({ path: 'body.add', value: o.inn, message: 'уже участник', messageEn: 'already a participant' })));
  return found;
}

function checkRemovals(dossier: Dossier, remove: readonly string[]): void {
  const strangers = remove.filter((inn) => !dossier.participants.some((p) => p.inn === inn));
  if (strangers.length > 0)
    throw new AppError('validation_failed', `Не участники кластера: ИНН ${strangers.join(', ')}`, `Not participants of the cluster: INN ${strangers.join(', ')}`,
      strangers.map((inn) => ({ path: 'body.remove', value: inn, message: 'не участник', messageEn: 'not a participant' })));
}

/** The check re-run with enterprises added (with their links and purchases from the registry) or removed. */
export async function whatIfCluster(db: Sql, registry: RuleSetRegistry, clusterId: number, change: ClusterChange, asOf: string): Promise<WhatIfResult> {
  const dossier = await buildDossierFromDatabase(db, clusterId, asOf);
  checkRemovals(dossier, change.remove);
  const additions = await resolveAdditions(db, dossier, change.add);
  const candidates = await candidatesFromDatabase(db, clusterId, additions, asOf);
  return whatIf(dossier, registry.inForce('pp779', asOf), { add: candidates, remove: change.remove }, asOf);
}

/** How many enterprises of the cluster's regions are tried as additions: those trading with it first. */
export const SUGGESTION_CANDIDATES = 60;

/** Industrial enterprises of the cluster's regions that are not its participants, most connected to them first, then largest. */
async function regionalCandidates(db: Sql, clusterId: number, participants: readonly number[]): Promise<RegistryOrganisation[]> {
  const rows = await db.query(
    `SELECT o.id, o.inn, o.name, o.okved_main, o.region_code,
            coalesce((SELECT sum(l.volume) FROM links l WHERE l.deleted_at IS NULL AND
              ((l.supplier_id = o.id AND l.buyer_id = ANY($2::bigint[])) OR (l.buyer_id = o.id AND l.supplier_id = ANY($2::bigint[])))), 0) AS traded
     FROM organisations o JOIN clusters c ON c.id = $1 AND o.region_code = ANY(c.regions)
     WHERE o.deleted_at IS NULL AND o.kind = 'industrial' AND NOT (o.id = ANY($2::bigint[]))
     ORDER BY traded DESC, o.revenue DESC NULLS LAST, o.inn LIMIT ${SUGGESTION_CANDIDATES}`,
    [clusterId, participants],
  );
  return rows.map((r) => ({ id: Number(r.id), inn: r.inn as string, name: r.name as string, okved: r.okved_main as string, region: r.region_code as string }));
}

export interface ClusterSuggestions {
  check: Pp779CheckResult;
  additions: AdditionSuggestion;
  /** Participants whose removal alone breaks compliance (empty when the cluster does not comply now). */
  critical: CriticalParticipant[];
}

export async function suggestionsForCluster(db: Sql, registry: RuleSetRegistry, clusterId: number, asOf: string): Promise<ClusterSuggestions> {
  const dossier = await buildDossierFromDatabase(db, clusterId, asOf);
  const set = registry.inForce('pp779', asOf);
  const candidates = await candidatesFromDatabase(db, clusterId, await regionalCandidates(db, clusterId, await participantIds(db, clusterId, asOf)), asOf);
  const additions = suggestAdditions(dossier, set, candidates, asOf);
  return { check: checkPp779(dossier, set, asOf), additions, critical: criticalParticipants(dossier, set, asOf) };
}

import type { SessionUser } from '@klaster/contract';
import type { ClusterStatus } from '@klaster/core';
import {
  CLUSTER_STATUS_LABELS_EN, checklist, deadlineOutlook, effectiveParticipantStatus, roleMay, statusLabelRu, TRANSITIONS, transitionsFrom,
  validateTransition, type Checklist, type TransitionRefusal,
} from '@klaster/core/lifecycle/index.ts';
import {
  applyClusterStatus, insertClusterEvent, listClusterEvents, listDeadlines, listParticipantStatuses, lockClusterStatus, type ClusterEventRecord, type Database, type Sql,
} from '@klaster/db';
import { clusterAccess } from '../access/scope.ts';
import { AppError, notFound } from '../services/app-error.ts';
import { today } from '../rules/check.service.ts';
import type { RuleSetRegistry } from '../rules/ruleset-registry.ts';
import { loadLifecycleFacts } from './lifecycle-facts.ts';

export function transitionTable() {
  return {
    statuses: (['candidate', 'initiative', 'agreement_signed', 'specialized_org_set', 'application', 'pre_defence', 'in_registry', 'excluded'] as const)
      .map((status) => ({ status, ru: statusLabelRu(status), en: CLUSTER_STATUS_LABELS_EN[status] })),
    transitions: TRANSITIONS.map((t) => ({ ...t, roles: [...t.roles] })),
  };
}

/** The checklist of a cluster on asOf, with the pp779 version in force on that day. */
export async function clusterChecklist(db: Sql, registry: RuleSetRegistry, clusterId: number, asOf: string): Promise<Checklist & { cluster: { id: number; name: string } }> {
  const facts = await loadLifecycleFacts(db, clusterId, asOf);
  return { cluster: { id: clusterId, name: facts.name }, ...checklist(facts, registry.inForce('pp779', asOf)) };
}

/** Actors are logins of the staff: the public sees that a step was recorded, not by whom. */
const publicEvent = (e: ClusterEventRecord, user: SessionUser | null) => (user ? e : { ...e, actor: '' });

export async function clusterLifecycle(db: Sql, user: SessionUser | null, clusterId: number) {
  const facts = await loadLifecycleFacts(db, clusterId, today());
  const access = await clusterAccess(db, user, clusterId);
  const deadlines = await listDeadlines(db, clusterId);
  const outlook = deadlineOutlook(facts.deadlines, facts.events, today());
  const participants = await listParticipantStatuses(db, clusterId);
  return {
    cluster: { id: clusterId, code: facts.code, name: facts.name, status: facts.status, statusLabel: statusLabelRu(facts.status), regions: facts.regions },
    events: (await listClusterEvents(db, clusterId)).map((e) => publicEvent(e, user)),
    deadlines: outlook.map((o) => ({ ...o, id: deadlines.find((d) => d.targetStatus === o.targetStatus)?.id })),
    participants: participants.map((p) => ({
      ...p, status: p.status as 'listed' | 'intent' | 'confirmed' | 'declined' | null,
      effectiveStatus: effectiveParticipantStatus({ inn: p.inn, name: p.name, role: p.role, status: facts.participants.find((x) => x.inn === p.inn)?.status ?? null }, facts.agreements),
      updatedBy: user ? p.updatedBy : null,
    })),
    transitions: transitionsFrom(facts.status).map((t) => ({ ...t, roles: [...t.roles], allowed: access === 'manage' && roleMay(t, user?.role) })),
  };
}

/** How each refusal reaches the client: a missing right is 403, a wrong field 400, a step the state does not allow 409. */
function refusalError(r: TransitionRefusal): AppError {
  const code = r.code === 'role_not_allowed' ? 'forbidden' : r.code === 'transition_not_allowed' || r.code === 'checklist_incomplete' ? 'conflict' : 'validation_failed';
  return new AppError(code, r.message, r.messageEn, [{ path: 'reason', value: r.code, message: r.message, messageEn: r.messageEn }, ...r.details]);
}

export interface TransitionCommand {
  clusterId: number;
  to: string;
  happenedOn?: string;
  document?: { title?: string | null; number?: string | null; date?: string | null } | null;
  note?: string;
  user: SessionUser;
  actor: string;
}

/**
 * Records one life-cycle step: the cluster is locked, the step checked against the table and the checklist,
 * then the status change, its history row and the cluster_events row are written in one transaction.
 */
export async function recordTransition(db: Database, registry: RuleSetRegistry, cmd: TransitionCommand) {
  const now = today();
  const happenedOn = cmd.happenedOn ?? now;
  return db.transaction(async (tx) => {
    const locked = await lockClusterStatus(tx, cmd.clusterId);
    if (!locked) throw notFound('Кластер', 'Cluster', cmd.clusterId);
    const from = locked.status as ClusterStatus;
    const events = await listClusterEvents(tx, cmd.clusterId);
    const facts = await loadLifecycleFacts(tx, cmd.clusterId, happenedOn);
    const list = checklist(facts, registry.inForce('pp779', happenedOn));
    const verdict = validateTransition({
      from, to: cmd.to, role: cmd.user.role, happenedOn, today: now, document: cmd.document,
      lastEventOn: events.at(-1)?.happenedOn ?? null, step: list.steps.find((s) => s.to === cmd.to) ?? null,
    });
    if (!verdict.ok) throw refusalError(verdict.refusal);
    const to = verdict.transition.to;
    const version = await applyClusterStatus(tx, cmd.clusterId, to, cmd.actor, to === 'in_registry' ? cmd.document?.date ?? happenedOn : null);
    const event = await insertClusterEvent(tx, {
      clusterId: cmd.clusterId, fromStatus: from, toStatus: to, happenedOn, document: cmd.document ?? null,
      actor: cmd.actor, actorRole: cmd.user.role, note: cmd.note ?? '',
    });
    return { cluster: { id: cmd.clusterId, status: to, version }, event };
  });
}

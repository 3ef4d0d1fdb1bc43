import type { ClusterStatus } from '@klaster/core';
import type { FactAgreement, FactApplication, LifecycleFacts, ParticipantStatus } from '@klaster/core/lifecycle/index.ts';
import { listApplications, listClusterEvents, listDeadlines, listParticipantStatuses, loadClusterSnapshot, type Sql } from '@klaster/db';
import { notFound } from '../services/app-error.ts';
import { buildDossierFromDatabase } from '../rules/dossier-from-database.ts';

/** Codes of the documents recorded in an application's draft (the draft is the applicant's JSON). */
export function draftDocumentCodes(draft: Record<string, unknown>): string[] {
  const documents = Array.isArray(draft.documents) ? draft.documents : [];
  return documents.map((d) => (d && typeof d === 'object' ? (d as { code?: unknown }).code : null)).filter((c): c is string => typeof c === 'string');
}

type SnapshotAgreement = NonNullable<Awaited<ReturnType<typeof loadClusterSnapshot>>>['agreements'][number];
const toFactAgreement = (a: SnapshotAgreement): FactAgreement => ({
  title: a.title, number: a.number, signedOn: a.signedOn, kind: a.kind, partyInns: a.parties.map((p) => p.inn).filter((x): x is string => !!x),
});

/** The cluster's agreements with the INNs of their parties: what makes a participant confirmed. */
export async function clusterAgreements(db: Sql, clusterId: number): Promise<FactAgreement[]> {
  return ((await loadClusterSnapshot(db, clusterId))?.agreements ?? []).map(toFactAgreement);
}

/** Everything the checklist needs about a cluster, read from the registry (inside the caller's transaction when given one). */
export async function loadLifecycleFacts(db: Sql, clusterId: number, asOf: string): Promise<LifecycleFacts & { name: string; code: string; regions: string[] }> {
  const snapshot = await loadClusterSnapshot(db, clusterId);
  if (!snapshot || snapshot.deleted) throw notFound('Кластер', 'Cluster', clusterId);
  const dossier = await buildDossierFromDatabase(db, clusterId, asOf);
  const participants = await listParticipantStatuses(db, clusterId);
  const applications: FactApplication[] = (await listApplications(db, { clusterId })).map((a) => ({
    id: a.id, kind: a.kind, status: a.status, currentVersion: a.currentVersion, documents: draftDocumentCodes(a.draft),
  }));
  const so = dossier.cluster.specializedOrganization;
  return {
    name: snapshot.name, code: snapshot.code, regions: snapshot.regions,
    status: snapshot.status as ClusterStatus, asOf, dossier,
    participants: participants.map((p) => ({ inn: p.inn, name: p.name, role: p.role, status: p.status as ParticipantStatus | null })),
    agreements: snapshot.agreements.map(toFactAgreement),
    specializedOrg: so ? { inn: so.inn, name: so.name } : null,
    applications,
    deadlines: (await listDeadlines(db, clusterId)).map((d) => ({ targetStatus: d.targetStatus as ClusterStatus, dueOn: d.dueOn, title: d.title })),
    events: (await listClusterEvents(db, clusterId)).map((e) => ({ fromStatus: e.fromStatus as ClusterStatus | null, toStatus: e.toStatus as ClusterStatus, happenedOn: e.happenedOn })),
  };
}

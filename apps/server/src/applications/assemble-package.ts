import type { z } from 'zod';
import { ApplicationDraft, type ApplicationPackage } from '@klaster/contract';
import { APPLICATION_DOCUMENTS, effectiveParticipantStatus } from '@klaster/core/lifecycle/index.ts';
import { loadClusterSnapshot, type ApplicationRecord, type Sql } from '@klaster/db';
import { notFound } from '../services/app-error.ts';
import { checkDossier } from '../rules/check.service.ts';
import type { RuleSetRegistry } from '../rules/ruleset-registry.ts';
import { loadLifecycleFacts } from '../lifecycle/lifecycle-facts.ts';
import { getProject, projectView } from '../projects/projects.service.ts';
import { subsidyOfProject } from '../projects/project-subsidy.service.ts';

export type ApplicationPackageData = z.infer<typeof ApplicationPackage>;
export type ApplicationDraftData = z.infer<typeof ApplicationDraft>;

/** The stored draft read through its schema, so an old or partial draft still gives every field. */
export function normaliseDraft(draft: unknown): ApplicationDraftData {
  const parsed = ApplicationDraft.safeParse(draft ?? {});
  return parsed.success ? parsed.data : { documents: [] };
}

function packageDocuments(application: ApplicationRecord, draft: ApplicationDraftData): ApplicationPackageData['documents'] {
  return APPLICATION_DOCUMENTS[application.kind].map((d) => {
    const attached = draft.documents.find((x) => x.code === d.code);
    // Generated parts are assembled below from the registry: they are always in the package.
    return {
      code: d.code, source: d.source, ru: d.ru, en: d.en, provided: d.source === 'generated' || !!attached,
      title: attached?.title ?? null, number: attached?.number ?? null, date: attached?.date ?? null,
    };
  });
}

/**
 * The application package as of `asOf`, assembled from the registry: the cluster, its participants with their
 * status, its agreements, the pp779 check, and for a subsidy the joint project with its subsidy calculation;
 * plus the applicant's draft and the list of documents. This is what a submission freezes.
 */
export async function assemblePackage(db: Sql, registry: RuleSetRegistry, application: ApplicationRecord, asOf: string): Promise<ApplicationPackageData> {
  const snapshot = await loadClusterSnapshot(db, application.clusterId);
  if (!snapshot) throw notFound('Кластер', 'Cluster', application.clusterId);
  const facts = await loadLifecycleFacts(db, application.clusterId, asOf);
  const check = checkDossier(registry, facts.dossier, 'pp779', asOf);
  const roles = new Map(snapshot.participants.map((p) => [p.inn, p.role]));
  const draft = normaliseDraft(application.draft);
  const so = facts.dossier.cluster.specializedOrganization;
  const programme = facts.dossier.cluster.developmentProgramme;
  const project = application.projectId ? await getProject(db, application.projectId) : null;
  return {
    kind: application.kind, applicationId: application.id, assembledAt: new Date().toISOString(), asOf,
    cluster: {
      id: application.clusterId, code: snapshot.code, name: snapshot.name, kind: snapshot.kind, status: snapshot.status, specialization: snapshot.specialization,
      regions: snapshot.regions, registryDecisionDate: snapshot.registryDecisionDate,
      developmentProgramme: programme ? { from: programme.from, to: programme.to } : null,
      specializedOrganization: so ? { inn: so.inn, ogrn: so.ogrn ?? null, name: so.name } : null,
    },
    participants: facts.dossier.participants.map((p) => {
      const recorded = facts.participants.find((x) => x.inn === p.inn);
      const status = effectiveParticipantStatus({ inn: p.inn, name: p.name, role: roles.get(p.inn) ?? 'participant', status: recorded?.status ?? null }, facts.agreements);
      return { inn: p.inn, name: p.name, role: roles.get(p.inn) ?? 'participant', okved: p.okved, region: p.region, joinedOn: p.joinedOn ?? null, status };
    }),
    agreements: facts.agreements.map((a) => ({ title: a.title, number: a.number, signedOn: a.signedOn, kind: a.kind, parties: a.partyInns.length })),
    check,
    project: project ? projectView(project) : null,
    subsidy: project ? await subsidyOfProject(db, registry, project, asOf) : null,
    documents: packageDocuments(application, draft),
    draft,
  };
}

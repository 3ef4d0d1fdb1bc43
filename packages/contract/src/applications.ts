import { z } from 'zod';
import { APPLICATION_KINDS } from '@klaster/core/lifecycle/index.ts';
import { CheckResult } from './rules.ts';
import { Project, ProjectSubsidy } from './projects.ts';

/** Applications (registry entry, subsidy): the editable draft, the frozen versions, the package (issue #5). */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'ожидается дата ГГГГ-ММ-ДД');

export const ApplicationKind = z.enum(APPLICATION_KINDS).meta({ id: 'ApplicationKind' });
export const APPLICATION_STATUSES = ['draft', 'submitted', 'under_review', 'returned', 'approved', 'rejected', 'withdrawn'] as const;
export const ApplicationStatus = z.enum(APPLICATION_STATUSES).meta({ id: 'ApplicationStatus' });

/** A document the applicant attaches: which one of the package (code), and its title, number and date. */
export const AttachedDocument = z.object({
  code: z.string().min(1).max(100),
  title: z.string().trim().min(1).max(500),
  number: z.string().trim().max(100).nullish(),
  date: isoDate.nullish(),
});

/** The applicant's part of an application: everything else is assembled from the registry. */
export const ApplicationDraft = z
  .object({
    contactPerson: z.string().trim().max(300).nullish(),
    contactEmail: z.string().trim().max(300).nullish(),
    contactPhone: z.string().trim().max(100).nullish(),
    coverLetter: z.string().max(20_000).nullish(),
    documents: z.array(AttachedDocument).max(100).default([]),
  })
  .meta({ id: 'ApplicationDraft' });

export const CreateApplicationBody = z.object({
  kind: ApplicationKind,
  /** The joint project of a subsidy application. */
  projectId: z.number().int().positive().nullish(),
  draft: ApplicationDraft.optional(),
});

export const PackageDocument = z.object({
  code: z.string(), source: z.enum(['generated', 'attached']), ru: z.string(), en: z.string(), provided: z.boolean(),
  title: z.string().nullable(), number: z.string().nullable(), date: z.string().nullable(),
});

/** What a version freezes: the application as the commission reads it. */
export const ApplicationPackage = z
  .object({
    kind: ApplicationKind,
    applicationId: z.number().int(),
    assembledAt: z.string(),
    asOf: isoDate,
    cluster: z.object({
      id: z.number().int(), code: z.string(), name: z.string(), kind: z.string(), status: z.string(), specialization: z.string(),
      regions: z.array(z.string()), registryDecisionDate: z.string().nullable(),
      developmentProgramme: z.object({ from: z.string(), to: z.string() }).nullable(),
      specializedOrganization: z.object({ inn: z.string(), ogrn: z.string().nullable(), name: z.string() }).nullable(),
    }),
    participants: z.array(z.object({ inn: z.string(), name: z.string(), role: z.string(), okved: z.string(), region: z.string(), joinedOn: z.string().nullable(), status: z.string() })),
    agreements: z.array(z.object({ title: z.string(), number: z.string().nullable(), signedOn: z.string().nullable(), kind: z.string(), parties: z.number().int() })),
    check: CheckResult,
    project: Project.nullable(),
    subsidy: ProjectSubsidy.nullable(),
    documents: z.array(PackageDocument),
    draft: ApplicationDraft,
  })
  .meta({ id: 'ApplicationPackage' });

export const ApplicationVersionSummary = z.object({ version: z.number().int(), submittedAt: z.string(), submittedBy: z.string() });

export const Application = z
  .object({
    id: z.number().int(), clusterId: z.number().int(), clusterName: z.string(), kind: ApplicationKind,
    projectId: z.number().int().nullable(), projectTitle: z.string().nullable(), status: ApplicationStatus,
    currentVersion: z.number().int().nullable(), draft: ApplicationDraft, draftUpdatedAt: z.string(),
    /** The draft was edited after the latest submission: submitting again makes a new version. */
    draftChangedSinceSubmission: z.boolean(),
    versions: z.array(ApplicationVersionSummary),
    isDemo: z.boolean(), createdBy: z.string(), createdAt: z.string(), updatedAt: z.string(),
  })
  .meta({ id: 'Application' });

export const ApplicationSummary = Application.omit({ draft: true, versions: true }).meta({ id: 'ApplicationSummary' });

export const ApplicationVersion = z
  .object({
    applicationId: z.number().int(), version: z.number().int(), submittedAt: z.string(), submittedBy: z.string(),
    /** The package as submitted; versions written by other tools (imports, fixtures) are returned as they were stored. */
    frozen: z.union([ApplicationPackage, z.record(z.string(), z.unknown())]),
  })
  .meta({ id: 'ApplicationVersion' });

export const ApplicationPreview = z.object({ application: Application, package: ApplicationPackage }).meta({ id: 'ApplicationPreview' });

export const ApplicationVersionParams = z.object({
  id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  version: z.coerce.number().int().positive().max(1_000_000),
});

export const PackageQuery = z.object({
  format: z.enum(['pdf', 'xlsx', 'json']).default('pdf'),
  /** A submitted version; without it, the latest submitted one, or the draft when none was submitted. */
  version: z.coerce.number().int().positive().max(1_000_000).optional(),
});

/**
 * Joint projects (Decree 41) and applications (registry entry, subsidy): the response and request shapes of
 * apps/server/src/projects and apps/server/src/applications, inferred from the contract so that a change there
 * breaks the UI build. The enumerations are repeated as values (the web app takes only types from the
 * contract, which would otherwise pull zod into the bundle); the checks below fail the build when they drift.
 */
import type { z } from 'zod';
import type {
  Application as ApplicationSchema, ApplicationDraft as ApplicationDraftSchema, ApplicationPackage as ApplicationPackageSchema,
  ApplicationPreview as ApplicationPreviewSchema, ApplicationSummary as ApplicationSummarySchema, ApplicationVersion as ApplicationVersionSchema,
  ApplicationReview as ApplicationReviewSchema, CreateApplicationBody as CreateApplicationBodySchema, Project as ProjectSchema,
  ProjectBody as ProjectBodySchema, ProjectDecisionBody as ProjectDecisionBodySchema, ProjectSubsidy as ProjectSubsidySchema,
  ProjectSummary as ProjectSummarySchema,
} from '@klaster/contract';

export type ProjectSummary = z.infer<typeof ProjectSummarySchema>;
export type Project = z.infer<typeof ProjectSchema>;
export type ProjectBody = z.input<typeof ProjectBodySchema>;
export type ProjectDecisionBody = z.input<typeof ProjectDecisionBodySchema>;
export type ProjectSubsidy = z.infer<typeof ProjectSubsidySchema>;
export type ProjectStatus = Project['status'];
export type ProjectStage = Project['stages'][number]['stage'];
export type BudgetLine = Project['budget'][number];

export type Application = z.infer<typeof ApplicationSchema>;
export type ApplicationSummary = z.infer<typeof ApplicationSummarySchema>;
export type ApplicationDraft = z.input<typeof ApplicationDraftSchema>;
export type AttachedDocument = NonNullable<ApplicationDraft['documents']>[number];
export type ApplicationPackage = z.infer<typeof ApplicationPackageSchema>;
export type PackageDocument = ApplicationPackage['documents'][number];
export type ApplicationPreview = z.infer<typeof ApplicationPreviewSchema>;
export type ApplicationVersion = z.infer<typeof ApplicationVersionSchema>;
export type ApplicationStatus = Application['status'];
export type ApplicationKind = Application['kind'];
export type CreateApplicationBody = z.input<typeof CreateApplicationBodySchema>;
/** Only what the screens read of an expert review (the review screen itself is another module's). */
export type ApplicationReviewHead = Pick<z.infer<typeof ApplicationReviewSchema>, 'rounds' | 'remarks'>;

/** The list, checked to hold every member of U and nothing else (a drift of the contract fails the build). */
function exhaustive<U extends string>() {
  return <const L extends readonly U[]>(list: L & ([U] extends [L[number]] ? unknown : never)): L => list;
}

export const PROJECT_STAGES = exhaustive<ProjectStage>()(['rnd', 'documentation', 'equipment', 'launch', 'serial']);
export const PROJECT_STATUSES = exhaustive<ProjectStatus>()(['draft', 'submitted', 'supported', 'rejected', 'completed']);
export const APPLICATION_STATUSES = exhaustive<ApplicationStatus>()(['draft', 'submitted', 'under_review', 'returned', 'approved', 'rejected', 'withdrawn']);
export const APPLICATION_KINDS = exhaustive<ApplicationKind>()(['registry_entry', 'subsidy']);
/** The cost items of packages/core/src/projects/project-types.ts (the contract types them as plain strings; a test compares). */
export const COST_ITEMS = ['rnd', 'documentation', 'equipment', 'production-launch', 'production', 'starting-batch', 'marketing', 'other'] as const;
export type CostItem = (typeof COST_ITEMS)[number];

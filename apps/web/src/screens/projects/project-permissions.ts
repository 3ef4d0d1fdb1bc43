import type { ApplicationStatus, ProjectStatus } from '../../api/projects-types.ts';

/**
 * What the project and application screens offer to whom, mirroring the server: the routes of
 * apps/server/src/projects and apps/server/src/applications (CLUSTER_SIDE, with manage access to the cluster),
 * the status table of packages/core/src/projects/project-status.ts, and the closed states of
 * applications.service.ts. The server is the guard; these spare people buttons that could only be refused.
 */
export const CLUSTER_SIDE = ['admin', 'regional_operator', 'specialised_org'] as const;
const MINISTRY = ['admin'] as const;

export interface StatusChange { from: ProjectStatus; to: ProjectStatus; roles: readonly string[] }

export const PROJECT_STATUS_CHANGES: readonly StatusChange[] = [
  { from: 'draft', to: 'submitted', roles: CLUSTER_SIDE },
  { from: 'submitted', to: 'draft', roles: CLUSTER_SIDE },
  { from: 'submitted', to: 'supported', roles: MINISTRY },
  { from: 'submitted', to: 'rejected', roles: MINISTRY },
  { from: 'supported', to: 'completed', roles: MINISTRY },
];

/** The statuses this role may move a project to from `status` (given it manages the project's cluster). */
export function statusChangesFor(status: ProjectStatus, role: string | null | undefined): ProjectStatus[] {
  return PROJECT_STATUS_CHANGES.filter((c) => c.from === status && !!role && c.roles.includes(role)).map((c) => c.to);
}

/** Only a draft is edited or deleted. */
export const projectEditable = (status: ProjectStatus): boolean => status === 'draft';

/** Decided or withdrawn: nothing more happens. Under review: the experts read its versions, no new one. */
const CLOSED: readonly ApplicationStatus[] = ['approved', 'rejected', 'withdrawn'];
const NO_SUBMISSION: readonly ApplicationStatus[] = [...CLOSED, 'under_review'];

export interface ApplicationActions { editDraft: boolean; submit: boolean; withdraw: boolean }

/** What the cluster's manager may do with an application in this status (nothing, for anyone else). */
export function applicationActions(status: ApplicationStatus, manages: boolean): ApplicationActions {
  if (!manages) return { editDraft: false, submit: false, withdraw: false };
  return { editDraft: !CLOSED.includes(status), submit: !NO_SUBMISSION.includes(status), withdraw: !CLOSED.includes(status) };
}

/** GET /api/expert/applications/:id/review admits these roles; asking with another only earns a 403. */
export const REVIEW_READERS = ['admin', 'expert', 'specialised_org', 'enterprise'] as const;
export const mayAskForReview = (role: string | null | undefined): boolean => !!role && (REVIEW_READERS as readonly string[]).includes(role);

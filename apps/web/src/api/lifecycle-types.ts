/**
 * The cluster life cycle (contract: packages/contract/src/lifecycle.ts): steps, deadlines, participant statuses
 * and the checklist, derived from the server's zod schemas so a change of the contract breaks the UI build.
 */
import type { z } from 'zod';
import type {
  Checklist as ChecklistSchema, ClusterLifecycle as ClusterLifecycleSchema, DeadlineBody as DeadlineBodySchema,
  DeadlineOutlook as DeadlineOutlookSchema, LifecycleBoard as LifecycleBoardSchema, ParticipantStatusBody as ParticipantStatusBodySchema,
  ParticipantStatusRow as ParticipantStatusRowSchema, TransitionBody as TransitionBodySchema, TransitionResult as TransitionResultSchema,
} from '@klaster/contract';

export type ClusterLifecycle = z.infer<typeof ClusterLifecycleSchema>;
export type ClusterStatus = ClusterLifecycle['cluster']['status'];
export type ClusterEvent = ClusterLifecycle['events'][number];
export type AvailableTransition = ClusterLifecycle['transitions'][number];
export type DeadlineOutlook = z.infer<typeof DeadlineOutlookSchema>;
export type ParticipantStatusRow = z.infer<typeof ParticipantStatusRowSchema>;
export type ParticipantStatus = ParticipantStatusRow['effectiveStatus'];
export type Checklist = z.infer<typeof ChecklistSchema>;
export type ChecklistStep = Checklist['steps'][number];
export type ChecklistItem = ChecklistStep['items'][number];
export type TransitionBody = z.input<typeof TransitionBodySchema>;
export type TransitionResult = z.infer<typeof TransitionResultSchema>;
export type DeadlineBody = z.input<typeof DeadlineBodySchema>;
export type ParticipantStatusBody = z.input<typeof ParticipantStatusBodySchema>;

export type LifecycleBoard = z.infer<typeof LifecycleBoardSchema>;
export type LifecycleBoardItem = LifecycleBoard['items'][number];

/** The statuses in life-cycle order; exclusion is off the main line. */
export const MAIN_LINE: readonly ClusterStatus[] = ['candidate', 'initiative', 'agreement_signed', 'specialized_org_set', 'application', 'pre_defence', 'in_registry'];
export const ALL_STATUSES: readonly ClusterStatus[] = [...MAIN_LINE, 'excluded'];
export const PARTICIPANT_STATUSES: readonly ParticipantStatus[] = ['listed', 'intent', 'confirmed', 'declined'];

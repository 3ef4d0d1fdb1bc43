import { z } from 'zod';
import { CLUSTER_STATUSES } from '@klaster/core';
import { LIFECYCLE_ROLES, PARTICIPANT_STATUSES } from '@klaster/core/lifecycle/index.ts';
import { CheckResult } from './rules.ts';
import { listParam, regionCode } from './common.ts';

/** The cluster life cycle: transitions, events, deadlines, participant statuses, the checklist (issue #5). */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'ожидается дата ГГГГ-ММ-ДД');
const bilingual = { ru: z.string(), en: z.string() };

export const ClusterStatusValue = z.enum(CLUSTER_STATUSES).meta({ id: 'ClusterStatus' });
export const ParticipantStatusValue = z.enum(PARTICIPANT_STATUSES).meta({ id: 'ParticipantStatus' });

export const DocumentRequirement = z.object({ required: z.boolean(), numberRequired: z.boolean(), ...bilingual });

export const TransitionDefinition = z
  .object({
    from: ClusterStatusValue, to: ClusterStatusValue, direction: z.enum(['forward', 'back', 'exclusion']),
    roles: z.array(z.enum(LIFECYCLE_ROLES)).readonly(), document: DocumentRequirement, ...bilingual,
  })
  .meta({ id: 'LifecycleTransition' });

export const TransitionList = z.object({ statuses: z.array(z.object({ status: ClusterStatusValue, ...bilingual })), transitions: z.array(TransitionDefinition) });

/** The document a step rests on: title, number, date. */
export const DocumentRef = z.object({
  title: z.string().trim().max(500).nullish(),
  number: z.string().trim().max(100).nullish(),
  date: isoDate.nullish(),
});

export const ClusterEvent = z
  .object({
    id: z.number().int(), fromStatus: ClusterStatusValue.nullable(), toStatus: ClusterStatusValue, happenedOn: isoDate,
    document: z.object({ title: z.string().nullable(), number: z.string().nullable(), date: z.string().nullable() }).nullable(),
    actor: z.string(), actorRole: z.string().nullable(), note: z.string(), recordedAt: z.string(), isDemo: z.boolean(),
  })
  .meta({ id: 'ClusterEvent' });

export const DeadlineOutlook = z
  .object({
    id: z.number().int().optional(), targetStatus: ClusterStatusValue, title: z.string(), dueOn: isoDate, metOn: isoDate.nullable(),
    daysLeft: z.number().int().nullable(), state: z.enum(['met', 'met_late', 'open', 'overdue']), message: z.string(), messageEn: z.string(),
  })
  .meta({ id: 'DeadlineOutlook' });

export const ParticipantStatusRow = z
  .object({
    organisationId: z.number().int(), inn: z.string(), name: z.string(), role: z.string(),
    /** As recorded; null when nothing was recorded. */
    status: ParticipantStatusValue.nullable(),
    /** What counts: a party to a signed agreement is confirmed, a recorded refusal wins. */
    effectiveStatus: ParticipantStatusValue,
    document: z.object({ title: z.string().nullable(), number: z.string().nullable(), date: z.string().nullable() }).nullable(),
    updatedBy: z.string().nullable(), updatedAt: z.string().nullable(),
  })
  .meta({ id: 'ParticipantStatusRow' });

export const AvailableTransition = TransitionDefinition.extend({
  /** Whether the signed-in user may record it (role and scope); the checklist may still refuse it. */
  allowed: z.boolean(),
});

export const ClusterLifecycle = z
  .object({
    cluster: z.object({ id: z.number().int(), code: z.string(), name: z.string(), status: ClusterStatusValue, statusLabel: z.string(), regions: z.array(z.string()) }),
    events: z.array(ClusterEvent),
    deadlines: z.array(DeadlineOutlook),
    participants: z.array(ParticipantStatusRow),
    transitions: z.array(AvailableTransition),
  })
  .meta({ id: 'ClusterLifecycle' });

export const ChecklistItem = z.object({
  id: z.string(), kind: z.enum(['participant', 'agreement', 'requirement', 'document', 'application', 'compliance']),
  done: z.boolean().nullable(), blocking: z.boolean(), message: z.string(), messageEn: z.string(),
  inn: z.string().optional(), name: z.string().optional(), found: z.number().nullable().optional(), required: z.number().optional(),
  legalBasis: z.string().optional(), confidence: z.enum(['confirmed', 'assumed']).optional(),
});

export const ChecklistStep = z.object({
  from: ClusterStatusValue, to: ClusterStatusValue, ...bilingual, roles: z.array(z.enum(LIFECYCLE_ROLES)).readonly(), document: DocumentRequirement,
  items: z.array(ChecklistItem), remaining: z.number().int(), blockingRemaining: z.number().int(),
});

export const Checklist = z
  .object({
    cluster: z.object({ id: z.number().int(), name: z.string() }),
    status: ClusterStatusValue, asOf: isoDate,
    check: z.object({ ruleset: z.string(), compliant: z.boolean(), checkYear: z.number().int().nullable(), warnings: CheckResult.shape.warnings }),
    steps: z.array(ChecklistStep), next: ChecklistStep.nullable(), remaining: z.number().int(),
    deadlines: z.array(DeadlineOutlook), deadline: DeadlineOutlook.nullable(), summary: z.string(), summaryEn: z.string(),
  })
  .meta({ id: 'Checklist' });

export const TransitionBody = z.object({
  to: z.string().min(1).max(50),
  /** The day the step took effect; today when omitted. */
  happenedOn: isoDate.optional(),
  document: DocumentRef.nullish(),
  note: z.string().max(2000).optional(),
});

export const TransitionResult = z
  .object({ cluster: z.object({ id: z.number().int(), status: ClusterStatusValue, version: z.number().int() }), event: ClusterEvent })
  .meta({ id: 'TransitionResult' });

export const ParticipantStatusBody = z.object({ status: ParticipantStatusValue, document: DocumentRef.nullish() });
export const ParticipantStatusParams = z.object({ id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER), inn: z.string().regex(/^\d{10}(\d{2})?$/, 'ИНН — 10 или 12 цифр') });

export const DeadlineBody = z.object({ dueOn: isoDate, title: z.string().trim().min(1).max(500), note: z.string().max(2000).optional() });
export const DeadlineParams = z.object({ id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER), status: ClusterStatusValue });
export const AsOfOnly = z.object({ asOf: isoDate.optional() });

/**
 * GET /api/lifecycle/clusters: the clusters a user may see, each with where it stands on its way to the registry
 * (next step, checklist progress, nearest deadline).
 */
const boardDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'ожидается дата ГГГГ-ММ-ДД');

export const LifecycleBoardQuery = z.object({
  status: listParam.pipe(z.array(ClusterStatusValue).optional()),
  region: listParam.pipe(z.array(regionCode).optional()),
  q: z.string().trim().max(200).optional(),
  /** The day deadlines and the checklist are judged on; today when omitted. */
  asOf: boardDay.optional(),
  page: z.coerce.number().int().min(1).max(1_000_000).default(1),
  // Each row of a page runs the checklist (the pp779 check on the cluster's dossier): pages stay small.
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});

export const LifecycleBoardItem = z.object({
  id: z.number().int(), code: z.string(), name: z.string(), kind: z.string(), status: ClusterStatusValue,
  regions: z.array(z.string()), regionNames: z.array(z.string()), isDemo: z.boolean(),
  /** The latest recorded step: the day the cluster reached its status. */
  lastEvent: z.object({ toStatus: ClusterStatusValue, happenedOn: boardDay }).nullable(),
  /** The earliest deadline not yet met (open or overdue). */
  deadline: DeadlineOutlook.nullable(),
  overdueCount: z.number().int(),
  /** Checklist items done of all items on the way to the registry; null when no step remains. */
  progress: z.object({ done: z.number().int(), total: z.number().int() }).nullable(),
  next: z.object({ to: ClusterStatusValue, ru: z.string(), en: z.string(), items: z.number().int(), remaining: z.number().int(), blockingRemaining: z.number().int() }).nullable(),
});

export const LifecycleBoard = z
  .object({
    asOf: boardDay,
    items: z.array(LifecycleBoardItem), total: z.number().int(), page: z.number().int(), pageSize: z.number().int(),
    /** How many of the clusters matching the search and region are in each status (the status filter aside). */
    counts: z.array(z.object({ status: ClusterStatusValue, count: z.number().int() })),
  })
  .meta({ id: 'LifecycleBoard' });

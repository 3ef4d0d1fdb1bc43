import { z } from 'zod';
import { DECISION_OUTCOMES, REMARK_STATUSES, ROUND_KINDS, SCORE_MAX, SCORE_MIN } from '@klaster/core/expert/index.ts';

/**
 * The expert commission's API (PRODUCT.md C8): commissions, criteria, sessions, conflicts of interest,
 * review rounds, assignments, scores, remarks, decisions, rankings and reminders.
 */
export const ExpertRoundKind = z.enum(ROUND_KINDS).meta({ id: 'ExpertRoundKind', description: 'pre_defence — предзащита, defence — защита' });
export const ExpertDecisionOutcome = z
  .enum(DECISION_OUTCOMES)
  .meta({ id: 'ExpertDecisionOutcome', description: 'approved — одобрено, revise — на доработку (работа над ошибками), rejected — отклонено' });
export const ExpertRemarkStatus = z
  .enum(REMARK_STATUSES)
  .meta({ id: 'ExpertRemarkStatus', description: 'open — ждёт ответа, answered — ответ получен, accepted — снято, rejected — ответ не принят' });

const text = (max: number) => z.string().trim().min(1).max(max);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'дата ГГГГ-ММ-ДД');
const isoDateTime = z.iso.datetime({ offset: true });
const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

// ── Inputs ──────────────────────────────────────────────────────────────────

export const CommissionInput = z.object({ name: text(300), description: z.string().max(4000).default('') });
export const CommissionMemberInput = z.object({ userId: id, position: z.string().trim().max(300).default('') });
export const ExpertCriteriaInput = z.object({
  criteria: z.array(z.object({ name: text(300), description: z.string().max(2000).default(''), weight: z.number() })).max(50),
});
export const ExpertSessionInput = z.object({
  title: text(300),
  round: ExpertRoundKind,
  heldOn: isoDate,
  place: z.string().trim().max(300).default(''),
  scoresDue: isoDateTime,
  answersDue: isoDateTime.nullable().default(null),
});
export const ExpertAgendaInput = z.object({ applicationId: id });
export const ExpertAssignmentInput = z.object({ expertId: id });
export const ExpertScoresInput = z.object({
  scores: z.array(z.object({ criterionId: id, score: z.number(), comment: z.string().trim().max(4000).nullable().default(null) })).min(1).max(50),
});
export const ExpertRemarkInput = z.object({ text: text(4000) });
/** The secretary returns a submitted sheet to its expert with a reason the expert reads. */
export const ExpertSheetReturnInput = z.object({ reason: text(2000) });
export const ExpertRemarkAnswerInput = z.object({ answer: text(8000) });
export const ExpertRemarkResolutionInput = z.object({ comment: z.string().trim().max(4000).default('') });
export const ExpertDecisionInput = z.object({ outcome: ExpertDecisionOutcome, reason: text(4000) });
export const ExpertConflictInput = z.object({
  /** The secretary may record a declaration for an expert; an expert declares for themselves (leave empty). */
  expertId: id.optional(),
  organisationId: id,
  reason: text(1000),
});
export const ExpertRankingQuery = z.object({ by: z.enum(['score', 'remarks']).default('score') });
export const ExpertRemindersQuery = z.object({ asOf: isoDateTime.optional() });
export const ExpertConflictsQuery = z.object({ expertId: z.coerce.number().int().positive().optional() });

// ── Records ─────────────────────────────────────────────────────────────────

export const ExpertCriterion = z
  .object({ id: z.number().int(), position: z.number().int(), name: z.string(), description: z.string(), weight: z.number().int() })
  .meta({ id: 'ExpertCriterion' });

export const CommissionMember = z
  .object({ userId: z.number().int(), login: z.string(), displayName: z.string(), position: z.string() })
  .meta({ id: 'CommissionMember' });

export const ExpertSession = z
  .object({
    id: z.number().int(), commissionId: z.number().int(), commissionName: z.string(), title: z.string(), round: ExpertRoundKind,
    heldOn: z.string(), place: z.string(), scoresDue: z.string(), answersDue: z.string().nullable(), isDemo: z.boolean(),
  })
  .meta({ id: 'ExpertSession' });

export const CommissionSummary = z
  .object({ id: z.number().int(), name: z.string(), description: z.string(), isDemo: z.boolean(), members: z.number().int(), sessions: z.number().int(), createdAt: z.string() })
  .meta({ id: 'CommissionSummary' });

export const Commission = z
  .object({
    id: z.number().int(), name: z.string(), description: z.string(), isDemo: z.boolean(), createdAt: z.string(),
    members: z.array(CommissionMember), criteria: z.array(ExpertCriterion), sessions: z.array(ExpertSession),
    /** Criteria can be replaced only while nothing has been scored against them. */
    criteriaLocked: z.boolean(),
  })
  .meta({ id: 'Commission' });

export const ReviewedApplication = z
  .object({ id: z.number().int(), clusterId: z.number().int(), clusterName: z.string(), kind: z.string(), status: z.string(), currentVersion: z.number().int().nullable() })
  .meta({ id: 'ReviewedApplication' });

export const ExpertDecision = z
  .object({
    id: z.number().int(), roundId: z.number().int(), applicationId: z.number().int(), sessionId: z.number().int(), outcome: ExpertDecisionOutcome,
    reason: z.string(), weightedScore: z.number().nullable(), unresolvedRemarks: z.number().int(), decidedBy: z.string(), decidedAt: z.string(),
  })
  .meta({ id: 'ExpertDecision' });

export const ExpertRound = z
  .object({
    id: z.number().int(), applicationId: z.number().int(), number: z.number().int(), kind: ExpertRoundKind, version: z.number().int(),
    sessionId: z.number().int().nullable(), openedBy: z.enum(['agenda', 'resubmission']), openedAt: z.string(),
  })
  .meta({ id: 'ExpertRound' });

export const ExpertRemarkCounts = z
  .object({ open: z.number().int(), answered: z.number().int(), accepted: z.number().int(), rejected: z.number().int(), unresolved: z.number().int(), awaitingApplicant: z.number().int() })
  .meta({ id: 'ExpertRemarkCounts' });

export const AgendaAssignment = z
  .object({
    id: z.number().int(), expertId: z.number().int(), expertName: z.string(), scored: z.number().int(), complete: z.boolean(),
    /** When the expert submitted the sheet; null while it is a draft (a draft does not count in the ranking). */
    submittedAt: z.string().nullable(),
    /** The expert has since declared a conflict with an organisation of the cluster: they can no longer score. */
    conflict: z.boolean(),
    /** The expert's weighted total (0–100) once the sheet is submitted, else null: the ranking shows each expert's total and their spread. */
    total: z.number().nullable(),
  })
  .meta({ id: 'AgendaAssignment' });

export const AgendaItem = z
  .object({
    round: ExpertRound, application: ReviewedApplication, assignments: z.array(AgendaAssignment), weightedScore: z.number().nullable(),
    /** Sheets submitted (what the weighted score is the mean of), of assignments.length. */
    submittedSheets: z.number().int(), remarks: ExpertRemarkCounts, decision: ExpertDecision.nullable(),
  })
  .meta({ id: 'AgendaItem' });

export const SessionAgenda = z
  .object({ session: ExpertSession, criteria: z.array(ExpertCriterion), items: z.array(AgendaItem), waiting: z.array(z.object({ round: ExpertRound, application: ReviewedApplication })) })
  .meta({ id: 'SessionAgenda' });

export const ExpertRankingItem = z
  .object({
    rank: z.number().int(), round: ExpertRound, application: ReviewedApplication, weightedScore: z.number().nullable(),
    /** Submitted sheets (counted) of all sheets (one per assigned expert; the rest are drafts). */
    submittedSheets: z.number().int(), sheets: z.number().int(), unresolvedRemarks: z.number().int(), decision: ExpertDecisionOutcome.nullable(),
  })
  .meta({ id: 'ExpertRankingItem' });

export const ExpertRanking = z.object({ session: ExpertSession, by: z.enum(['score', 'remarks']), items: z.array(ExpertRankingItem) }).meta({ id: 'ExpertRanking' });

export const ExpertScoreLine = z.object({ criterionId: z.number().int(), score: z.number().int(), comment: z.string().nullable() });

export const ExpertScoreSheet = z
  .object({
    assignmentId: z.number().int(), expertId: z.number().int().nullable(), expertName: z.string().nullable(), mine: z.boolean(),
    /** When the sheet was submitted; null for a draft, whose scores only its expert sees (the secretary sees `scored`). */
    submittedAt: z.string().nullable(), scored: z.number().int(),
    total: z.number().nullable(), scores: z.array(ExpertScoreLine),
  })
  .meta({ id: 'ExpertScoreSheet' });

export const ExpertScoresSummary = z
  .object({
    weightedScore: z.number().nullable(), submittedSheets: z.number().int(), sheets: z.number().int(),
    byCriterion: z.array(z.object({ criterionId: z.number().int(), weight: z.number().int(), mean: z.number().nullable() })),
    comments: z.array(z.object({ criterionId: z.number().int(), text: z.string() })),
  })
  .meta({ id: 'ExpertScoresSummary' });

export const ExpertScoresView = z
  .object({
    /** all: every sheet with names (secretary); own / own_and_summary: an expert; summary / hidden_until_decision: the applicant. */
    visibility: z.enum(['all', 'own', 'own_and_summary', 'summary', 'hidden_until_decision']),
    summary: ExpertScoresSummary.nullable(),
    sheets: z.array(ExpertScoreSheet),
  })
  .meta({ id: 'ExpertScoresView' });

export const ExpertRemarkEvent = z.object({ action: z.enum(['raise', 'answer', 'accept', 'reject']), text: z.string(), at: z.string() });

export const ExpertRemark = z
  .object({
    id: z.number().int(), applicationId: z.number().int(), roundId: z.number().int(), roundNumber: z.number().int(), text: z.string(), status: ExpertRemarkStatus,
    answer: z.string().nullable(), answeredAt: z.string().nullable(), resolutionComment: z.string().nullable(), resolvedAt: z.string().nullable(),
    createdAt: z.string(),
    /** The expert who wrote it: shown to the secretary, and to the expert their own; null for everyone else. */
    author: z.object({ id: z.number().int(), name: z.string() }).nullable(),
    mine: z.boolean(),
    events: z.array(ExpertRemarkEvent),
  })
  .meta({ id: 'ExpertRemark' });

export const ReviewRound = z
  .object({ round: ExpertRound, session: ExpertSession.nullable(), decision: ExpertDecision.nullable(), scores: ExpertScoresView })
  .meta({ id: 'ReviewRound' });

export const ApplicationReview = z
  .object({
    application: ReviewedApplication,
    viewer: z.enum(['secretary', 'expert', 'applicant']),
    /** The applicant side that may answer remarks and resubmit (the cluster's specialised organisation). */
    canAnswer: z.boolean(),
    criteria: z.array(ExpertCriterion),
    rounds: z.array(ReviewRound),
    remarks: z.array(ExpertRemark),
    remarkCounts: ExpertRemarkCounts,
    /** Whether a resubmission would be accepted now, and if not, why (Russian and English). */
    resubmission: z.object({ possible: z.boolean(), message: z.string().nullable(), messageEn: z.string().nullable() }),
  })
  .meta({ id: 'ApplicationReview' });

export const ExpertAssignment = z
  .object({
    id: z.number().int(), round: ExpertRound, session: ExpertSession, application: ReviewedApplication, criteria: z.number().int(), scored: z.number().int(),
    complete: z.boolean(),
    /** When the expert submitted the sheet; null while it is a draft. */
    submittedAt: z.string().nullable(),
    decided: z.boolean(), remarks: z.number().int(),
  })
  .meta({ id: 'ExpertAssignment' });

/** A step of a sheet's submission: the expert submitted or reopened it, or the secretary returned it (with the reason). */
export const ExpertSheetEvent = z
  .object({ action: z.enum(['submit', 'reopen', 'return']), actor: z.string(), comment: z.string(), at: z.string() })
  .meta({ id: 'ExpertSheetEvent' });

export const ExpertAssignmentSheet = z
  .object({
    assignment: ExpertAssignment, criteria: z.array(ExpertCriterion), scores: z.array(ExpertScoreLine), total: z.number().nullable(),
    remarks: z.array(ExpertRemark),
    /** The expert may change the scores now: a draft, not decided, no conflict declared. */
    editable: z.boolean(),
    /** Why the sheet cannot be changed (decided, or a declared conflict), or null. */
    lockedReason: z.string().nullable(),
    /** Who submitted the sheet and when; null while it is a draft. */
    submittedAt: z.string().nullable(),
    submittedBy: z.string().nullable(),
    /** Every submission, reopening and return, oldest first. */
    events: z.array(ExpertSheetEvent),
    /** What the signed-in user may do with the sheet now. */
    canRemark: z.boolean(), canSubmit: z.boolean(), canReopen: z.boolean(), canReturn: z.boolean(),
  })
  .meta({ id: 'ExpertAssignmentSheet' });

export const ExpertApplicationVersion = z
  .object({ application: ReviewedApplication, version: z.number().int(), submittedAt: z.string(), frozen: z.record(z.string(), z.unknown()) })
  .meta({ id: 'ExpertApplicationVersion' });

export const ExpertConflict = z
  .object({
    id: z.number().int(), expertId: z.number().int(), expertName: z.string(), organisationId: z.number().int(), organisationName: z.string(),
    organisationInn: z.string(), reason: z.string(), declaredAt: z.string(), withdrawnAt: z.string().nullable(),
  })
  .meta({ id: 'ExpertConflict' });

export const ExpertReminder = z
  .object({
    key: z.string(), kind: z.enum(['scores_due', 'scores_overdue', 'answers_due', 'answers_overdue', 'decision_due']),
    recipient: z.object({ role: z.enum(['expert', 'specialised_org', 'admin']), userId: z.number().int().nullable(), clusterId: z.number().int().nullable() }),
    dueAt: z.string(), sessionId: z.number().int(), applicationId: z.number().int(), assignmentId: z.number().int().nullable(), count: z.number().int().nullable(),
    message: z.string(), messageEn: z.string(), sentAt: z.string().nullable(),
  })
  .meta({ id: 'ExpertReminder' });

export const ExpertRemindersList = z.object({ asOf: z.string(), items: z.array(ExpertReminder) });
export const ExpertRemindersSent = z.object({ asOf: z.string(), sent: z.array(ExpertReminder), alreadySent: z.number().int() });

export const EXPERT_SCORE_RANGE = { min: SCORE_MIN, max: SCORE_MAX } as const;

export type ExpertRoundKind = z.infer<typeof ExpertRoundKind>;
export type ExpertDecisionOutcome = z.infer<typeof ExpertDecisionOutcome>;
export type ExpertRemarkStatus = z.infer<typeof ExpertRemarkStatus>;
export type CommissionInput = z.infer<typeof CommissionInput>;
export type CommissionMemberInput = z.infer<typeof CommissionMemberInput>;
export type ExpertCriteriaInput = z.infer<typeof ExpertCriteriaInput>;
export type ExpertSessionInput = z.infer<typeof ExpertSessionInput>;
export type ExpertAgendaInput = z.infer<typeof ExpertAgendaInput>;
export type ExpertAssignmentInput = z.infer<typeof ExpertAssignmentInput>;
export type ExpertScoresInput = z.infer<typeof ExpertScoresInput>;
export type ExpertRemarkInput = z.infer<typeof ExpertRemarkInput>;
export type ExpertSheetReturnInput = z.infer<typeof ExpertSheetReturnInput>;
export type ExpertSheetEvent = z.infer<typeof ExpertSheetEvent>;
export type ExpertRemarkAnswerInput = z.infer<typeof ExpertRemarkAnswerInput>;
export type ExpertRemarkResolutionInput = z.infer<typeof ExpertRemarkResolutionInput>;
export type ExpertDecisionInput = z.infer<typeof ExpertDecisionInput>;
export type ExpertConflictInput = z.infer<typeof ExpertConflictInput>;
export type ExpertRankingQuery = z.infer<typeof ExpertRankingQuery>;
export type ExpertRemindersQuery = z.infer<typeof ExpertRemindersQuery>;
export type ExpertConflictsQuery = z.infer<typeof ExpertConflictsQuery>;
export type ExpertCriterion = z.infer<typeof ExpertCriterion>;
export type CommissionMember = z.infer<typeof CommissionMember>;
export type ExpertSession = z.infer<typeof ExpertSession>;
export type CommissionSummary = z.infer<typeof CommissionSummary>;
export type Commission = z.infer<typeof Commission>;
export type ReviewedApplication = z.infer<typeof ReviewedApplication>;
export type ExpertDecision = z.infer<typeof ExpertDecision>;
export type ExpertRound = z.infer<typeof ExpertRound>;
export type ExpertRemarkCounts = z.infer<typeof ExpertRemarkCounts>;
export type AgendaAssignment = z.infer<typeof AgendaAssignment>;
export type AgendaItem = z.infer<typeof AgendaItem>;
export type SessionAgenda = z.infer<typeof SessionAgenda>;
export type ExpertRankingItem = z.infer<typeof ExpertRankingItem>;
export type ExpertRanking = z.infer<typeof ExpertRanking>;
export type ExpertScoreLine = z.infer<typeof ExpertScoreLine>;
export type ExpertScoreSheet = z.infer<typeof ExpertScoreSheet>;
export type ExpertScoresSummary = z.infer<typeof ExpertScoresSummary>;
export type ExpertScoresView = z.infer<typeof ExpertScoresView>;
export type ExpertRemarkEvent = z.infer<typeof ExpertRemarkEvent>;
export type ExpertRemark = z.infer<typeof ExpertRemark>;
export type ReviewRound = z.infer<typeof ReviewRound>;
export type ApplicationReview = z.infer<typeof ApplicationReview>;
export type ExpertAssignment = z.infer<typeof ExpertAssignment>;
export type ExpertAssignmentSheet = z.infer<typeof ExpertAssignmentSheet>;
export type ExpertApplicationVersion = z.infer<typeof ExpertApplicationVersion>;
export type ExpertConflict = z.infer<typeof ExpertConflict>;
export type ExpertReminder = z.infer<typeof ExpertReminder>;
export type ExpertRemindersList = z.infer<typeof ExpertRemindersList>;
export type ExpertRemindersSent = z.infer<typeof ExpertRemindersSent>;

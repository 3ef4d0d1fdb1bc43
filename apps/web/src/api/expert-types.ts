/**
 * The expert commission's API as the web uses it (contract: packages/contract/src/expert.ts; server:
 * apps/server/src/expert/). Types come from the contract, so a change there breaks the UI build.
 */
export type {
  AgendaAssignment, AgendaItem, ApplicationReview, Commission, CommissionMember, CommissionSummary, ExpertAssignment, ExpertAssignmentSheet,
  ExpertApplicationVersion, ExpertConflict, ExpertCriterion, ExpertDecision, ExpertDecisionOutcome, ExpertRanking, ExpertRankingItem, ExpertReminder,
  ExpertRemindersList, ExpertRemindersSent, ExpertRemark, ExpertRemarkStatus, ExpertRound, ExpertRoundKind, ExpertScoreLine, ExpertScoreSheet,
  ExpertScoresSummary, ExpertSession, ExpertSessionInput, ExpertSheetEvent, ReviewRound, ReviewedApplication, SessionAgenda,
} from '@klaster/contract';
import type { z } from 'zod';
import type { ApplicationPackage as ApplicationPackageSchema } from '@klaster/contract';

/** A frozen application version as the applications module stores it (what the commission reads). */
export type FrozenPackage = z.infer<typeof ApplicationPackageSchema>;

/** Versions written by other tools may lack the package's sections; only a real package is shown as one. */
export function isFrozenPackage(frozen: unknown): frozen is FrozenPackage {
  const f = frozen as Partial<FrozenPackage> | null;
  return !!f && typeof f === 'object' && !!f.cluster && Array.isArray(f.participants) && Array.isArray(f.documents) && !!f.check && !!f.draft;
}

/** Whole points per criterion (EXPERT_SCORE_RANGE of the contract; the server refuses anything else). */
export const SCORE_MIN = 0;
export const SCORE_MAX = 10;

export type RankingOrder = 'score' | 'remarks';

export const DECISION_OUTCOMES = ['approved', 'revise', 'rejected'] as const;

/** Where each screen reads and writes; one place, so screens and tests agree. */
export const expertPaths = {
  assignments: '/api/expert/assignments',
  assignment: (id: number) => `/api/expert/assignments/${id}`,
  assignmentVersion: (id: number) => `/api/expert/assignments/${id}/application`,
  assignmentPackage: (id: number, format: 'pdf' | 'xlsx') => `/api/expert/assignments/${id}/package?format=${format}`,
  scores: (id: number) => `/api/expert/assignments/${id}/scores`,
  /** The expert submits their sheet, or reopens it; the secretary returns it with a reason. */
  sheetStep: (id: number, step: 'submit' | 'reopen' | 'return') => `/api/expert/assignments/${id}/${step}`,
  remarks: (assignmentId: number) => `/api/expert/assignments/${assignmentId}/remarks`,
  remarkAction: (remarkId: number, action: 'answer' | 'accept' | 'reject') => `/api/expert/remarks/${remarkId}/${action}`,
  commissions: '/api/expert/commissions',
  commission: (id: number) => `/api/expert/commissions/${id}`,
  members: (id: number) => `/api/expert/commissions/${id}/members`,
  member: (id: number, userId: number) => `/api/expert/commissions/${id}/members/${userId}`,
  criteria: (id: number) => `/api/expert/commissions/${id}/criteria`,
  sessions: (commissionId: number) => `/api/expert/commissions/${commissionId}/sessions`,
  session: (id: number) => `/api/expert/sessions/${id}`,
  agenda: (sessionId: number) => `/api/expert/sessions/${sessionId}/agenda`,
  ranking: (sessionId: number) => `/api/expert/sessions/${sessionId}/ranking`,
  assign: (roundId: number) => `/api/expert/rounds/${roundId}/assignments`,
  unassign: (assignmentId: number) => `/api/expert/assignments/${assignmentId}`,
  decision: (roundId: number) => `/api/expert/rounds/${roundId}/decision`,
  review: (applicationId: number) => `/api/expert/applications/${applicationId}/review`,
  conflicts: '/api/expert/conflicts',
  reminders: '/api/expert/reminders',
  sendReminders: '/api/expert/reminders/send',
};

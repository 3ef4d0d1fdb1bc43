export * from './types.ts';
export { validateCriteria, MAX_CRITERIA, type CriterionInput } from './criteria.ts';
export { validateScores, isSheetComplete, sheetTotal, applicationScore, round2, type WeightedCriterion, type CriterionScore, type ScoreSheet, type ApplicationScore } from './scoring.ts';
export { rankApplications, type RankingOrder, type RankingEntry, type Ranked } from './ranking.ts';
export { findConflicts, describeConflicts, type ConflictDeclaration, type ApplicantOrganisation, type Conflict } from './conflicts.ts';
export { planAgenda, planResubmission, lastRound, applicationStatusAfter, type RoundState, type RoundPlan, type RoundRefusal } from './rounds.ts';
export { remarkTransition, awaitsApplicant, isUnresolved, countRemarks, type RemarkAction } from './remarks.ts';
export { scoresView, canSeeRound, remarkAuthor, canResolveRemark, type Viewer, type FullSheet, type SheetView, type ScoresView, type ScoresVisibility } from './visibility.ts';
export { computeReminders, DEFAULT_LEAD_HOURS, type Reminder, type ReminderKind, type ReminderSession, type ReminderRound, type ReminderRemarks } from './reminders.ts';

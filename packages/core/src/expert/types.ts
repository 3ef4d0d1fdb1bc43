/**
 * The vocabulary of the expert review (PRODUCT.md C8, the Komi story): a commission meets in sessions of a
 * round kind, reviews application versions in rounds, and decides each round.
 */

/** Pre-defence: a rehearsal with remarks ("предзащита"); defence: the selection itself ("защита"). */
export const ROUND_KINDS = ['pre_defence', 'defence'] as const;
export type RoundKind = (typeof ROUND_KINDS)[number];

/**
 * - approved: passed (after a pre-defence: admitted to the defence; after a defence: supported);
 * - revise: "work on errors" — answer the remarks and resubmit a new version;
 * - rejected: final refusal.
 */
export const DECISION_OUTCOMES = ['approved', 'revise', 'rejected'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

/**
 * A remark's life: open (the applicant must answer) → answered (the expert must review the answer) →
 * accepted (closed) or rejected (the answer did not settle it: back to the applicant, who answers again).
 */
export const REMARK_STATUSES = ['open', 'answered', 'accepted', 'rejected'] as const;
export type RemarkStatus = (typeof REMARK_STATUSES)[number];

/** Scores are whole points from 0 to 10 per criterion. */
export const SCORE_MIN = 0;
export const SCORE_MAX = 10;

/** Criterion weights are whole percentages that add up to exactly 100. */
export const WEIGHT_TOTAL = 100;

export const ROUND_KIND_LABELS: Record<RoundKind, { ru: string; en: string }> = {
  pre_defence: { ru: 'Предзащита', en: 'Pre-defence' },
  defence: { ru: 'Защита', en: 'Defence' },
};

export const DECISION_LABELS: Record<DecisionOutcome, { ru: string; en: string }> = {
  approved: { ru: 'Одобрено', en: 'Approved' },
  revise: { ru: 'На доработку (работа над ошибками)', en: 'Revise and resubmit' },
  rejected: { ru: 'Отклонено', en: 'Rejected' },
};

export const REMARK_STATUS_LABELS: Record<RemarkStatus, { ru: string; en: string }> = {
  open: { ru: 'Ждёт ответа заявителя', en: 'Awaiting the applicant' },
  answered: { ru: 'Ответ получен, ждёт эксперта', en: 'Answered, awaiting the expert' },
  accepted: { ru: 'Снято (ответ принят)', en: 'Closed (answer accepted)' },
  rejected: { ru: 'Ответ не принят', en: 'Answer not accepted' },
};

/** A problem with input, in the shape the API reports: which field, which value, why. */
export interface ExpertIssue {
  path: string;
  value?: unknown;
  message: string;
  messageEn: string;
}

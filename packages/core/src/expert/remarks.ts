import type { RemarkStatus } from './types.ts';

/**
 * Remark transitions. The applicant answers a remark that waits for them (open, or an answer that was not
 * accepted — they may answer again); the expert who wrote it, or the secretary, accepts or rejects an answer.
 */
export type RemarkAction = 'answer' | 'accept' | 'reject';

const FROM: Record<RemarkAction, readonly RemarkStatus[]> = {
  answer: ['open', 'rejected'],
  accept: ['answered'],
  reject: ['answered'],
};

const TO: Record<RemarkAction, RemarkStatus> = { answer: 'answered', accept: 'accepted', reject: 'rejected' };

export function remarkTransition(status: RemarkStatus, action: RemarkAction): { ok: true; to: RemarkStatus } | { ok: false; message: string; messageEn: string } {
  if (FROM[action].includes(status)) return { ok: true, to: TO[action] };
  const verbRu = action === 'answer' ? 'ответить на замечание' : action === 'accept' ? 'принять ответ' : 'отклонить ответ';
  const verbEn = action === 'answer' ? 'answer the remark' : action === 'accept' ? 'accept the answer' : 'reject the answer';
  return { ok: false, message: `Нельзя ${verbRu} в статусе «${status}»`, messageEn: `Cannot ${verbEn} in status "${status}"` };
}

/** Waiting for the applicant: what blocks a resubmission. */
export const awaitsApplicant = (status: RemarkStatus) => status === 'open' || status === 'rejected';

/** Not yet settled: what the "fewest open questions" ranking counts (an answer not yet accepted is still a question). */
export const isUnresolved = (status: RemarkStatus) => status !== 'accepted';

export function countRemarks(statuses: readonly RemarkStatus[]): { open: number; answered: number; accepted: number; rejected: number; unresolved: number; awaitingApplicant: number } {
  const count = (s: RemarkStatus) => statuses.filter((x) => x === s).length;
  return {
    open: count('open'), answered: count('answered'), accepted: count('accepted'), rejected: count('rejected'),
    unresolved: statuses.filter(isUnresolved).length, awaitingApplicant: statuses.filter(awaitsApplicant).length,
  };
}

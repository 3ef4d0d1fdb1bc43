import type { ExpertRemark } from '@klaster/contract';
import type { RemarkRecord } from '@klaster/db';

/**
 * A remark as the API shows it, with the author as the viewer may see it (core/expert/visibility.ts). The
 * events carry no actor: they would name the expert to the applicant.
 */
export function remarkOut(r: RemarkRecord, who: { author: { id: number; name: string } | null; mine: boolean }): ExpertRemark {
  return {
    id: r.id, applicationId: r.applicationId, roundId: r.roundId, roundNumber: r.roundNumber, text: r.text, status: r.status, answer: r.answer,
    answeredAt: r.answeredAt, resolutionComment: r.resolutionComment, resolvedAt: r.resolvedAt, createdAt: r.createdAt, author: who.author, mine: who.mine,
    events: r.events,
  };
}

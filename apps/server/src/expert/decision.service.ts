import type { ExpertDecision, ExpertDecisionInput, SessionUser } from '@klaster/contract';
import { applicationScore, applicationStatusAfter, countRemarks } from '@klaster/core/expert/index.ts';
import { getReviewedApplication, getRound, insertDecision, listCriteria, listSheets, lockApplication, remarkStatuses, setApplicationStatus, type Database } from '@klaster/db';
import { conflict, missing } from './expert-errors.ts';
import { counted } from './round-evaluation.ts';

/**
 * The commission's decision on a round, taken by the secretary. It records the weighted score and the
 * number of unresolved remarks it was taken on, and moves the application: a pre-defence approval keeps it
 * under review (the defence follows), "revise" returns it to the applicant for work on errors, the others
 * are final. A decision is never changed (the table refuses updates).
 */
export async function decide(db: Database, user: SessionUser, roundId: number, input: ExpertDecisionInput): Promise<ExpertDecision> {
  const found = await getRound(db, roundId);
  if (!found) throw missing.round(roundId);
  return db.transaction(async (tx) => {
    await lockApplication(tx, found.applicationId);
    const round = (await getRound(tx, roundId))!;
    if (round.decision) throw conflict('По этому раунду решение уже принято', 'This round has already been decided');
    if (round.sessionId === null || round.commissionId === null)
      throw conflict('Раунд ещё не включён в повестку заседания: решать нечего', 'The round is not on a session yet: there is nothing to decide');
    // the submitted sheets only: a draft is not the expert's verdict yet
    const score = applicationScore(await listCriteria(tx, round.commissionId), counted((await listSheets(tx, [roundId])).get(roundId)!));
    const remarks = countRemarks((await remarkStatuses(tx, [round.applicationId])).get(round.applicationId)!);
    const decision = await insertDecision(tx, {
      roundId, applicationId: round.applicationId, sessionId: round.sessionId, outcome: input.outcome, reason: input.reason,
      weightedScore: score.weightedScore, unresolvedRemarks: remarks.unresolved, decidedBy: user.id, decidedByLogin: user.login,
    });
    const status = applicationStatusAfter(round.kind, input.outcome);
    if ((await getReviewedApplication(tx, round.applicationId))!.status !== status) await setApplicationStatus(tx, round.applicationId, status, user.login);
    return decision;
  });
}

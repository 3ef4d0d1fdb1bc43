import type { ApplicationReview, ExpertCriterion, ExpertRound, SessionUser } from '@klaster/contract';
import { canSeeRound, countRemarks, awaitsApplicant, planResubmission, remarkAuthor, scoresView, type Viewer } from '@klaster/core/expert/index.ts';
import {
  getExpertSessions, getReviewedApplication, insertRound, listDecisions, listRemarks, listRounds, listSheets, lockApplication, remarkStatuses,
  type Database, type RoundRecord, type Sql,
} from '@klaster/db';
import { forbidden } from '../access/access.ts';
import { conflict } from './expert-errors.ts';
import { remarkOut } from './remark-view.ts';
import { criteriaOf, roundOut } from './round-evaluation.ts';
import { applicationFor } from './viewer.ts';

/**
 * One application's review as the signed-in user may see it (core/expert/visibility.ts): its rounds with
 * their sessions, decisions and scores, and its remarks. The secretary sees every sheet by name; an expert
 * only the rounds they review and their own sheet; the applicant every remark at once, without names, and
 * the scores of a round only once it is decided.
 */
export async function applicationReview(db: Database, user: SessionUser, applicationId: number): Promise<ApplicationReview> {
  const { application, viewer } = await applicationFor(db, user, applicationId);
  const rounds = await listRounds(db, applicationId);
  const sheets = await listSheets(db, rounds.map((r) => r.id));
  const visible = rounds.filter((r) => canSeeRound(viewer, sheets.get(r.id)!.map((s) => s.expertId)));
  const [decisions, sessions, criteria, remarks] = [
    await listDecisions(db, visible.map((r) => r.id)), await getExpertSessions(db, visible.flatMap((r) => (r.sessionId === null ? [] : [r.sessionId]))),
    await criteriaOf(db, visible.map((r) => r.commissionId)), await listRemarks(db, { applicationId }),
  ];
  const criteriaOfRound = (r: RoundRecord): ExpertCriterion[] => (r.commissionId === null ? [] : criteria.get(r.commissionId)!);
  const resubmission = await resubmissionCheck(db, viewer, rounds, application.currentVersion);
  return {
    application,
    viewer: viewer.kind,
    canAnswer: viewer.kind === 'applicant' && viewer.canAnswer,
    criteria: uniqueById(visible.flatMap(criteriaOfRound)),
    rounds: visible.map((r) => ({
      round: roundOut(r), session: r.sessionId === null ? null : sessions.get(r.sessionId)!, decision: decisions.get(r.id) ?? null,
      scores: scoresView(viewer, criteriaOfRound(r), { decided: decisions.has(r.id), sheets: sheets.get(r.id)! }),
    })),
    remarks: remarks.map((r) => remarkOut(r, remarkAuthor(viewer, { id: r.expertId, name: r.expertName }))),
    remarkCounts: countRemarks(remarks.map((r) => r.status)),
    resubmission,
  };
}

async function resubmissionCheck(db: Sql, viewer: Viewer, rounds: RoundRecord[], latestVersion: number | null): Promise<ApplicationReview['resubmission']> {
  if (viewer.kind !== 'applicant' || !viewer.canAnswer) return { possible: false, message: null, messageEn: null };
  const awaiting = rounds.length ? ((await remarkStatuses(db, [rounds[0]!.applicationId])).get(rounds[0]!.applicationId) ?? []).filter(awaitsApplicant).length : 0;
  const plan = planResubmission(rounds, latestVersion, awaiting);
  return plan.ok ? { possible: true, message: null, messageEn: null } : { possible: false, message: plan.message, messageEn: plan.messageEn };
}

/**
 * "Work on errors" done: the applicant, having answered every remark and submitted a new version of the
 * application (through the applications API), sends it back to the commission. This opens the next round on
 * the new version; it waits for the secretary to put it on a session of its kind.
 */
export async function resubmit(db: Database, user: SessionUser, applicationId: number): Promise<ExpertRound> {
  const { viewer } = await applicationFor(db, user, applicationId);
  // the route admits only specialised organisations; one of another cluster got its 404 above
  if (viewer.kind !== 'applicant' || !viewer.canAnswer) throw forbidden();
  return db.transaction(async (tx) => {
    await lockApplication(tx, applicationId);
    const application = (await getReviewedApplication(tx, applicationId))!;
    const rounds = await listRounds(tx, applicationId);
    const awaiting = ((await remarkStatuses(tx, [applicationId])).get(applicationId) ?? []).filter(awaitsApplicant).length;
    const plan = planResubmission(rounds, application.currentVersion, awaiting);
    if (!plan.ok) throw conflict(plan.message, plan.messageEn, [{ path: 'applicationId', value: applicationId, message: plan.reason }]);
    if (plan.action !== 'open') throw new Error('a resubmission always opens a round');
    return roundOut(await insertRound(tx, { applicationId, number: plan.number, kind: plan.kind, version: plan.version, sessionId: null, openedBy: 'resubmission', actor: user.login }));
  });
}

function uniqueById<T extends { id: number }>(items: T[]): T[] {
  return [...new Map(items.map((i) => [i.id, i])).values()];
}

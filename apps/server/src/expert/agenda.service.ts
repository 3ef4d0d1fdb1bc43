import type { AgendaAssignment, ExpertRanking, ExpertRound, SessionAgenda } from '@klaster/contract';
import { describeConflicts, findConflicts, planAgenda, rankApplications, type RankingOrder } from '@klaster/core/expert/index.ts';
import {
  activeDeclarations, applicantOrganisations, deleteUntouchedAssignment, getAssignment, getExpertSession, getReviewedApplication,
  getReviewedApplications, getRound, getUser, insertAssignment, insertRound, isCommissionMember, listCriteria, listRounds,
  listSessionRounds, listWaitingRounds, lockApplication, scheduleRound, setApplicationStatus, type Database, type RoundRecord,
} from '@klaster/db';
import { conflict, missing } from './expert-errors.ts';
import { evaluateRounds, roundOut } from './round-evaluation.ts';

/** The agenda of a session: which application versions it reviews, and who reviews them. */

/** Applications the commission cannot take up: never submitted, or withdrawn by the applicant. */
const NOT_REVIEWABLE: Record<string, { ru: string; en: string }> = {
  draft: { ru: 'заявка ещё не подана (черновик)', en: 'the application has not been submitted (draft)' },
  withdrawn: { ru: 'заявка отозвана заявителем', en: 'the applicant has withdrawn the application' },
};

/**
 * Puts an application on a session's agenda: opens its next round on the latest version, or schedules the
 * round its resubmission opened (core/expert/rounds.ts decides which, or why neither).
 */
export async function putOnAgenda(db: Database, sessionId: number, applicationId: number, actor: string): Promise<ExpertRound> {
  const session = await getExpertSession(db, sessionId);
  if (!session) throw missing.session(sessionId);
  return db.transaction(async (tx) => {
    if (!(await lockApplication(tx, applicationId))) throw missing.application(applicationId);
    const application = (await getReviewedApplication(tx, applicationId))!;
    const closed = NOT_REVIEWABLE[application.status];
    if (closed) throw conflict(`Заявку нельзя включить в повестку: ${closed.ru}`, `The application cannot be put on the agenda: ${closed.en}`);
    const rounds = await listRounds(tx, applicationId);
    const plan = planAgenda(rounds, { id: sessionId, kind: session.round }, application.currentVersion);
    if (!plan.ok) throw conflict(plan.message, plan.messageEn, [{ path: 'body.applicationId', value: applicationId, message: plan.reason }]);
    const round = plan.action === 'open'
      ? await insertRound(tx, { applicationId, number: plan.number, kind: plan.kind, version: plan.version, sessionId, openedBy: 'agenda', actor })
      : await scheduleRound(tx, rounds.find((r) => r.number === plan.number)!.id, sessionId);
    if (application.status !== 'under_review') await setApplicationStatus(tx, applicationId, 'under_review', actor);
    return roundOut(round);
  });
}

/**
 * Assigns an expert to a round. Refused (409) when the expert is not on the session's commission, is already
 * assigned, the round is decided, or the expert declared a conflict of interest with an organisation of the
 * application's cluster — the refusal names the organisation.
 */
export async function assignExpert(db: Database, roundId: number, expertId: number, actor: string): Promise<AgendaAssignment> {
  const round = await getRound(db, roundId);
  if (!round) throw missing.round(roundId);
  if (round.sessionId === null || round.commissionId === null)
    throw conflict('Раунд ещё не включён в повестку заседания', 'The round is not on the agenda of a session yet');
  if (round.decision) throw conflict('По раунду уже принято решение', 'The round has already been decided');
  const expert = await getUser(db, expertId);
  if (!expert) throw missing.user(expertId);
  if (expert.role !== 'expert' || expert.disabled)
    throw conflict(`«${expert.displayName}» — не действующая учётная запись эксперта`, `"${expert.displayName}" is not an active expert account`);
  if (!(await isCommissionMember(db, round.commissionId, expertId)))
    throw conflict(`«${expert.displayName}» не входит в состав комиссии этого заседания`, `"${expert.displayName}" is not a member of this session's commission`,
      [{ path: 'body.expertId', value: expertId, message: 'не член комиссии', messageEn: 'not a member of the commission' }]);
  const conflicts = findConflicts((await activeDeclarations(db, [expertId])).get(expertId)!, await applicantOrganisations(db, round.applicationId));
  if (conflicts.length) {
    const text = describeConflicts(conflicts);
    throw conflict(text.ru, text.en, conflicts.map((c) => ({ path: 'body.expertId', value: c.organisationId, message: `${c.organisationName}: ${c.reason}`, messageEn: `${c.organisationName}: ${c.reason}` })));
  }
  const id = await insertAssignment(db, roundId, expertId, actor);
  if (id === null) throw conflict(`«${expert.displayName}» уже назначен(а) на эту заявку`, `"${expert.displayName}" is already assigned to this application`);
  return { id, expertId, expertName: expert.displayName, scored: 0, complete: false, submittedAt: null, conflict: false, total: null };
}

/** Withdraws an assignment nobody has worked on yet; one with scores or remarks stays (409). */
export async function unassign(db: Database, assignmentId: number): Promise<void> {
  const assignment = await getAssignment(db, assignmentId);
  if (!assignment) throw missing.assignment(assignmentId);
  if (!(await db.transaction((tx) => deleteUntouchedAssignment(tx, assignmentId))))
    throw conflict('Назначение нельзя снять: эксперт уже выставил оценки или замечания', 'The assignment cannot be withdrawn: the expert has already scored or remarked');
}

export async function sessionAgenda(db: Database, sessionId: number): Promise<SessionAgenda> {
  const session = await getExpertSession(db, sessionId);
  if (!session) throw missing.session(sessionId);
  const [rounds, waiting] = [await listSessionRounds(db, sessionId), await listWaitingRounds(db, session.round)];
  const waitingApps = await getReviewedApplications(db, waiting.map((r) => r.applicationId));
  return {
    session,
    criteria: await listCriteria(db, session.commissionId),
    items: await evaluateRounds(db, rounds),
    waiting: waiting.map((r) => ({ round: roundOut(r), application: waitingApps.get(r.applicationId)! })),
  };
}

/**
 * The session's ranking: the latest round of each application on the agenda, by weighted score of the
 * submitted sheets (ties: fewer unresolved remarks) or by fewest unresolved remarks (ties: higher score) —
 * core/expert/ranking.ts. Drafts do not move it.
 */
export async function sessionRanking(db: Database, sessionId: number, by: RankingOrder): Promise<ExpertRanking> {
  const session = await getExpertSession(db, sessionId);
  if (!session) throw missing.session(sessionId);
  const latest = new Map<number, RoundRecord>();
  for (const r of await listSessionRounds(db, sessionId)) if ((latest.get(r.applicationId)?.number ?? 0) < r.number) latest.set(r.applicationId, r);
  const items = await evaluateRounds(db, [...latest.values()]);
  const ranked = rankApplications(
    items.map((i) => ({ applicationId: i.application.id, weightedScore: i.weightedScore, unresolvedRemarks: i.remarks.unresolved, item: i })),
    by,
  );
  return {
    session, by,
    items: ranked.map((r) => ({
      rank: r.rank, round: r.item.round, application: r.item.application, weightedScore: r.weightedScore, submittedSheets: r.item.submittedSheets,
      sheets: r.item.assignments.length, unresolvedRemarks: r.unresolvedRemarks, decision: r.item.decision?.outcome ?? null,
    })),
  };
}

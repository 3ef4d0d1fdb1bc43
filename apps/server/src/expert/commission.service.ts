import type { Commission, CommissionMemberInput, ExpertCriteriaInput, ExpertSession, ExpertSessionInput, SessionUser } from '@klaster/contract';
import { validateCriteria } from '@klaster/core/expert/index.ts';
import {
  addCommissionMember, commissionHasScores, countMemberAssignments, createCommission, createExpertSession, getCommission, getUser, lockCommission,
  removeCommissionMember, replaceCriteria, type Database,
} from '@klaster/db';
import { conflict, invalid, missing } from './expert-errors.ts';

/** The secretary's setup: commissions, their experts, criteria and sessions. */

export async function newCommission(db: Database, input: { name: string; description: string }, actor: string): Promise<Commission> {
  const id = await createCommission(db, { ...input, actor });
  return (await getCommission(db, id))!;
}

/** A commission as a user may see it: the secretary any, an expert only one they sit on. */
export async function commissionFor(db: Database, user: SessionUser, id: number): Promise<Commission> {
  const commission = await getCommission(db, id);
  if (!commission || (user.role === 'expert' && !commission.members.some((m) => m.userId === user.id))) throw missing.commission(id);
  return commission;
}

export async function addMember(db: Database, commissionId: number, input: CommissionMemberInput, actor: string): Promise<Commission> {
  if (!(await getCommission(db, commissionId))) throw missing.commission(commissionId);
  const user = await getUser(db, input.userId);
  if (!user) throw missing.user(input.userId);
  if (user.role !== 'expert' || user.disabled)
    throw invalid([{ path: 'userId', value: input.userId, message: `«${user.displayName}» — не действующая учётная запись эксперта`, messageEn: `"${user.displayName}" is not an active expert account` }], 'body.');
  await addCommissionMember(db, { commissionId, userId: input.userId, position: input.position, actor });
  return (await getCommission(db, commissionId))!;
}

/** A member who has been assigned to review in this commission stays: their scores and remarks name them. */
export async function removeMember(db: Database, commissionId: number, userId: number): Promise<Commission> {
  if (!(await getCommission(db, commissionId))) throw missing.commission(commissionId);
  const assignments = await countMemberAssignments(db, commissionId, userId);
  if (assignments > 0)
    throw conflict(`Эксперта нельзя вывести из комиссии: у него назначений — ${assignments}`, `The expert cannot leave the commission: they have ${assignments} assignments`);
  if (!(await removeCommissionMember(db, commissionId, userId))) throw missing.user(userId);
  return (await getCommission(db, commissionId))!;
}

/**
 * Replaces the criteria as a whole set (weights must add up to exactly 100), and only while nothing has been
 * scored against them: changing a weight under existing scores would silently change every ranking.
 */
export async function setCriteria(db: Database, commissionId: number, input: ExpertCriteriaInput): Promise<Commission> {
  const issues = validateCriteria(input.criteria);
  if (issues.length) throw invalid(issues, 'body.');
  await db.transaction(async (tx) => {
    if (!(await lockCommission(tx, commissionId))) throw missing.commission(commissionId);
    if (await commissionHasScores(tx, commissionId))
      throw conflict('Критерии нельзя изменить: по ним уже выставлены оценки', 'The criteria cannot be changed: scores have been given against them');
    await replaceCriteria(tx, commissionId, input.criteria);
  });
  return (await getCommission(db, commissionId))!;
}

export async function newSession(db: Database, commissionId: number, input: ExpertSessionInput, actor: string): Promise<ExpertSession> {
  if (!(await getCommission(db, commissionId))) throw missing.commission(commissionId);
  if (input.answersDue && Date.parse(input.answersDue) < Date.parse(input.scoresDue))
    throw invalid([{ path: 'answersDue', value: input.answersDue, message: 'срок ответов на замечания раньше срока оценки', messageEn: 'the answer deadline is before the scoring deadline' }], 'body.');
  return createExpertSession(db, { commissionId, ...input, actor });
}

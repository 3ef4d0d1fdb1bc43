import type { ExpertRemark, SessionUser } from '@klaster/contract';
import { canResolveRemark, remarkAuthor, remarkTransition, type RemarkAction } from '@klaster/core/expert/index.ts';
import { answerRemark, getRemark, getReviewedApplication, lockApplication, lockRemark, resolveRemark, type Database, type RemarkRecord, type Sql } from '@klaster/db';
import { forbidden } from '../access/access.ts';
import { conflict, missing } from './expert-errors.ts';
import { remarkOut } from './remark-view.ts';
import { viewerOf } from './viewer.ts';

/**
 * The applicant answers remarks; the expert who wrote one (or the secretary) accepts or rejects the answer.
 * Each step is one transaction that re-reads the remark under a lock, so two answers at once cannot both
 * pass the status check.
 */
async function transition(db: Database, user: SessionUser, id: number, action: RemarkAction, write: (tx: Sql, r: RemarkRecord) => Promise<void>): Promise<ExpertRemark> {
  const found = await getRemark(db, id);
  if (!found) throw missing.remark(id);
  const application = (await getReviewedApplication(db, found.applicationId))!;
  const viewer = await viewerOf(db, user, application);
  if (!viewer) throw missing.remark(id);
  if (action === 'answer' ? !(viewer.kind === 'applicant' && viewer.canAnswer) : !canResolveRemark(viewer, found.expertId)) throw forbidden();
  await db.transaction(async (tx) => {
    await lockApplication(tx, found.applicationId, 'share');
    await lockRemark(tx, id);
    const current = (await getRemark(tx, id))!;
    const step = remarkTransition(current.status, action);
    if (!step.ok) throw conflict(step.message, step.messageEn);
    await write(tx, current);
  });
  const after = (await getRemark(db, id))!;
  return remarkOut(after, remarkAuthor(viewer, { id: after.expertId, name: after.expertName }));
}

export function answer(db: Database, user: SessionUser, id: number, text: string): Promise<ExpertRemark> {
  return transition(db, user, id, 'answer', (tx, r) => answerRemark(tx, r.id, text, user.login));
}

export function resolve(db: Database, user: SessionUser, id: number, verdict: 'accept' | 'reject', comment: string): Promise<ExpertRemark> {
  return transition(db, user, id, verdict, (tx, r) => resolveRemark(tx, r.id, verdict === 'accept' ? 'accepted' : 'rejected', comment, user.login));
}

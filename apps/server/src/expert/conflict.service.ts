import type { ExpertConflict, ExpertConflictInput, SessionUser } from '@klaster/contract';
import { declareConflict, getConflict, getOrganisation, getUser, listConflicts, withdrawConflict, type Database } from '@klaster/db';
import { conflict, invalid, missing } from './expert-errors.ts';

/**
 * Conflict-of-interest declarations. An expert declares (and withdraws) their own; the secretary may record one
 * for any expert (a declaration made on paper at the session). A declaration takes effect at once: the expert
 * can no longer be assigned to an application of a cluster the organisation takes part in, and cannot go on
 * scoring one they were assigned to before.
 */
export async function declare(db: Database, user: SessionUser, input: ExpertConflictInput): Promise<ExpertConflict> {
  const expertId = user.role === 'expert' ? user.id : input.expertId;
  if (user.role === 'expert' && input.expertId !== undefined && input.expertId !== user.id)
    throw invalid([{ path: 'expertId', value: input.expertId, message: 'эксперт декларирует конфликт только за себя', messageEn: 'an expert declares conflicts only for themselves' }], 'body.');
  if (expertId === undefined)
    throw invalid([{ path: 'expertId', message: 'укажите эксперта', messageEn: 'name the expert' }], 'body.');
  const expert = await getUser(db, expertId);
  if (!expert || expert.role !== 'expert')
    throw invalid([{ path: 'expertId', value: expertId, message: 'нет эксперта с таким номером', messageEn: 'no expert with this id' }], 'body.');
  if (!(await getOrganisation(db, input.organisationId)))
    throw invalid([{ path: 'organisationId', value: input.organisationId, message: 'нет организации с таким номером', messageEn: 'no organisation with this id' }], 'body.');
  return declareConflict(db, { expertId, organisationId: input.organisationId, reason: input.reason, actor: user.login });
}

export async function conflictsFor(db: Database, user: SessionUser, expertId: number | undefined): Promise<ExpertConflict[]> {
  return listConflicts(db, { expertId: user.role === 'expert' ? user.id : expertId });
}

/** Withdraws a declaration (it stays on record with the date). Another expert's declaration does not exist for an expert. */
export async function withdraw(db: Database, user: SessionUser, id: number): Promise<ExpertConflict> {
  const found = await getConflict(db, id);
  if (!found || (user.role === 'expert' && found.expertId !== user.id)) throw missing.conflict(id);
  if (!(await withdrawConflict(db, id, user.login))) throw conflict('Декларация уже отозвана', 'The declaration has already been withdrawn');
  return (await getConflict(db, id))!;
}

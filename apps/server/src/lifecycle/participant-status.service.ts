import { deleteDeadline, listParticipantStatuses, setParticipantStatus, upsertDeadline, type Database } from '@klaster/db';
import { AppError } from '../services/app-error.ts';

export interface ParticipantStatusCommand {
  clusterId: number;
  inn: string;
  status: 'listed' | 'intent' | 'confirmed' | 'declined';
  document?: { title?: string | null; number?: string | null; date?: string | null } | null;
  actor: string;
}

/** Records whether an enterprise has taken the status of a participant; only current participants have one. */
export async function recordParticipantStatus(db: Database, cmd: ParticipantStatusCommand) {
  return db.transaction(async (tx) => {
    const participant = (await listParticipantStatuses(tx, cmd.clusterId)).find((p) => p.inn === cmd.inn);
    if (!participant)
      throw new AppError('not_found', `ИНН ${cmd.inn} не участник кластера ${cmd.clusterId}`, `INN ${cmd.inn} is not a participant of cluster ${cmd.clusterId}`,
        [{ path: 'params.inn', value: cmd.inn, message: 'не участник кластера', messageEn: 'not a participant of the cluster' }]);
    await setParticipantStatus(tx, { clusterId: cmd.clusterId, organisationId: participant.organisationId, status: cmd.status, document: cmd.document, updatedBy: cmd.actor });
    return (await listParticipantStatuses(tx, cmd.clusterId)).find((p) => p.inn === cmd.inn)!;
  });
}

export interface DeadlineCommand {
  clusterId: number;
  targetStatus: string;
  dueOn: string;
  title: string;
  note?: string;
  actor: string;
}

export async function setClusterDeadline(db: Database, cmd: DeadlineCommand) {
  if (cmd.targetStatus === 'candidate')
    throw new AppError('validation_failed', 'Срок ставится для шага жизненного цикла, а не для статуса «Кандидат»', 'A deadline is set for a life-cycle step, not for "candidate"',
      [{ path: 'params.status', value: cmd.targetStatus, message: 'нельзя: начальный статус', messageEn: 'not allowed: the initial status' }]);
  return db.transaction((tx) => upsertDeadline(tx, { clusterId: cmd.clusterId, targetStatus: cmd.targetStatus, dueOn: cmd.dueOn, title: cmd.title, note: cmd.note, setBy: cmd.actor }));
}

export async function removeClusterDeadline(db: Database, clusterId: number, targetStatus: string, actor: string): Promise<void> {
  const removed = await db.transaction((tx) => deleteDeadline(tx, clusterId, targetStatus, actor));
  if (!removed) throw new AppError('not_found', `Срок для шага «${targetStatus}» не задан`, `No deadline for "${targetStatus}"`);
}

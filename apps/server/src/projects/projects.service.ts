import type { SessionUser } from '@klaster/contract';
import {
  checkProjectStatusChange, projectEditable, summariseBudget, summariseResults, validateJointProject,
  type JointProjectInput,
} from '@klaster/core/projects/index.ts';
import {
  createProject, loadProject, setProjectDecision, softDeleteProject, UnknownProjectOrganisationError, updateProject,
  type Database, type ProjectRecord, type Sql,
} from '@klaster/db';
import { AppError, notFound } from '../services/app-error.ts';
import { participantIds } from '../rules/dossier-from-database.ts';
import { today } from '../rules/check.service.ts';

/** The project as the API shows it: its rows plus the budget and results added up. */
export function projectView(p: ProjectRecord) {
  return { ...p, budgetSummary: summariseBudget(p.budget), resultsSummary: summariseResults(p.results) };
}

export async function getProject(db: Sql, id: number): Promise<ProjectRecord> {
  const project = await loadProject(db, id);
  if (!project || project.deleted) throw notFound('Совместный проект', 'Joint project', id);
  return project;
}

/** INNs of the cluster's participants today: the only organisations a joint project of it may include. */
async function clusterParticipantInns(db: Sql, clusterId: number): Promise<string[]> {
  const ids = await participantIds(db, clusterId, today());
  if (ids.length === 0) return [];
  return (await db.query(`SELECT inn FROM organisations WHERE id = ANY($1::bigint[])`, [ids])).map((r) => r.inn as string);
}

async function assertValid(db: Sql, clusterId: number, input: JointProjectInput): Promise<void> {
  const issues = validateJointProject(input, { clusterParticipants: await clusterParticipantInns(db, clusterId) });
  if (issues.length === 0) return;
  throw new AppError('validation_failed', `Совместный проект не принят: ${issues.map((i) => i.message).join('; ')}`, `The joint project is refused: ${issues.map((i) => i.messageEn).join('; ')}`,
    issues.map((i) => ({ path: `body.${i.path}`, value: i.value, message: i.message, messageEn: i.messageEn })));
}

async function writing<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (error instanceof UnknownProjectOrganisationError)
      throw new AppError('unknown_reference', `Организаций нет в реестре: ИНН ${error.inns.join(', ')}`, `Unknown organisations: INN ${error.inns.join(', ')}`,
        error.inns.map((inn) => ({ path: 'body.participants', value: inn, message: `ИНН ${inn} не найден в реестре`, messageEn: `INN ${inn} is not in the registry` })));
    throw error;
  }
}

export async function createClusterProject(db: Database, clusterId: number, input: JointProjectInput, actor: string): Promise<ProjectRecord> {
  await assertValid(db, clusterId, input);
  return writing(() => db.transaction((tx) => createProject(tx, clusterId, input, { actor })));
}

function notEditable(p: ProjectRecord): AppError {
  return new AppError('conflict', `Проект № ${p.id} в статусе «${p.status}»: менять можно только черновик`, `Project ${p.id} is ${p.status}: only a draft can be changed`,
    [{ path: 'status', value: p.status, message: 'ожидается draft', messageEn: 'expected draft' }]);
}

export async function updateClusterProject(db: Database, project: ProjectRecord, input: JointProjectInput, actor: string): Promise<ProjectRecord> {
  if (!projectEditable(project.status)) throw notEditable(project);
  await assertValid(db, project.clusterId, input);
  return writing(() => db.transaction((tx) => updateProject(tx, project.id, input, actor)));
}

export async function deleteClusterProject(db: Database, project: ProjectRecord, actor: string): Promise<void> {
  if (!projectEditable(project.status)) throw notEditable(project);
  await db.transaction((tx) => softDeleteProject(tx, project.id, actor));
}

export interface DecisionCommand {
  status: 'submitted' | 'supported' | 'rejected' | 'completed' | 'draft';
  supportAmount?: number | null;
  decidedOn?: string;
}

/** A status change by the table of core/projects; support needs its amount, and keeps it when completed. */
export async function decideProject(db: Database, project: ProjectRecord, cmd: DecisionCommand, user: SessionUser, actor: string): Promise<ProjectRecord> {
  const verdict = checkProjectStatusChange(project.status, cmd.status, user.role);
  if (!verdict.ok) throw new AppError(verdict.code === 'role_not_allowed' ? 'forbidden' : 'conflict', verdict.message, verdict.messageEn, [{ path: 'body.status', value: cmd.status, message: verdict.message, messageEn: verdict.messageEn }]);
  if (cmd.status === 'supported' && (cmd.supportAmount == null || cmd.supportAmount <= 0))
    throw new AppError('validation_failed', 'Для решения о поддержке нужна сумма поддержки', 'A support decision needs the amount granted', [{ path: 'body.supportAmount', value: cmd.supportAmount ?? null, message: 'нужна сумма больше нуля', messageEn: 'an amount above zero is required' }]);
  const decision = cmd.status === 'supported'
    ? { status: cmd.status, supportAmount: cmd.supportAmount!, supportedOn: cmd.decidedOn ?? today() }
    : cmd.status === 'completed'
      ? { status: cmd.status, supportAmount: project.supportAmount, supportedOn: project.supportedOn }
      : { status: cmd.status, supportAmount: null, supportedOn: null };
  return db.transaction((tx) => setProjectDecision(tx, project.id, decision, actor));
}

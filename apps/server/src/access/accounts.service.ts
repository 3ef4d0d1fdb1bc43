import type { UserInput, UserRecord, Role } from '@klaster/contract';
import { createUser, deleteSessionsOfUser, getUser, setPasswordHash, type Database, type Sql } from '@klaster/db';
import { AppError, notFound } from '../services/app-error.ts';
import { hashPassword, passwordProblem } from './passwords.ts';

/** Account management shared by the admin API and `klaster user`: the same checks whichever way in. */

function assertAcceptablePassword(password: string, login: string, path: string): void {
  const problem = passwordProblem(password, login);
  if (problem) throw new AppError('validation_failed', `Пароль не подходит: ${problem.ru}`, `Password not acceptable: ${problem.en}`, [{ path, message: problem.ru, messageEn: problem.en }]);
}

export async function createAccount(db: Database, input: UserInput, options: { mustChangePassword: boolean }): Promise<UserRecord> {
  assertAcceptablePassword(input.password, input.login, 'body.password');
  await checkScope(db, input);
  const passwordHash = await hashPassword(input.password);
  try {
    return await createUser(db, { ...input, passwordHash, mustChangePassword: options.mustChangePassword });
  } catch (error) {
    if (/users_login|unique/i.test(String((error as Error).message)))
      throw new AppError('conflict', `Логин «${input.login}» уже занят`, `Login "${input.login}" is taken`, [{ path: 'body.login', value: input.login, message: 'логин занят' }]);
    throw error;
  }
}

/** A temporary password the user must change at the next sign-in; every open session of the account ends. */
export async function resetPassword(db: Database, userId: number, password: string): Promise<void> {
  const user = await getUser(db, userId);
  if (!user) throw notFound('Пользователь', 'User', userId);
  assertAcceptablePassword(password, user.login, 'body.password');
  const hash = await hashPassword(password);
  await db.transaction(async (tx) => {
    await setPasswordHash(tx, user.id, hash, true);
    await deleteSessionsOfUser(tx, user.id);
  });
}

/** The scope must fit the role and point at things that exist. */
export async function checkScope(db: Sql, u: { role: Role; regionCodes: string[]; clusterId: number | null; organisationId: number | null }): Promise<void> {
  const fail = (path: string, value: unknown, ru: string, en: string) => {
    throw new AppError('validation_failed', ru, en, [{ path, value, message: ru, messageEn: en }]);
  };
  if (u.role === 'regional_operator' && u.regionCodes.length === 0) fail('body.regionCodes', u.regionCodes, 'Региональному оператору нужны регионы', 'A regional operator needs regions');
  if (u.role === 'specialised_org' && !u.clusterId) fail('body.clusterId', u.clusterId, 'Специализированной организации нужен кластер', 'A specialised organisation needs a cluster');
  if (u.role === 'enterprise' && !u.organisationId) fail('body.organisationId', u.organisationId, 'Представителю предприятия нужна организация', 'An enterprise representative needs an organisation');
  if (u.regionCodes.length) {
    const known = await db.query<{ code: string }>(`SELECT code FROM regions WHERE code = ANY($1::text[])`, [u.regionCodes]);
    const unknown = u.regionCodes.filter((c) => !known.some((k) => k.code === c));
    if (unknown.length) fail('body.regionCodes', unknown, `Неизвестные коды регионов: ${unknown.join(', ')}`, `Unknown region codes: ${unknown.join(', ')}`);
  }
  if (u.clusterId && !(await db.query(`SELECT 1 FROM clusters WHERE id = $1 AND deleted_at IS NULL`, [u.clusterId])).length)
    fail('body.clusterId', u.clusterId, `Кластер ${u.clusterId} не найден`, `Cluster ${u.clusterId} not found`);
  if (u.organisationId && !(await db.query(`SELECT 1 FROM organisations WHERE id = $1 AND deleted_at IS NULL`, [u.organisationId])).length)
    fail('body.organisationId', u.organisationId, `Организация ${u.organisationId} не найдена`, `Organisation ${u.organisationId} not found`);
}

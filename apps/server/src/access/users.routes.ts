import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody, idParam, Role, UserInput, UserRecord } from '@klaster/contract';
import { createUser, deleteSessionsOfUser, getUser, listUsers, setPasswordHash, updateUser, type Database, type Sql } from '@klaster/db';
import { AppError, notFound } from '../services/app-error.ts';
import { hashPassword, passwordProblem } from './passwords.ts';

const tags = ['Вход и учётные записи'];
const admin = ['admin'] as const;

const UserUpdate = z.object({
  displayName: z.string().trim().min(1).max(200).optional(),
  role: Role.optional(),
  regionCodes: z.array(z.string().regex(/^\d{2}$/)).optional(),
  clusterId: z.number().int().positive().nullable().optional(),
  organisationId: z.number().int().positive().nullable().optional(),
  disabled: z.boolean().optional(),
});

/** Accounts are managed by the ministry's administrators: create, change scope, disable, reset a password. */
export function usersRoutes(db: Database): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/api/users', { config: { access: admin }, schema: { tags, summary: 'Учётные записи', querystring: z.object({ role: Role.optional() }), response: { 200: z.object({ items: z.array(UserRecord) }) } } }, async (req) =>
      ({ items: await listUsers(db, { role: req.query.role }) }));

    app.post('/api/users', { config: { access: admin }, schema: { tags, summary: 'Создать учётную запись', body: UserInput, response: { 200: UserRecord, 400: ErrorBody, 409: ErrorBody, 422: ErrorBody } } }, async (req) => {
      const input = req.body;
      const problem = passwordProblem(input.password, input.login);
      if (problem) throw new AppError('validation_failed', `Пароль не подходит: ${problem.ru}`, `Password not acceptable: ${problem.en}`, [{ path: 'body.password', message: problem.ru, messageEn: problem.en }]);
      await checkScope(db, input);
      const passwordHash = await hashPassword(input.password);
      try {
        // The administrator chose this password: the user must replace it at first sign-in.
        return await createUser(db, { ...input, passwordHash, mustChangePassword: true });
      } catch (error) {
        if (/users_login|unique/i.test(String((error as Error).message)))
          throw new AppError('conflict', `Логин «${input.login}» уже занят`, `Login "${input.login}" is taken`, [{ path: 'body.login', value: input.login, message: 'логин занят' }]);
        throw error;
      }
    });

    app.put('/api/users/:id', { config: { access: admin }, schema: { tags, summary: 'Изменить роль, область доступа или заблокировать', params: idParam, body: UserUpdate, response: { 200: UserRecord, 400: ErrorBody, 404: ErrorBody, 422: ErrorBody } } }, async (req) => {
      const existing = await getUser(db, req.params.id);
      if (!existing) throw notFound('Пользователь', 'User', req.params.id);
      const merged = { ...existing, ...req.body };
      await checkScope(db, merged);
      const updated = await db.transaction(async (tx) => {
        const user = await updateUser(tx, req.params.id, req.body);
        // A disabled account or a changed scope must not keep working through an open session.
        if (req.body.disabled || req.body.role || req.body.regionCodes || 'clusterId' in req.body || 'organisationId' in req.body) await deleteSessionsOfUser(tx, req.params.id);
        return user;
      });
      return updated!;
    });

    app.post('/api/users/:id/password', {
      config: { access: admin },
      schema: { tags, summary: 'Сбросить пароль: временный пароль, который пользователь сменит при входе', params: idParam, body: z.object({ password: z.string().min(10).max(200) }), response: { 200: z.object({ reset: z.literal(true) }), 400: ErrorBody, 404: ErrorBody } },
    }, async (req) => {
      const user = await getUser(db, req.params.id);
      if (!user) throw notFound('Пользователь', 'User', req.params.id);
      const problem = passwordProblem(req.body.password, user.login);
      if (problem) throw new AppError('validation_failed', `Пароль не подходит: ${problem.ru}`, `Password not acceptable: ${problem.en}`, [{ path: 'body.password', message: problem.ru, messageEn: problem.en }]);
      const hash = await hashPassword(req.body.password);
      await db.transaction(async (tx) => {
        await setPasswordHash(tx, user.id, hash, true);
        await deleteSessionsOfUser(tx, user.id);
      });
      return { reset: true as const };
    });
  };
}

/** The scope must fit the role and point at things that exist. */
async function checkScope(db: Sql, u: { role: Role; regionCodes: string[]; clusterId: number | null; organisationId: number | null }): Promise<void> {
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

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody, idParam, Role, UserInput, UserRecord } from '@klaster/contract';
import { deleteSessionsOfUser, getUser, listUsers, updateUser, type Database } from '@klaster/db';
import { notFound } from '../services/app-error.ts';
import { checkScope, createAccount, resetPassword } from './accounts.service.ts';

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
      // The administrator chose this password: the user must replace it at first sign-in.
      return createAccount(db, req.body, { mustChangePassword: true });
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
      await resetPassword(db, req.params.id, req.body.password);
      return { reset: true as const };
    });
  };
}


import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ChangePasswordBody, ErrorBody, LoginBody, LoginResult, SessionUser } from '@klaster/contract';
import {
  clearLoginFailures, deleteSession, deleteSessionsOfUser, findUserForSignIn, getUser, insertAudit, loginLockout, recordLoginFailure, setPasswordHash,
  type Database, type LoginLimits,
} from '@klaster/db';
import { send } from '../http/error-handler.ts';
import { AppError } from '../services/app-error.ts';
import { requireUser } from './access.ts';
import { hashPassword, passwordProblem, timingDummyHash, verifyPassword } from './passwords.ts';
import { clearSessionCookie, startSession } from './session.ts';

const tags = ['Вход и учётные записи'];
/** Five wrong passwords for a login, or twenty from one address, in 15 minutes: then wait. */
export const LOGIN_LIMITS: LoginLimits = { windowSeconds: 15 * 60, perLogin: 5, perIp: 20 };

/** How long to wait, as people say it: "12 мин", "40 с". */
export function waitText(seconds: number): { ru: string; en: string } {
  if (seconds < 60) return { ru: `${seconds} с`, en: `${seconds} s` };
  const minutes = Math.ceil(seconds / 60);
  return { ru: `${minutes} мин`, en: `${minutes} min` };
}

export function authRoutes(db: Database): FastifyPluginAsyncZod {
  return async (app) => {
    app.post('/api/auth/login', {
      config: { access: 'public' },
      schema: { tags, summary: 'Вход: логин и пароль → сессия (cookie) и CSRF-токен', body: LoginBody, response: { 200: LoginResult, 400: ErrorBody, 401: ErrorBody, 429: ErrorBody } },
    }, async (req, reply) => {
      const { login, password } = req.body;
      const ip = req.ip ?? null;
      const lockout = await loginLockout(db, login, ip, LOGIN_LIMITS);
      if (lockout) {
        await insertAudit(db, { user: null, login, action: 'sign_in_refused', method: 'POST', route: '/api/auth/login', url: req.url, status: 429, ip });
        // Retry-After: when the oldest counted failure leaves the window (seconds), so clients need not guess.
        const wait = waitText(lockout.retryAfterSeconds);
        return send(reply.header('retry-after', String(lockout.retryAfterSeconds)), 'rate_limited',
          `Слишком много неудачных попыток входа. Повторите через ${wait.ru}`, `Too many failed sign-in attempts. Try again in ${wait.en}`);
      }
      const user = await findUserForSignIn(db, login);
      // Unknown logins are checked against a dummy hash so that timing does not tell which logins exist.
      const ok = user ? await verifyPassword(password, user.passwordHash) : (await verifyPassword(password, await timingDummyHash()), false);
      if (!user || !ok || user.disabled) {
        await recordLoginFailure(db, login, ip);
        await insertAudit(db, { user: null, login, action: 'sign_in_failed', method: 'POST', route: '/api/auth/login', url: req.url, status: 401, ip });
        throw new AppError('unauthorized', 'Неверный логин или пароль', 'Wrong login or password');
      }
      await clearLoginFailures(db, login);
      const { passwordHash: _hash, disabled: _d, createdAt: _c, lastLoginAt: _l, ...sessionUser } = user;
      const csrfToken = await startSession(db, req, reply, sessionUser);
      await insertAudit(db, { user: sessionUser, action: 'sign_in', method: 'POST', route: '/api/auth/login', url: req.url, status: 200, ip });
      return { user: sessionUser, csrfToken };
    });

    app.post('/api/auth/logout', { config: { access: 'public' }, schema: { tags, summary: 'Выход: сессия закрывается', response: { 200: z.object({ signedOut: z.boolean() }) } } }, async (req, reply) => {
      if (req.sessionTokenHash) {
        await deleteSession(db, req.sessionTokenHash);
        await insertAudit(db, { user: req.user, action: 'sign_out', method: 'POST', route: '/api/auth/logout', url: req.url, status: 200, ip: req.ip ?? null });
      }
      clearSessionCookie(req, reply);
      return { signedOut: req.sessionTokenHash != null };
    });

    app.get('/api/auth/session', {
      config: { access: 'public' },
      schema: { tags, summary: 'Текущая сессия: пользователь и CSRF-токен (или null для публичного доступа)', response: { 200: z.object({ user: SessionUser.nullable(), csrfToken: z.string().nullable() }) } },
    }, async (req) => ({ user: req.user, csrfToken: req.user ? req.csrfToken : null }));

    app.post('/api/auth/password', {
      config: { access: 'signed_in' },
      schema: { tags, summary: 'Сменить свой пароль', body: ChangePasswordBody, response: { 200: z.object({ changed: z.literal(true) }), 400: ErrorBody, 401: ErrorBody } },
    }, async (req) => {
      const me = requireUser(req);
      const account = await findUserForSignIn(db, me.login);
      if (!account || !(await verifyPassword(req.body.currentPassword, account.passwordHash)))
        throw new AppError('validation_failed', 'Текущий пароль указан неверно', 'The current password is wrong', [{ path: 'body.currentPassword', message: 'неверный пароль' }]);
      const problem = passwordProblem(req.body.newPassword, me.login);
      if (problem) throw new AppError('validation_failed', `Новый пароль не подходит: ${problem.ru}`, `The new password is not acceptable: ${problem.en}`, [{ path: 'body.newPassword', message: problem.ru, messageEn: problem.en }]);
      await db.transaction(async (tx) => {
        await setPasswordHash(tx, me.id, await hashPassword(req.body.newPassword), false);
        // Other sessions of this account end: whoever knew the old password is out.
        await deleteSessionsOfUser(tx, me.id, req.sessionTokenHash);
      });
      return { changed: true as const };
    });

    app.get('/api/auth/me', { config: { access: 'signed_in' }, schema: { tags, summary: 'Моя учётная запись', response: { 200: SessionUser, 401: ErrorBody } } }, async (req) => {
      const me = await getUser(db, requireUser(req).id);
      if (!me) throw new AppError('unauthorized', 'Учётная запись не найдена', 'Account not found');
      const { disabled: _d, createdAt: _c, lastLoginAt: _l, ...user } = me;
      return user;
    });
  };
}

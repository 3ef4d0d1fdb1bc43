import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { createSession, touchSession, type Database } from '@klaster/db';
import type { SessionUser } from '@klaster/contract';
import { AppError } from '../services/app-error.ts';
import { allows, forbidden, type Access } from './access.ts';

export const SESSION_COOKIE = 'klaster_session';
export const CSRF_HEADER = 'x-csrf-token';
/** A session ends after 8 hours without a request (a working day), and at sign-out. */
export const SESSION_IDLE_SECONDS = 8 * 60 * 60;
/** The session row is written (last seen, expiry) at most once a minute, not on every request. */
export const SESSION_TOUCH_SECONDS = 60;

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Routes that are not API routes (the docs page, the SPA) need no declaration. */
const UNDECLARED_OK = /^\/api\/docs(\/|$)/;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

declare module 'fastify' {
  interface FastifyRequest {
    csrfToken: string | null;
    sessionTokenHash: string | null;
  }
}

export interface DeclaredRoute {
  method: string;
  url: string;
  access: Access;
}

const declaredRoutes = new WeakMap<FastifyInstance, DeclaredRoute[]>();

/** Every API route with its declared access, in registration order (the role × route test walks them). */
export function listDeclaredRoutes(app: FastifyInstance): readonly DeclaredRoute[] {
  return declaredRoutes.get(app) ?? [];
}

/** Refuses to start when an /api route forgot to say who may call it: access is never implicit. */
export function requireAccessDeclarations(app: FastifyInstance): void {
  const table: DeclaredRoute[] = [];
  declaredRoutes.set(app, table);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/') || UNDECLARED_OK.test(route.url) || route.method === 'HEAD') return;
    const access = route.config?.access;
    if (!access) throw new Error(`Route ${String(route.method)} ${route.url} does not declare config.access`);
    if (route.config?.sessionless && access !== 'public') throw new Error(`Route ${String(route.method)} ${route.url}: only a public route can skip the session`);
    for (const method of [route.method].flat()) if (method !== 'HEAD') table.push({ method, url: route.url, access });
  });
}

export function routeAccess(req: FastifyRequest): Access | undefined {
  return req.routeOptions.config?.access;
}

/**
 * Reads the session cookie, then enforces the route's access and CSRF before anything else runs (before
 * validation too, so the public cannot probe request schemas of closed routes).
 */
export function installSessionHooks(app: FastifyInstance, db: Database): void {
  app.decorateRequest('user', null);
  app.decorateRequest('csrfToken', null);
  app.decorateRequest('sessionTokenHash', null);
  app.addHook('onRequest', async (req) => {
    const token = req.cookies?.[SESSION_COOKIE];
    if (token && token.length <= 200 && !req.routeOptions.config?.sessionless) {
      const tokenHash = hashToken(token);
      const session = await touchSession(db, tokenHash, SESSION_IDLE_SECONDS, SESSION_TOUCH_SECONDS);
      if (session) {
        req.user = session.user;
        req.csrfToken = session.csrfToken;
        req.sessionTokenHash = tokenHash;
      }
    }
    const access = routeAccess(req);
    if (!access) return; // not an API route (static files, 404)
    if (req.user && UNSAFE_METHODS.has(req.method) && !isSameToken(req.headers[CSRF_HEADER], req.csrfToken))
      throw new AppError('forbidden', 'Запрос отклонён: нет или неверен CSRF-токен (обновите страницу)', 'Request refused: missing or wrong CSRF token (reload the page)',
        [{ path: 'headers.x-csrf-token', message: 'нет или неверен' }]);
    if (!allows(access, req.user)) {
      if (!req.user) throw new AppError('unauthorized', 'Требуется вход в систему', 'Sign-in required');
      throw forbidden();
    }
    if (req.user?.mustChangePassword && !req.routeOptions.url?.startsWith('/api/auth/')) {
      // Until the administrator's temporary password is replaced (someone else knows it), the account opens
      // nothing of its own: public routes answer as they answer the public, closed ones are refused.
      if (access === 'public') req.user = null;
      else throw new AppError('forbidden', 'Смените пароль, выданный администратором, прежде чем продолжить', 'Change the password the administrator gave you before you continue');
    }
  });
}

function isSameToken(sent: unknown, expected: string | null): boolean {
  if (typeof sent !== 'string' || !expected) return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Starts a fresh session: a new random token every time (a token planted before sign-in is never
 * promoted — no session fixation), stored only as its hash.
 */
export async function startSession(db: Database, req: FastifyRequest, reply: FastifyReply, user: SessionUser): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  await createSession(db, {
    tokenHash: hashToken(token), userId: user.id, csrfToken, expiresAt: new Date(Date.now() + SESSION_IDLE_SECONDS * 1000),
    ip: req.ip ?? null, userAgent: typeof req.headers['user-agent'] === 'string' ? req.headers['user-agent'] : null,
  });
  reply.setCookie(SESSION_COOKIE, token, cookieOptions(req));
  return csrfToken;
}

export function clearSessionCookie(req: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, cookieOptions(req));
}

function cookieOptions(req: FastifyRequest) {
  // httpOnly: scripts never see the token; SameSite=Strict: other sites cannot make the browser send it;
  // Secure whenever the request came over HTTPS (behind a TLS proxy set KLASTER_SECURE_COOKIES=true).
  const secure = req.protocol === 'https' || process.env.KLASTER_SECURE_COOKIES === 'true';
  return { path: '/', httpOnly: true, sameSite: 'strict' as const, secure };
}

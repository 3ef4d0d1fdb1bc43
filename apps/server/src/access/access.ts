import type { FastifyRequest } from 'fastify';
import type { Role, SessionUser } from '@klaster/contract';
import { AppError } from '../services/app-error.ts';

/**
 * Who may call a route. Every /api route declares it in `config.access` (the server refuses to start
 * otherwise), so the role × route test can walk them all:
 * - 'public': anyone, signed in or not (published data only);
 * - 'signed_in': any account;
 * - a list of roles: only those. Scope (which regions, which cluster, which organisation) is checked in
 *   the handler with the helpers of scope.ts, because it depends on the object asked for.
 */
export type Access = 'public' | 'signed_in' | readonly Role[];

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
    /** Audit this route's successful GETs as access to non-public data even when it is public (rare). */
    auditReads?: boolean;
    /**
     * Answer without reading the session: for public routes whose URL carries its own secret and that must answer
     * while a long transaction holds the database (PGlite has one connection), such as an import's progress.
     */
    sessionless?: boolean;
  }
  interface FastifyRequest {
    /** The signed-in user, or null for the public. Set by the session hook before any handler runs. */
    user: SessionUser | null;
  }
}

export const ANYONE_SIGNED_IN: Access = 'signed_in';
export const PUBLIC: Access = 'public';
/** The staff of the registry: everyone who edits registry data for a territory. */
export const REGISTRY_EDITORS = ['admin', 'regional_operator'] as const satisfies readonly Role[];

export function currentUser(req: FastifyRequest): SessionUser | null {
  return req.user ?? null;
}

/** The signed-in user; a 401 when there is none (the access hook normally got there first). */
export function requireUser(req: FastifyRequest): SessionUser {
  if (!req.user) throw new AppError('unauthorized', 'Требуется вход в систему', 'Sign-in required');
  return req.user;
}

export function allows(access: Access, user: SessionUser | null): boolean {
  if (access === 'public') return true;
  if (!user) return false;
  if (access === 'signed_in') return true;
  return access.includes(user.role);
}

export function forbidden(): AppError {
  return new AppError('forbidden', 'Недостаточно прав для этого действия', 'You are not allowed to do this');
}

/** What `actor` history and runs record: the login, or "system" for work nobody signed in for. */
export function actorName(req: FastifyRequest): string {
  return req.user?.login ?? 'public';
}

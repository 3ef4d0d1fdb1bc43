import type { FastifyInstance, FastifyRequest } from 'fastify';
import { insertAudit, type Database } from '@klaster/db';
import { routeAccess } from './session.ts';

const READ_METHODS = new Set(['GET', 'HEAD']);

/**
 * The audit log records every change (any unsafe request that reached a route, whatever its outcome),
 * every read of non-public data, and every refusal. Public reads are not logged: they are published data.
 * Sign-in and sign-out are logged by the auth routes themselves (they know the login typed).
 */
export function installAuditHook(app: FastifyInstance, db: Database): void {
  app.addHook('onResponse', async (req, reply) => {
    const access = routeAccess(req);
    if (!access || req.routeOptions.url?.startsWith('/api/auth/')) return;
    const action = auditAction(req, reply.statusCode, access === 'public');
    if (!action) return;
    try {
      await insertAudit(db, {
        user: req.user, action, method: req.method, route: req.routeOptions.url ?? req.url, url: req.url, status: reply.statusCode, ip: req.ip ?? null,
      });
    } catch (error) {
      // The response is already sent; a failed audit write must be seen by the operator, not lost silently.
      req.log.error({ err: error }, 'audit log write failed');
    }
  });
}

function auditAction(req: FastifyRequest, status: number, isPublic: boolean): string | null {
  if (status === 401 || status === 403) return 'denied';
  // Public POSTs are computations (a dossier check, the subsidy calculator): nothing is written.
  if (!READ_METHODS.has(req.method)) return isPublic ? null : 'change';
  if (isPublic) return req.routeOptions.config?.auditReads ? 'read' : null;
  return 'read';
}

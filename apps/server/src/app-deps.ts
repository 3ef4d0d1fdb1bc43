import type { FastifyRequest } from 'fastify';
import type { Database } from '@klaster/db';

/** What the HTTP layer is given: routes reach the database only through repositories and services. */
export interface AppDeps {
  db: Database;
  /** Who is acting, for history and runs: the signed-in user's login (set by buildApp, not by callers). */
  actorOf: (request: FastifyRequest) => string;
  /** The built web UI to serve at /, if it has been built. */
  webRoot?: string;
}

/** What callers of buildApp provide. */
export type AppInput = Omit<AppDeps, 'actorOf'>;

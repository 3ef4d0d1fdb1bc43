import type { Database } from '@klaster/db';

/** What the HTTP layer is given: routes reach the database only through repositories and services. */
export interface AppDeps {
  db: Database;
  /** Who is acting, until accounts land: the operator of this installation. */
  actorOf: (request: { headers: Record<string, unknown> }) => string;
  /** The built web UI to serve at /, if it has been built. */
  webRoot?: string;
}

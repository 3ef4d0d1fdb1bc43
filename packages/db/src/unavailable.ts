// Which failures mean "the database server cannot be reached right now" (a restart, a network cut, too many
// connections) rather than a bug: the HTTP layer answers those 503 database_unavailable, not 500.

/** Socket-level errors of the connection to the server. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

/**
 * SQLSTATEs: class 08 (connection exception), 57P01 admin shutdown (pg_ctl stop/restart), 57P02 crash shutdown,
 * 57P03 cannot connect now (shutting down, starting up, recovering), 53300 too many connections.
 */
const SQLSTATE = /^(08...|57P0[123]|53300)$/;

/** What node-postgres says, without a code, when the socket closes under it or a connect attempt times out. */
const CLIENT_MESSAGES = /^(Connection terminated( unexpectedly| due to connection timeout)?|Client has encountered a connection error and is not queryable|timeout exceeded when trying to connect)$/;

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 3) return false;
  const e = error as { code?: unknown; message?: unknown; errors?: unknown; cause?: unknown };
  if (typeof e.code === 'string' && (NETWORK_CODES.has(e.code) || SQLSTATE.test(e.code))) return true;
  if (typeof e.message === 'string' && CLIENT_MESSAGES.test(e.message)) return true;
  // Node's connect with several addresses rejects with an AggregateError of the attempts.
  if (Array.isArray(e.errors) && e.errors.length > 0 && e.errors.every((inner) => isDatabaseUnavailable(inner, depth + 1))) return true;
  return isDatabaseUnavailable(e.cause, depth + 1);
}

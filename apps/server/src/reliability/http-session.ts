// A signed-in client over real HTTP (fetch), for tests and benches that talk to a separate server process:
// the account is created directly in the database, the session comes from POST /api/auth/login.
import type { Role } from '@klaster/contract';
import { createUser, findUserForSignIn, type Sql } from '@klaster/db';
import { hashPassword } from '../access/passwords.ts';
import { CSRF_HEADER, SESSION_COOKIE } from '../access/session.ts';

export const BENCH_PASSWORD = 'bench-Пароль-2026';

/** Creates the account unless it exists. Cheap scrypt parameters (recorded in the hash): sign-in stays fast. */
export async function ensureAccount(db: Sql, login: string, role: Role, regionCodes: string[] = []): Promise<void> {
  if (await findUserForSignIn(db, login)) return;
  const passwordHash = await hashPassword(BENCH_PASSWORD, { N: 2 ** 12, r: 8, p: 1 });
  await createUser(db, { login, displayName: `Нагрузка ${login}`, passwordHash, role, regionCodes });
}

export interface HttpSession {
  /** Headers for reads: the session cookie. */
  read: Record<string, string>;
  /** Headers for writes: the cookie and the CSRF token. */
  write: Record<string, string>;
}

export async function signInOverHttp(baseUrl: string, login: string, password = BENCH_PASSWORD): Promise<HttpSession> {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in of ${login} failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`))?.split(';')[0];
  if (!cookie) throw new Error('sign-in set no session cookie');
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { read: { cookie }, write: { cookie, [CSRF_HEADER]: csrfToken } };
}

import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { Role, SessionUser } from '@klaster/contract';
import { createUser, findUserForSignIn, type Sql } from '@klaster/db';
import { hashPassword } from '../access/passwords.ts';
import { CSRF_HEADER, SESSION_COOKIE } from '../access/session.ts';

export const TEST_PASSWORD = 'test-Пароль-2026';
// Cheaper scrypt parameters for test accounts (the hash records them); production hashes use the defaults.
let testHash: Promise<string> | null = null;
const testPasswordHash = () => (testHash ??= hashPassword(TEST_PASSWORD, { N: 2 ** 12, r: 8, p: 1 }));

export interface SignedInClient {
  user: SessionUser;
  cookie: string;
  csrfToken: string;
  /** app.inject with this session's cookie and CSRF header added. */
  inject(options: InjectOptions | string): Promise<LightMyRequestResponse>;
}

export interface TestScope {
  login?: string;
  regionCodes?: string[];
  clusterId?: number | null;
  organisationId?: number | null;
}

let counter = 0;

/** Creates (or reuses, by login) an account with this role and scope and signs it in through the real login route. */
export async function signedInAs(app: FastifyInstance, db: Sql, role: Role, scope: TestScope = {}): Promise<SignedInClient> {
  const login = scope.login ?? `${role}-${process.pid}-${++counter}`;
  if (!(await findUserForSignIn(db, login)))
    await createUser(db, {
      login, displayName: `Тест ${role}`, passwordHash: await testPasswordHash(), role,
      regionCodes: scope.regionCodes ?? (role === 'regional_operator' ? ['22'] : []), clusterId: scope.clusterId ?? null, organisationId: scope.organisationId ?? null,
    });
  return signIn(app, login, TEST_PASSWORD);
}

export async function signIn(app: FastifyInstance, login: string, password: string): Promise<SignedInClient> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { login, password } });
  if (res.statusCode !== 200) throw new Error(`sign-in of ${login} failed: ${res.statusCode} ${res.body}`);
  const setCookie = [res.headers['set-cookie']].flat().find((c) => c?.startsWith(SESSION_COOKIE + '='));
  if (!setCookie) throw new Error('no session cookie set');
  const cookie = setCookie.split(';')[0]!;
  const { user, csrfToken } = res.json() as { user: SessionUser; csrfToken: string };
  return {
    user, cookie, csrfToken,
    inject(options) {
      const o: InjectOptions = typeof options === 'string' ? { url: options } : options;
      return app.inject({ ...o, headers: { ...(o.headers ?? {}), cookie, [CSRF_HEADER]: csrfToken } });
    },
  };
}

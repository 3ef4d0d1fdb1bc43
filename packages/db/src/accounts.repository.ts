import type { Role, SessionUser, UserRecord, AuditEntry } from '@klaster/contract';
import type { Sql } from './driver.ts';

/** Accounts, sessions, sign-in failures and the audit log. Hashing lives in the server: this is storage only. */

export interface NewUser {
  login: string;
  displayName: string;
  passwordHash: string;
  role: Role;
  regionCodes?: string[];
  clusterId?: number | null;
  organisationId?: number | null;
  mustChangePassword?: boolean;
  isDemo?: boolean;
}

type UserRow = {
  id: number;
  login: string;
  display_name: string;
  role: Role;
  region_codes: string[];
  cluster_id: number | null;
  organisation_id: number | null;
  must_change_password: boolean;
  disabled: boolean;
  created_at: Date;
  last_login_at: Date | null;
  password_hash: string;
};

const USER_COLUMNS = `id, login, display_name, role, region_codes, cluster_id, organisation_id, must_change_password, disabled, created_at, last_login_at, password_hash`;

function toSessionUser(r: UserRow): SessionUser {
  return {
    id: Number(r.id), login: r.login, displayName: r.display_name, role: r.role, regionCodes: r.region_codes ?? [],
    clusterId: r.cluster_id == null ? null : Number(r.cluster_id), organisationId: r.organisation_id == null ? null : Number(r.organisation_id),
    mustChangePassword: r.must_change_password,
  };
}

function toUserRecord(r: UserRow): UserRecord {
  return { ...toSessionUser(r), disabled: r.disabled, createdAt: new Date(r.created_at).toISOString(), lastLoginAt: r.last_login_at ? new Date(r.last_login_at).toISOString() : null };
}

export async function createUser(sql: Sql, user: NewUser): Promise<UserRecord> {
  const [row] = await sql.query<UserRow>(
    `INSERT INTO users (login, display_name, password_hash, role, region_codes, cluster_id, organisation_id, must_change_password, is_demo)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING ${USER_COLUMNS}`,
    [user.login, user.displayName, user.passwordHash, user.role, user.regionCodes ?? [], user.clusterId ?? null, user.organisationId ?? null, user.mustChangePassword ?? false, user.isDemo ?? false],
  );
  return toUserRecord(row!);
}

/** The account with its password hash, for signing in (case-insensitive login). */
export async function findUserForSignIn(sql: Sql, login: string): Promise<(UserRecord & { passwordHash: string }) | null> {
  const [row] = await sql.query<UserRow>(`SELECT ${USER_COLUMNS} FROM users WHERE lower(login) = lower($1)`, [login]);
  return row ? { ...toUserRecord(row), passwordHash: row.password_hash } : null;
}

export async function getUser(sql: Sql, id: number): Promise<UserRecord | null> {
  const [row] = await sql.query<UserRow>(`SELECT ${USER_COLUMNS} FROM users WHERE id = $1`, [id]);
  return row ? toUserRecord(row) : null;
}

export async function listUsers(sql: Sql, filter: { role?: Role } = {}): Promise<UserRecord[]> {
  const rows = await sql.query<UserRow>(`SELECT ${USER_COLUMNS} FROM users WHERE ($1::text IS NULL OR role = $1) ORDER BY role, lower(login)`, [filter.role ?? null]);
  return rows.map(toUserRecord);
}

export async function countUsers(sql: Sql): Promise<number> {
  const [row] = await sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM users`);
  return row!.n;
}

export async function updateUser(sql: Sql, id: number, changes: { displayName?: string; role?: Role; regionCodes?: string[]; clusterId?: number | null; organisationId?: number | null; disabled?: boolean }): Promise<UserRecord | null> {
  const [row] = await sql.query<UserRow>(
    `UPDATE users SET
       display_name = coalesce($2, display_name), role = coalesce($3, role), region_codes = coalesce($4, region_codes),
       cluster_id = CASE WHEN $5::boolean THEN $6 ELSE cluster_id END,
       organisation_id = CASE WHEN $7::boolean THEN $8 ELSE organisation_id END,
       disabled = coalesce($9, disabled)
     WHERE id = $1 RETURNING ${USER_COLUMNS}`,
    [id, changes.displayName ?? null, changes.role ?? null, changes.regionCodes ?? null,
      'clusterId' in changes, changes.clusterId ?? null, 'organisationId' in changes, changes.organisationId ?? null, changes.disabled ?? null],
  );
  return row ? toUserRecord(row) : null;
}

export async function setPasswordHash(sql: Sql, id: number, passwordHash: string, mustChange: boolean): Promise<boolean> {
  const rows = await sql.query(`UPDATE users SET password_hash = $2, must_change_password = $3 WHERE id = $1 RETURNING id`, [id, passwordHash, mustChange]);
  return rows.length > 0;
}

// ── Sessions ────────────────────────────────────────────────────────────────

export async function createSession(sql: Sql, s: { tokenHash: string; userId: number; csrfToken: string; expiresAt: Date; ip: string | null; userAgent: string | null }): Promise<void> {
  await sql.query(
    `INSERT INTO sessions (token_hash, user_id, csrf_token, expires_at, ip, user_agent) VALUES ($1, $2, $3, $4, $5, $6)`,
    [s.tokenHash, s.userId, s.csrfToken, s.expiresAt.toISOString(), s.ip, s.userAgent?.slice(0, 300) ?? null],
  );
  await sql.query(`UPDATE users SET last_login_at = now() WHERE id = $1`, [s.userId]);
}

/**
 * The live session of a token with its user; null when it expired, was signed out, or its user was disabled.
 * Its expiry slides forward, but the row is written at most once every `touchEverySeconds` (not on every
 * request): one statement reads the session and, only when its last-seen time is older than that, moves
 * last-seen and expiry on. A session therefore ends `idleSeconds` after the last request, give or take
 * `touchEverySeconds`.
 */
export async function touchSession(sql: Sql, tokenHash: string, idleSeconds: number, touchEverySeconds = 60): Promise<{ user: SessionUser; csrfToken: string } | null> {
  const rows = await sql.query<UserRow & { csrf_token: string }>(
    `WITH live AS (
       SELECT s.token_hash, s.csrf_token, s.last_seen_at, ${USER_COLUMNS.split(', ').map((c) => 'u.' + c).join(', ')}
       FROM sessions s JOIN users u ON u.id = s.user_id
       WHERE s.token_hash = $1 AND s.expires_at > now() AND NOT u.disabled
     ), touched AS (
       -- runs whether or not the outer query reads it (a data-modifying WITH always runs to completion)
       UPDATE sessions s SET last_seen_at = now(), expires_at = now() + make_interval(secs => $2)
       FROM live WHERE s.token_hash = live.token_hash AND live.last_seen_at <= now() - make_interval(secs => $3)
     )
     SELECT ${USER_COLUMNS}, csrf_token FROM live`,
    [tokenHash, idleSeconds, touchEverySeconds],
  );
  const row = rows[0];
  return row ? { user: toSessionUser(row), csrfToken: row.csrf_token } : null;
}

export async function deleteSession(sql: Sql, tokenHash: string): Promise<void> {
  await sql.query(`DELETE FROM sessions WHERE token_hash = $1`, [tokenHash]);
}

/** Signs a user out everywhere (password reset, account disabled). */
export async function deleteSessionsOfUser(sql: Sql, userId: number, exceptTokenHash: string | null = null): Promise<void> {
  await sql.query(`DELETE FROM sessions WHERE user_id = $1 AND ($2::text IS NULL OR token_hash <> $2)`, [userId, exceptTokenHash]);
}

export async function deleteExpiredSessions(sql: Sql): Promise<number> {
  const rows = await sql.query(`DELETE FROM sessions WHERE expires_at <= now() RETURNING 1`);
  return rows.length;
}

// ── Sign-in failures (rate limit) ───────────────────────────────────────────

export async function recordLoginFailure(sql: Sql, login: string, ip: string | null): Promise<void> {
  await sql.query(`INSERT INTO login_failures (login, ip) VALUES ($1, $2)`, [login.slice(0, 200), ip]);
}

export interface LoginLimits {
  windowSeconds: number;
  perLogin: number;
  perIp: number;
}

/**
 * Whether sign-in is locked for this login or from this address, and for how many more seconds. A limit of
 * N failures in the window holds until the N-th newest failure leaves the window (with exactly N counted, the
 * oldest of them), so that is when sign-in opens again; with both limits reached, the later of the two.
 */
export async function loginLockout(sql: Sql, login: string, ip: string | null, limits: LoginLimits): Promise<{ retryAfterSeconds: number } | null> {
  const [row] = await sql.query<{ wait: number | null }>(
    `SELECT ceil(extract(epoch FROM greatest(
       (SELECT at FROM login_failures WHERE lower(login) = lower($1) AND at > now() - make_interval(secs => $3) ORDER BY at DESC OFFSET $4::int - 1 LIMIT 1),
       (SELECT at FROM login_failures WHERE ip = $2 AND at > now() - make_interval(secs => $3) ORDER BY at DESC OFFSET $5::int - 1 LIMIT 1)
     ) + make_interval(secs => $3) - now()))::int AS wait`,
    [login, ip, limits.windowSeconds, limits.perLogin, limits.perIp],
  );
  return row?.wait == null ? null : { retryAfterSeconds: Math.max(1, row.wait) };
}

export async function clearLoginFailures(sql: Sql, login: string): Promise<void> {
  await sql.query(`DELETE FROM login_failures WHERE lower(login) = lower($1)`, [login]);
}

// ── Audit log ───────────────────────────────────────────────────────────────

export interface NewAuditEntry {
  user: SessionUser | null;
  /** For sign-in attempts, the login typed (there is no user yet). */
  login?: string | null;
  action: string;
  method: string;
  route: string;
  url: string;
  status: number;
  ip: string | null;
}

export async function insertAudit(sql: Sql, e: NewAuditEntry): Promise<void> {
  await sql.query(
    `INSERT INTO audit_log (user_id, login, role, action, method, route, url, status, ip) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [e.user?.id ?? null, e.user?.login ?? e.login ?? null, e.user?.role ?? null, e.action, e.method, e.route, e.url.slice(0, 2000), e.status, e.ip],
  );
}

export interface AuditFilter {
  userId?: number;
  action?: string;
  from?: string;
  to?: string;
  page?: number;
  pageSize?: number;
}

export async function listAudit(sql: Sql, f: AuditFilter): Promise<{ items: AuditEntry[]; total: number }> {
  const pageSize = f.pageSize ?? 100;
  const offset = ((f.page ?? 1) - 1) * pageSize;
  const where = `($1::bigint IS NULL OR user_id = $1) AND ($2::text IS NULL OR action = $2) AND ($3::timestamptz IS NULL OR at >= $3) AND ($4::timestamptz IS NULL OR at < $4)`;
  const params = [f.userId ?? null, f.action ?? null, f.from ?? null, f.to ?? null];
  const rows = await sql.query<{ id: number; at: Date; user_id: number | null; login: string | null; role: string | null; action: string; method: string; route: string; url: string; status: number; ip: string | null }>(
    `SELECT id, at, user_id, login, role, action, method, route, url, status, ip FROM audit_log WHERE ${where} ORDER BY id DESC LIMIT ${pageSize} OFFSET ${offset}`,
    params,
  );
  const [count] = await sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log WHERE ${where}`, params);
  return {
    total: count!.n,
    items: rows.map((r) => ({ id: Number(r.id), at: new Date(r.at).toISOString(), userId: r.user_id == null ? null : Number(r.user_id), login: r.login, role: r.role, action: r.action, method: r.method, route: r.route, url: r.url, status: r.status, ip: r.ip })),
  };
}

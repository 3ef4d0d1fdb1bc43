/**
 * Accounts, sessions and the audit log (contract: packages/contract/src/accounts.ts; server:
 * apps/server/src/access/*.routes.ts). Types are inferred from the contract; the calls go through client.ts,
 * so they carry the session cookie and the CSRF token.
 */
import type { z } from 'zod';
import type {
  AuditEntry as AuditEntrySchema, Role as RoleSchema, SessionUser as SessionUserSchema, UserInput as UserInputSchema, UserRecord as UserRecordSchema,
} from '@klaster/contract';
import { api, buildQuery, type QueryValue } from './client.ts';
import type { Page } from './types.ts';

export type Role = z.infer<typeof RoleSchema>;
export type SessionUser = z.infer<typeof SessionUserSchema>;
export type UserRecord = z.infer<typeof UserRecordSchema>;
export type UserInput = z.input<typeof UserInputSchema>;
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

export interface SessionState {
  user: SessionUser | null;
  csrfToken: string | null;
}

/** What an administrator may change of an account (PUT /api/users/:id). */
export interface UserUpdate {
  displayName?: string;
  role?: Role;
  regionCodes?: string[];
  clusterId?: number | null;
  organisationId?: number | null;
  disabled?: boolean;
}

export interface AuditFilter {
  user?: number | null;
  action?: string | null;
  /** YYYY-MM-DD, inclusive. */
  from?: string | null;
  /** YYYY-MM-DD, exclusive (the server compares `at < to`). */
  to?: string | null;
}

export const accountsApi = {
  session: () => api.get<SessionState>('/api/auth/session'),
  login: (login: string, password: string) => api.post<{ user: SessionUser; csrfToken: string }>('/api/auth/login', { login, password }),
  logout: () => api.post<{ signedOut: boolean }>('/api/auth/logout', {}),
  changePassword: (currentPassword: string, newPassword: string) => api.post<{ changed: true }>('/api/auth/password', { currentPassword, newPassword }),
  createUser: (input: UserInput) => api.post<UserRecord>('/api/users', input),
  updateUser: (id: number, update: UserUpdate) => api.put<UserRecord>(`/api/users/${id}`, update),
  resetPassword: (id: number, password: string) => api.post<{ reset: true }>(`/api/users/${id}/password`, { password }),
};

export type AuditPage = Page<AuditEntry>;

function auditParams(f: AuditFilter): Record<string, QueryValue> {
  return { user: f.user ?? undefined, action: f.action ?? undefined, from: f.from ?? undefined, to: f.to ?? undefined };
}

export function auditQuery(f: AuditFilter, page: number, pageSize: number): Record<string, QueryValue> {
  return { ...auditParams(f), page, pageSize };
}

/** The CSV download of the same filter (a plain link: the browser saves it with the server's file name). */
export function auditExportUrl(f: AuditFilter): string {
  return '/api/audit/export' + buildQuery(auditParams(f));
}

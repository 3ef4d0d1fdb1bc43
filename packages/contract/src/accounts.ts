import { z } from 'zod';

/**
 * Who may use Klaster and what they see (PRODUCT.md C11). The public (not signed in) is not a role of an
 * account: it is what a request without a session is.
 */
export const Role = z.enum(['admin', 'regional_operator', 'specialised_org', 'enterprise', 'expert']).meta({ id: 'Role' });
export type Role = z.infer<typeof Role>;
export const ROLES = Role.options;

export const ROLE_LABELS: Record<Role, { ru: string; en: string }> = {
  admin: { ru: 'Администратор министерства', en: 'Ministry administrator' },
  regional_operator: { ru: 'Региональный оператор', en: 'Regional operator' },
  specialised_org: { ru: 'Специализированная организация кластера', en: 'Cluster specialised organisation' },
  enterprise: { ru: 'Представитель предприятия', en: 'Enterprise representative' },
  expert: { ru: 'Эксперт', en: 'Expert' },
};

/** The signed-in user as the API reports it (never the password hash). */
export const SessionUser = z
  .object({
    id: z.number(),
    login: z.string(),
    displayName: z.string(),
    role: Role,
    /** Regional operator: the regions (two-digit codes) they work for. */
    regionCodes: z.array(z.string()),
    /** Specialised organisation: the cluster it manages. */
    clusterId: z.number().nullable(),
    /** Enterprise representative: their organisation. */
    organisationId: z.number().nullable(),
    mustChangePassword: z.boolean(),
  })
  .meta({ id: 'SessionUser' });
export type SessionUser = z.infer<typeof SessionUser>;

export const LoginBody = z.object({ login: z.string().min(1).max(100), password: z.string().min(1).max(200) });
export const LoginResult = z.object({ user: SessionUser, csrfToken: z.string() });
export const ChangePasswordBody = z.object({ currentPassword: z.string().min(1).max(200), newPassword: z.string().min(10).max(200) });

export const UserInput = z.object({
  login: z.string().trim().min(3).max(100).regex(/^[\p{L}\p{N}._@-]+$/u, 'логин: буквы, цифры, . _ @ -'),
  displayName: z.string().trim().min(1).max(200),
  role: Role,
  regionCodes: z.array(z.string().regex(/^\d{2}$/)).default([]),
  clusterId: z.number().int().positive().nullable().default(null),
  organisationId: z.number().int().positive().nullable().default(null),
  password: z.string().min(10).max(200),
});
export type UserInput = z.infer<typeof UserInput>;

export const UserRecord = SessionUser.extend({ disabled: z.boolean(), createdAt: z.string(), lastLoginAt: z.string().nullable() }).meta({ id: 'User' });
export type UserRecord = z.infer<typeof UserRecord>;

export const AuditEntry = z
  .object({
    id: z.number(),
    at: z.string(),
    userId: z.number().nullable(),
    login: z.string().nullable(),
    role: z.string().nullable(),
    action: z.string(),
    method: z.string(),
    route: z.string(),
    url: z.string(),
    status: z.number(),
    ip: z.string().nullable(),
  })
  .meta({ id: 'AuditEntry' });
export type AuditEntry = z.infer<typeof AuditEntry>;

/**
 * The demonstration accounts of this installation, for the sign-in screen: those the shared demo password
 * opens (active, password unchanged). Empty, with no password, when the installation holds none.
 */
export const DemoAccount = z.object({
  login: z.string(),
  role: Role,
  displayName: z.string(),
  /** What the account works with, in words: the regions, the cluster, the organisation. */
  scope: z.string(),
  scopeEn: z.string(),
});
export const DemoAccountList = z
  .object({ password: z.string().nullable(), accounts: z.array(DemoAccount) })
  .meta({ id: 'DemoAccounts' });
export type DemoAccountList = z.infer<typeof DemoAccountList>;

import type { Role, SessionUser } from '../api/accounts.ts';

/**
 * Who may open a screen, declared the way the server declares its routes (apps/server/src/access/access.ts):
 * 'public', 'signed_in' or a list of roles. The UI uses it to hide what a role cannot open and to send the
 * public to the sign-in screen; the server stays the real guard.
 */
export type Access = 'public' | 'signed_in' | readonly Role[];

export function allows(access: Access | undefined, user: SessionUser | null): boolean {
  if (!access || access === 'public') return true;
  if (!user) return false;
  if (access === 'signed_in') return true;
  return access.includes(user.role);
}

/** The registry's staff: import, export, discovery, creating organisations (server: REGISTRY_EDITORS). */
export const REGISTRY_EDITORS = ['admin', 'regional_operator'] as const satisfies readonly Role[];
/** Supply links are commercial data: GET /api/links answers these roles, each within its scope. */
export const LINK_READERS = ['admin', 'regional_operator', 'specialised_org', 'enterprise'] as const satisfies readonly Role[];
/** Who may edit an organisation card (PUT /api/organisations/:id), each within its scope. */
export const ORGANISATION_EDITORS = ['admin', 'regional_operator', 'specialised_org', 'enterprise'] as const satisfies readonly Role[];
export const ADMINS = ['admin'] as const satisfies readonly Role[];

export const ROLES: readonly Role[] = ['admin', 'regional_operator', 'specialised_org', 'enterprise', 'expert'];

/** The role's name (ROLE_LABELS of the contract, held in the i18n dictionaries as userRole.*). */
export function roleLabel(role: Role | string | null | undefined, label: (prefix: string, value: string | null | undefined) => string): string {
  return label('userRole', role);
}

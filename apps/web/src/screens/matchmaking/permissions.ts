/**
 * What the matchmaking screens offer to whom, mirroring the server's declarations (matchmaking.routes.ts and
 * matchmaking-scope.ts). The server is the guard; these only spare people buttons that could only be refused.
 * The user is typed by the fields used, so the rules stay pure and testable.
 */
export interface Viewer {
  role: string;
  organisationId: number | null;
  regionCodes: readonly string[];
  clusterId: number | null;
}

/** POST /api/contact-requests and GET /api/contact-requests. */
export const REQUEST_ROLES = ['admin', 'regional_operator', 'enterprise'] as const;
/** POST /api/contact-requests/:id/accept|decline. */
export const ANSWER_ROLES = ['admin', 'enterprise'] as const;
/** GET /api/clusters/:id/value-chain-gaps (and then only for a cluster the user manages). */
export const CHAIN_ROLES = ['admin', 'regional_operator', 'specialised_org'] as const;
/** POST /api/import/{kind}. */
export const IMPORT_ROLES = ['admin', 'regional_operator'] as const;

const has = (roles: readonly string[], viewer: Viewer | null): viewer is Viewer => !!viewer && roles.includes(viewer.role);

export const mayListRequests = (viewer: Viewer | null): boolean => has(REQUEST_ROLES, viewer);
export const mayImport = (viewer: Viewer | null): boolean => has(IMPORT_ROLES, viewer);

/**
 * May the viewer send a request on behalf of this organisation? An enterprise only for its own; an operator
 * for organisations of its regions (the server checks the region: the region of a party is not on every screen).
 */
export function maySendFor(viewer: Viewer | null, organisationId: number): boolean {
  if (!has(REQUEST_ROLES, viewer)) return false;
  return viewer.role !== 'enterprise' || viewer.organisationId === organisationId;
}

/** Only the receiving side (or an administrator) answers a waiting request. */
export function mayAnswer(viewer: Viewer | null, request: { status: string; toOrganisationId: number }): boolean {
  if (request.status !== 'requested' || !has(ANSWER_ROLES, viewer)) return false;
  return viewer.role === 'admin' || viewer.organisationId === request.toOrganisationId;
}

/** The server's "manage" access to a cluster: the administrator, the operator of one of its regions, its specialised organisation. */
export function mayManageCluster(viewer: Viewer | null, cluster: { id: number; regions: readonly string[] }): boolean {
  if (!has(CHAIN_ROLES, viewer)) return false;
  if (viewer.role === 'admin') return true;
  if (viewer.role === 'regional_operator') return cluster.regions.some((r) => viewer.regionCodes.includes(r));
  return viewer.clusterId === cluster.id;
}

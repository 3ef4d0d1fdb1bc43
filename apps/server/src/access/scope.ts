import type { FastifyRequest } from 'fastify';
import type { SessionUser } from '@klaster/contract';
import type { Sql, Visibility } from '@klaster/db';
import { AppError, notFound } from '../services/app-error.ts';
import { forbidden } from './access.ts';

/**
 * Scopes: which objects a signed-in user may see and change. The rule of thumb: an object outside your
 * scope answers 404 (its existence must not leak by id guessing); an object you may see but not change
 * answers 403.
 *
 * - admin: everything;
 * - regional_operator: organisations registered in their regions, links with a party there, clusters whose
 *   territory touches them;
 * - specialised_org: their cluster, its participants and the links among them;
 * - enterprise: their organisation, its links, the clusters it takes part in (read);
 * - expert: the applications assigned to them (see the expert module), registry data read-only as public.
 */
/** The rows of lists (clusters, links, contact requests…) this user may see. Experts see what the public sees. */
export function visibilityOf(user: SessionUser | null): Visibility {
  if (!user) return { kind: 'public' };
  switch (user.role) {
    case 'admin':
      return { kind: 'all' };
    case 'regional_operator':
      return { kind: 'regions', regionCodes: user.regionCodes };
    case 'specialised_org':
      return user.clusterId ? { kind: 'cluster', clusterId: user.clusterId } : { kind: 'public' };
    case 'enterprise':
      return user.organisationId ? { kind: 'organisation', organisationId: user.organisationId } : { kind: 'public' };
    default:
      return { kind: 'public' };
  }
}

/** May this user change this organisation? (Reading organisation cards is public: EGRUL data.) */
export async function canEditOrganisation(db: Sql, user: SessionUser | null, organisationId: number): Promise<boolean> {
  const scope = visibilityOf(user);
  if (scope.kind === 'all') return true;
  if (scope.kind === 'public') return false;
  const rows = await db.query<{ ok: boolean }>(
    `SELECT CASE $2::text
        WHEN 'regions' THEN o.region_code = ANY($3::text[])
        WHEN 'cluster' THEN EXISTS (SELECT 1 FROM cluster_participants p WHERE p.cluster_id = $4 AND p.organisation_id = o.id)
        WHEN 'organisation' THEN o.id = $5
        ELSE false END AS ok
     FROM organisations o WHERE o.id = $1`,
    [organisationId, scope.kind, scope.kind === 'regions' ? scope.regionCodes : [], scope.kind === 'cluster' ? scope.clusterId : null, scope.kind === 'organisation' ? scope.organisationId : null],
  );
  return rows[0]?.ok === true;
}

/** May this user see the non-public data of this organisation (its links, needs, history)? */
export async function canSeeOrganisationData(db: Sql, user: SessionUser | null, organisationId: number): Promise<boolean> {
  return canEditOrganisation(db, user, organisationId);
}

export async function assertOrganisationEditable(db: Sql, req: FastifyRequest, organisationId: number): Promise<void> {
  if (!(await canEditOrganisation(db, req.user, organisationId))) throw forbidden();
}

/** What a user may do with a cluster: manage (edit, move it through its life cycle), read, or nothing. */
export type ClusterAccess = 'manage' | 'read' | 'none';

export async function clusterAccess(db: Sql, user: SessionUser | null, clusterId: number): Promise<ClusterAccess> {
  const rows = await db.query<{ regions: string[]; status: string; participant: boolean }>(
    `SELECT c.regions, c.status,
            EXISTS (SELECT 1 FROM cluster_participants p WHERE p.cluster_id = c.id AND p.organisation_id = $2) AS participant
     FROM clusters c WHERE c.id = $1 AND c.deleted_at IS NULL`,
    [clusterId, user?.organisationId ?? null],
  );
  const cluster = rows[0];
  if (!cluster) return 'none';
  const published = isPublishedClusterStatus(cluster.status);
  if (!user) return published ? 'read' : 'none';
  switch (user.role) {
    case 'admin':
      return 'manage';
    case 'regional_operator':
      return cluster.regions.some((r) => user.regionCodes.includes(r)) ? 'manage' : published ? 'read' : 'none';
    case 'specialised_org':
      return user.clusterId === clusterId ? 'manage' : published ? 'read' : 'none';
    case 'enterprise':
      return cluster.participant || published ? 'read' : 'none';
    default:
      return published ? 'read' : 'none';
  }
}

/**
 * Published clusters are the ones the ministry's registry shows (in the registry or excluded from it).
 * Candidates, initiatives and applications in preparation are the working material of their region.
 */
export function isPublishedClusterStatus(status: string): boolean {
  return status === 'in_registry' || status === 'excluded';
}

/** 404 when the user may not even know the cluster exists; 403 when they may read but need to manage. */
export async function assertClusterAccess(db: Sql, req: FastifyRequest, clusterId: number, needed: 'read' | 'manage'): Promise<void> {
  const access = await clusterAccess(db, req.user, clusterId);
  if (access === 'none') throw notFound('Кластер', 'Cluster', clusterId);
  if (needed === 'manage' && access !== 'manage') throw forbidden();
}

export function assertAdmin(req: FastifyRequest): void {
  if (req.user?.role !== 'admin') throw new AppError('forbidden', 'Только для администратора министерства', 'Ministry administrators only');
}

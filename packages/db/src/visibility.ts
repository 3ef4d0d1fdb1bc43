/**
 * Which rows a reader may see, as SQL conditions the list queries add to their WHERE. The server decides
 * the visibility from the signed-in user (apps/server/src/access/scope.ts); the queries only apply it.
 */
export type Visibility =
  | { kind: 'all' }
  | { kind: 'public' }
  | { kind: 'regions'; regionCodes: string[] }
  | { kind: 'cluster'; clusterId: number }
  | { kind: 'organisation'; organisationId: number };

export type AddParam = (value: unknown) => string;

/** Published clusters are in the ministry's registry (or were excluded from it): anyone may see them. */
export const PUBLISHED_CLUSTER_STATUSES = ['in_registry', 'excluded'] as const;

export function clusterVisibleSql(c: string, v: Visibility | undefined, add: AddParam): string {
  if (!v || v.kind === 'all') return 'true';
  const published = `${c}.status IN ('in_registry', 'excluded')`;
  switch (v.kind) {
    case 'public':
      return published;
    case 'regions':
      return `(${published} OR ${c}.regions && ${add(v.regionCodes)}::text[])`;
    case 'cluster':
      return `(${published} OR ${c}.id = ${add(v.clusterId)})`;
    case 'organisation':
      return `(${published} OR EXISTS (SELECT 1 FROM cluster_participants vp WHERE vp.cluster_id = ${c}.id AND vp.organisation_id = ${add(v.organisationId)}))`;
  }
}

/** Links are commercial data: never public; a territory, a cluster or a party sees its own. */
export function linkVisibleSql(l: string, supplier: string, buyer: string, v: Visibility | undefined, add: AddParam): string {
  if (!v || v.kind === 'all') return 'true';
  switch (v.kind) {
    case 'public':
      return 'false';
    case 'regions': {
      const p = add(v.regionCodes);
      return `(${supplier}.region_code = ANY(${p}::text[]) OR ${buyer}.region_code = ANY(${p}::text[]))`;
    }
    case 'cluster': {
      const p = add(v.clusterId);
      return `(${l}.supplier_id IN (SELECT organisation_id FROM cluster_participants WHERE cluster_id = ${p}) OR ${l}.buyer_id IN (SELECT organisation_id FROM cluster_participants WHERE cluster_id = ${p}))`;
    }
    case 'organisation': {
      const p = add(v.organisationId);
      return `(${l}.supplier_id = ${p} OR ${l}.buyer_id = ${p})`;
    }
  }
}

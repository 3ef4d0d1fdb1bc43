import type { ClusterInput } from '@klaster/core';
import type { Sql } from './driver.ts';

/**
 * A cluster is written as one aggregate (row, participants, agreements, preferences) and its history
 * records the whole aggregate before and after, so a change of one participant's role is visible too.
 */
export interface ClusterSnapshot {
  id: number;
  code: string;
  name: string;
  kind: string;
  specialization: string;
  status: string;
  regions: string[];
  municipalities: string[];
  specializedOrgInn: string | null;
  registryDecisionDate: string | null;
  developmentProgrammeFrom: string | null;
  developmentProgrammeTo: string | null;
  isDemo: boolean;
  deleted: boolean;
  participants: { inn: string; role: string; joinedOn: string | null; leftOn: string | null; specialTerritory: boolean }[];
  agreements: { title: string; number: string | null; signedOn: string | null; kind: string; parties: { inn: string | null; name: string | null }[] }[];
  preferences: { inn: string | null; kind: string; description: string; grantedBy: string; validFrom: string | null; validTo: string | null }[];
}

export async function loadClusterSnapshot(db: Sql, id: number): Promise<ClusterSnapshot | null> {
  const [c] = await db.query(
    `SELECT c.*, so.inn AS so_inn FROM clusters c LEFT JOIN organisations so ON so.id = c.specialized_org_id WHERE c.id = $1`,
    [id],
  );
  if (!c) return null;
  const participants = await db.query(
    `SELECT o.inn, cp.role, cp.joined_on, cp.left_on, cp.special_territory FROM cluster_participants cp
     JOIN organisations o ON o.id = cp.organisation_id WHERE cp.cluster_id = $1 ORDER BY o.inn`,
    [id],
  );
  const agreements = await db.query(
    `SELECT a.id, a.title, a.number, a.signed_on, a.kind,
            coalesce((SELECT jsonb_agg(jsonb_build_object('inn', o.inn, 'name', ap.name) ORDER BY ap.position)
                      FROM agreement_parties ap LEFT JOIN organisations o ON o.id = ap.organisation_id
                      WHERE ap.agreement_id = a.id), '[]'::jsonb) AS parties
     FROM agreements a WHERE a.cluster_id = $1 ORDER BY a.id`,
    [id],
  );
  const preferences = await db.query(
    `SELECT o.inn, p.kind, p.description, p.granted_by, p.valid_from, p.valid_to FROM preferences p
     LEFT JOIN organisations o ON o.id = p.organisation_id WHERE p.cluster_id = $1 ORDER BY p.id`,
    [id],
  );
  return {
    id: Number(c.id), code: c.code as string, name: c.name as string, kind: c.kind as string,
    specialization: c.specialization as string, status: c.status as string, regions: c.regions as string[],
    municipalities: c.municipalities as string[], specializedOrgInn: (c.so_inn as string) ?? null,
    registryDecisionDate: (c.registry_decision_date as string) ?? null,
    developmentProgrammeFrom: (c.programme_from as string) ?? null, developmentProgrammeTo: (c.programme_to as string) ?? null,
    isDemo: Boolean(c.is_demo), deleted: c.deleted_at != null,
    participants: participants.map((p) => ({
      inn: p.inn as string, role: p.role as string, joinedOn: (p.joined_on as string) ?? null, leftOn: (p.left_on as string) ?? null,
      specialTerritory: Boolean(p.special_territory),
    })),
    agreements: agreements.map((a) => ({
      title: a.title as string, number: (a.number as string) ?? null, signedOn: (a.signed_on as string) ?? null, kind: a.kind as string,
      parties: a.parties as { inn: string | null; name: string | null }[],
    })),
    preferences: preferences.map((p) => ({
      inn: (p.inn as string) ?? null, kind: p.kind as string, description: p.description as string, grantedBy: p.granted_by as string,
      validFrom: (p.valid_from as string) ?? null, validTo: (p.valid_to as string) ?? null,
    })),
  };
}

async function idsByInn(tx: Sql, inns: string[]): Promise<Map<string, number>> {
  const rows = await tx.query<{ id: number; inn: string }>(`SELECT id, inn FROM organisations WHERE inn = ANY($1::text[])`, [inns]);
  return new Map(rows.map((r) => [r.inn, Number(r.id)]));
}

function innsOf(c: ClusterInput): string[] {
  return [
    ...c.participants.map((p) => p.inn),
    ...(c.specializedOrgInn ? [c.specializedOrgInn] : []),
    ...(c.agreements ?? []).flatMap((a) => a.parties.map((p) => p.inn).filter((x): x is string => !!x)),
    ...(c.preferences ?? []).map((p) => p.inn).filter((x): x is string => !!x),
  ];
}

export class UnknownOrganisationError extends Error {
  constructor(readonly inns: string[]) {
    super(`Unknown organisation INN(s): ${inns.join(', ')}`);
  }
}

async function writeClusterRow(tx: Sql, c: ClusterInput, orgId: (inn: string | null | undefined) => number | null): Promise<number> {
  const [row] = await tx.query<{ id: number }>(
    `INSERT INTO clusters (code, name, kind, specialization, status, regions, municipalities, specialized_org_id,
       registry_decision_date, programme_from, programme_to, is_demo)
     VALUES ($1, $2, $3, $4, $5, $6::text[], $7::text[], $8, $9::date, $10::date, $11::date, $12)
     ON CONFLICT (code) DO UPDATE SET name = excluded.name, kind = excluded.kind, specialization = excluded.specialization,
       status = excluded.status, regions = excluded.regions, municipalities = excluded.municipalities,
       specialized_org_id = excluded.specialized_org_id, registry_decision_date = excluded.registry_decision_date,
       programme_from = excluded.programme_from, programme_to = excluded.programme_to, is_demo = excluded.is_demo,
       deleted_at = NULL
     RETURNING id`,
    [
      c.code, c.name, c.kind, c.specialization, c.status, c.regions, c.municipalities ?? [], orgId(c.specializedOrgInn),
      c.registryDecisionDate ?? null, c.developmentProgrammeFrom ?? null, c.developmentProgrammeTo ?? null, c.isDemo ?? false,
    ],
  );
  return Number(row!.id);
}

async function replaceChildren(tx: Sql, id: number, c: ClusterInput, orgId: (inn: string | null | undefined) => number | null) {
  await tx.query('DELETE FROM cluster_participants WHERE cluster_id = $1', [id]);
  const ps = c.participants;
  await tx.query(
    `INSERT INTO cluster_participants (cluster_id, organisation_id, role, joined_on, left_on, special_territory)
     SELECT $1, * FROM unnest($2::bigint[], $3::text[], $4::date[], $5::date[], $6::bool[])`,
    [id, ps.map((p) => orgId(p.inn)), ps.map((p) => p.role), ps.map((p) => p.joinedOn ?? null), ps.map((p) => p.leftOn ?? null),
      ps.map((p) => p.specialTerritory ?? false)],
  );
  await tx.query('DELETE FROM agreements WHERE cluster_id = $1', [id]);
  for (const a of c.agreements ?? []) {
    const [ag] = await tx.query<{ id: number }>(
      `INSERT INTO agreements (cluster_id, title, number, signed_on, kind) VALUES ($1, $2, $3, $4::date, $5) RETURNING id`,
      [id, a.title, a.number ?? null, a.signedOn ?? null, a.kind ?? 'cooperation'],
    );
    for (const [position, party] of a.parties.entries())
      await tx.query(`INSERT INTO agreement_parties (agreement_id, position, organisation_id, name) VALUES ($1, $2, $3, $4)`, [
        ag!.id, position, orgId(party.inn), party.name ?? null,
      ]);
  }
  await tx.query('DELETE FROM preferences WHERE cluster_id = $1', [id]);
  for (const p of c.preferences ?? [])
    await tx.query(
      `INSERT INTO preferences (cluster_id, organisation_id, kind, description, granted_by, valid_from, valid_to)
       VALUES ($1, $2, $3, $4, $5, $6::date, $7::date)`,
      [id, orgId(p.inn), p.kind, p.description, p.grantedBy, p.validFrom ?? null, p.validTo ?? null],
    );
}

const comparable = (s: ClusterSnapshot | null) => (s ? JSON.stringify({ ...s, id: 0 }) : null);

/**
 * The snapshot the input would leave behind, built without writing: the same defaults as the writes above
 * and the same order as loadClusterSnapshot (participants by INN; agreements, parties and preferences as given).
 */
function prospectiveSnapshot(c: ClusterInput, id: number): ClusterSnapshot {
  return {
    id, code: c.code, name: c.name, kind: c.kind, specialization: c.specialization, status: c.status, regions: c.regions,
    municipalities: c.municipalities ?? [], specializedOrgInn: c.specializedOrgInn ?? null, registryDecisionDate: c.registryDecisionDate ?? null,
    developmentProgrammeFrom: c.developmentProgrammeFrom ?? null, developmentProgrammeTo: c.developmentProgrammeTo ?? null,
    isDemo: c.isDemo ?? false, deleted: false,
    participants: [...c.participants].sort((a, b) => (a.inn < b.inn ? -1 : a.inn > b.inn ? 1 : 0)).map((p) => ({
      inn: p.inn, role: p.role, joinedOn: p.joinedOn ?? null, leftOn: p.leftOn ?? null, specialTerritory: p.specialTerritory ?? false,
    })),
    agreements: (c.agreements ?? []).map((a) => ({
      title: a.title, number: a.number ?? null, signedOn: a.signedOn ?? null, kind: a.kind ?? 'cooperation',
      parties: a.parties.map((p) => ({ inn: p.inn ?? null, name: p.name ?? null })),
    })),
    preferences: (c.preferences ?? []).map((p) => ({
      inn: p.inn ?? null, kind: p.kind, description: p.description, grantedBy: p.grantedBy, validFrom: p.validFrom ?? null, validTo: p.validTo ?? null,
    })),
  };
}

/** The cluster's id and status, locked for the rest of the transaction (deleted ones too: a restore keeps its status). */
export async function lockClusterByCode(tx: Sql, code: string): Promise<{ id: number; status: string; deleted: boolean } | null> {
  const [row] = await tx.query(`SELECT id, status, deleted_at FROM clusters WHERE code = $1 FOR UPDATE`, [code]);
  return row ? { id: Number(row.id), status: row.status as string, deleted: row.deleted_at != null } : null;
}

/**
 * Creates or replaces a cluster by code; returns what happened. An input that would leave the aggregate as it
 * is writes nothing at all (no row, no child, no history), so re-importing the same file changes nothing.
 */
export async function upsertCluster(tx: Sql, c: ClusterInput, actor: string): Promise<'create' | 'update' | 'restore' | 'unchanged'> {
  const ids = await idsByInn(tx, innsOf(c));
  const missing = [...new Set(innsOf(c))].filter((inn) => !ids.has(inn));
  if (missing.length) throw new UnknownOrganisationError(missing);
  const orgId = (inn: string | null | undefined) => (inn ? ids.get(inn)! : null);
  const [existing] = await tx.query<{ id: number }>('SELECT id FROM clusters WHERE code = $1', [c.code]);
  const before = existing ? await loadClusterSnapshot(tx, Number(existing.id)) : null;
  if (before && comparable(before) === comparable(prospectiveSnapshot(c, before.id))) return 'unchanged';
  const id = await writeClusterRow(tx, c, orgId);
  await replaceChildren(tx, id, c, orgId);
  const after = await loadClusterSnapshot(tx, id);
  if (comparable(before) === comparable(after)) return 'unchanged';
  const action = !before ? 'create' : before.deleted ? 'restore' : 'update';
  await tx.query(`UPDATE clusters SET version = version + $2, updated_at = now() WHERE id = $1`, [id, before ? 1 : 0]);
  await tx.query(
    `INSERT INTO history (entity, entity_id, action, actor, before, after) VALUES ('cluster', $1, $2, $3, $4::jsonb, $5::jsonb)`,
    [id, action, actor, before ? JSON.stringify(before) : null, JSON.stringify(after)],
  );
  return action;
}

export async function softDeleteCluster(tx: Sql, id: number, actor: string): Promise<boolean> {
  const before = await loadClusterSnapshot(tx, id);
  if (!before || before.deleted) return false;
  await tx.query(`UPDATE clusters SET deleted_at = now(), version = version + 1, updated_at = now() WHERE id = $1`, [id]);
  await tx.query(
    `INSERT INTO history (entity, entity_id, action, actor, before, after) VALUES ('cluster', $1, 'delete', $2, $3::jsonb, $4::jsonb)`,
    [id, actor, JSON.stringify(before), JSON.stringify({ ...before, deleted: true })],
  );
  return true;
}

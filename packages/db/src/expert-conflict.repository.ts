import type { ExpertConflict } from '@klaster/contract';
import type { Sql } from './driver.ts';
import { isoTime, isoTimeOrNull } from './expert-rows.ts';

/** Conflict-of-interest declarations of experts. A withdrawal keeps the row (with its date), nothing is deleted. */

type ConflictRow = {
  id: number; expert_id: number; expert_name: string; organisation_id: number; organisation_name: string; organisation_inn: string;
  reason: string; declared_at: Date; withdrawn_at: Date | null;
};

const CONFLICT_SELECT = `SELECT c.id, c.expert_id, u.display_name AS expert_name, c.organisation_id, o.name AS organisation_name, o.inn AS organisation_inn,
    c.reason, c.declared_at, c.withdrawn_at
  FROM expert_conflicts c JOIN users u ON u.id = c.expert_id JOIN organisations o ON o.id = c.organisation_id`;

const toConflict = (r: ConflictRow): ExpertConflict => ({
  id: Number(r.id), expertId: Number(r.expert_id), expertName: r.expert_name, organisationId: Number(r.organisation_id), organisationName: r.organisation_name,
  organisationInn: r.organisation_inn, reason: r.reason, declaredAt: isoTime(r.declared_at), withdrawnAt: isoTimeOrNull(r.withdrawn_at),
});

/** Declarations, active ones first; withdrawn ones too when asked (the record of what was declared). */
export async function listConflicts(sql: Sql, filter: { expertId?: number; activeOnly?: boolean } = {}): Promise<ExpertConflict[]> {
  const rows = await sql.query<ConflictRow>(
    `${CONFLICT_SELECT} WHERE ($1::bigint IS NULL OR c.expert_id = $1) AND (NOT $2::boolean OR c.withdrawn_at IS NULL)
     ORDER BY (c.withdrawn_at IS NULL) DESC, u.display_name COLLATE klaster_ru, o.name COLLATE klaster_ru, c.id`,
    [filter.expertId ?? null, filter.activeOnly ?? false],
  );
  return rows.map(toConflict);
}

export async function getConflict(sql: Sql, id: number): Promise<ExpertConflict | null> {
  const [row] = await sql.query<ConflictRow>(`${CONFLICT_SELECT} WHERE c.id = $1`, [id]);
  return row ? toConflict(row) : null;
}

/**
 * Declares a conflict; declaring the same organisation again updates the reason of the active declaration
 * (the unique index on active declarations is the arbiter, so two requests at once make one row).
 */
export async function declareConflict(sql: Sql, d: { expertId: number; organisationId: number; reason: string; actor: string }): Promise<ExpertConflict> {
  const [row] = await sql.query<{ id: number }>(
    `INSERT INTO expert_conflicts (expert_id, organisation_id, reason, declared_by) VALUES ($1, $2, $3, $4)
     ON CONFLICT (expert_id, organisation_id) WHERE withdrawn_at IS NULL DO UPDATE SET reason = excluded.reason
     RETURNING id`,
    [d.expertId, d.organisationId, d.reason, d.actor],
  );
  return (await getConflict(sql, Number(row!.id)))!;
}

export async function withdrawConflict(sql: Sql, id: number, actor: string): Promise<boolean> {
  const rows = await sql.query(`UPDATE expert_conflicts SET withdrawn_at = now(), withdrawn_by = $2 WHERE id = $1 AND withdrawn_at IS NULL RETURNING 1`, [id, actor]);
  return rows.length > 0;
}

/** Active declarations of experts, by expert id: what an assignment or a score is checked against. */
export async function activeDeclarations(sql: Sql, expertIds: readonly number[]): Promise<Map<number, { organisationId: number; reason: string }[]>> {
  const out = new Map<number, { organisationId: number; reason: string }[]>(expertIds.map((id) => [id, []]));
  if (expertIds.length === 0) return out;
  const rows = await sql.query<{ expert_id: number; organisation_id: number; reason: string }>(
    `SELECT expert_id, organisation_id, reason FROM expert_conflicts WHERE expert_id = ANY($1::bigint[]) AND withdrawn_at IS NULL ORDER BY id`,
    [[...new Set(expertIds)]],
  );
  for (const r of rows) out.get(Number(r.expert_id))?.push({ organisationId: Number(r.organisation_id), reason: r.reason });
  return out;
}

import type { Row, Sql } from './driver.ts';

export interface ContactRequestView {
  id: number;
  needId: number;
  capabilityId: number;
  fromOrganisationId: number;
  fromName: string;
  toOrganisationId: number;
  toName: string;
  status: 'requested' | 'accepted' | 'declined';
  message: string;
  needOkpd2: string[];
  capabilityOkpd2: string[];
  createdAt: string;
  decidedAt: string | null;
  linkId: number | null;
}

const SELECT = `SELECT r.id, r.need_id, r.capability_id, r.from_org, f.name AS from_name, r.to_org, t.name AS to_name, r.status, r.message,
  n.okpd2 AS need_okpd2, c.okpd2 AS capability_okpd2, r.created_at, r.decided_at, r.link_id
  FROM contact_requests r JOIN organisations f ON f.id = r.from_org JOIN organisations t ON t.id = r.to_org
  JOIN needs n ON n.id = r.need_id JOIN capabilities c ON c.id = r.capability_id`;

const iso = (v: unknown) => (v == null ? null : v instanceof Date ? v.toISOString() : String(v));

function toView(r: Row): ContactRequestView {
  return {
    id: Number(r.id), needId: Number(r.need_id), capabilityId: Number(r.capability_id), fromOrganisationId: Number(r.from_org),
    fromName: r.from_name as string, toOrganisationId: Number(r.to_org), toName: r.to_name as string,
    status: r.status as ContactRequestView['status'], message: r.message as string, needOkpd2: r.need_okpd2 as string[],
    capabilityOkpd2: r.capability_okpd2 as string[], createdAt: iso(r.created_at)!, decidedAt: iso(r.decided_at),
    linkId: r.link_id == null ? null : Number(r.link_id),
  };
}

export interface NewContactRequest {
  needId: number;
  capabilityId: number;
  fromOrganisationId: number;
  toOrganisationId: number;
  message: string;
}

/** Records a request; null when the same pair already has one waiting for an answer. */
export async function insertContactRequest(tx: Sql, r: NewContactRequest, actor: string): Promise<ContactRequestView | null> {
  const rows = await tx.query<{ id: number }>(
    `INSERT INTO contact_requests (need_id, capability_id, from_org, to_org, message, created_by) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (need_id, capability_id) WHERE status = 'requested' DO NOTHING RETURNING id`,
    [r.needId, r.capabilityId, r.fromOrganisationId, r.toOrganisationId, r.message, actor],
  );
  return rows[0] ? getContactRequest(tx, Number(rows[0].id)) : null;
}

export async function getContactRequest(db: Sql, id: number, forUpdate = false): Promise<ContactRequestView | null> {
  const [row] = await db.query(`${SELECT} WHERE r.id = $1${forUpdate ? ' FOR UPDATE OF r' : ''}`, [id]);
  return row ? toView(row) : null;
}

/** Requests an organisation sent or received (both sides see the same row), newest first. */
export async function listContactRequests(db: Sql, organisationId?: number): Promise<ContactRequestView[]> {
  const rows = organisationId
    ? await db.query(`${SELECT} WHERE r.from_org = $1 OR r.to_org = $1 ORDER BY r.id DESC`, [organisationId])
    : await db.query(`${SELECT} ORDER BY r.id DESC LIMIT 500`);
  return rows.map(toView);
}

/** Moves a waiting request to accepted or declined; false when it was already decided. */
export async function decideContactRequest(tx: Sql, id: number, status: 'accepted' | 'declined', actor: string, linkId: number | null): Promise<boolean> {
  const rows = await tx.query(
    `UPDATE contact_requests SET status = $2, decided_by = $3, decided_at = now(), link_id = $4
     WHERE id = $1 AND status = 'requested' RETURNING id`,
    [id, status, actor, linkId],
  );
  return rows.length > 0;
}

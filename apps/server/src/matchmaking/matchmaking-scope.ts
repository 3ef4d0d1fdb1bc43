import type { FastifyRequest } from 'fastify';
import { getContactRequest, listContactRequests, organisationIdsByInn, type ContactRequestView, type Database } from '@klaster/db';
import { forbidden } from '../access/access.ts';
import { canEditOrganisation } from '../access/scope.ts';
import { AppError, notFound } from '../services/app-error.ts';

/** An organisation named by INN (a need, a capability) or by id (a contact request). */
export type OrganisationRef = { inn: string } | { id: number };

/**
 * Who speaks for an organisation in matchmaking: its own representative, the regional operator of its
 * region, or an administrator. A need or capability is published, and a contact request sent, only on
 * behalf of an organisation the user speaks for. The refusal names the organisation as the request did.
 */
export async function assertSpeaksFor(db: Database, req: FastifyRequest, org: OrganisationRef, field: string): Promise<void> {
  const id = 'inn' in org ? (await organisationIdsByInn(db, [org.inn]))[0] : org.id;
  if (id === undefined) return; // unknown INN: the service reports it with the field named
  if (await canEditOrganisation(db, req.user, id)) return;
  const [whomRu, whomEn, value] = 'inn' in org
    ? [`организации с ИНН ${org.inn}`, `the organisation with INN ${org.inn}`, org.inn]
    : [`организации ${org.id}`, `organisation ${org.id}`, org.id];
  throw new AppError('forbidden', `Вы не можете действовать от имени ${whomRu}`, `You cannot act on behalf of ${whomEn}`, [{ path: field, value, message: 'не ваша организация' }]);
}

/** Contact requests a user may see: an enterprise its own, an operator those of its regions' organisations, the administrator all. */
export async function visibleContactRequests(db: Database, req: FastifyRequest, organisationId: number | undefined): Promise<ContactRequestView[]> {
  const user = req.user!;
  if (user.role === 'enterprise') {
    if (organisationId && organisationId !== user.organisationId) throw forbidden();
    return listContactRequests(db, user.organisationId!);
  }
  if (user.role === 'admin') return listContactRequests(db, organisationId);
  if (!organisationId) {
    const all = await listContactRequests(db);
    const allowed = await Promise.all(all.map(async (r) => (await canEditOrganisation(db, user, r.fromOrganisationId)) || canEditOrganisation(db, user, r.toOrganisationId)));
    return all.filter((_r, i) => allowed[i]);
  }
  await assertSpeaksFor(db, req, { id: organisationId }, 'query.organisation');
  return listContactRequests(db, organisationId);
}

/** Only the side that received a request (or an administrator) accepts or declines it; others do not learn it exists. */
export async function assertMayAnswer(db: Database, req: FastifyRequest, id: number): Promise<void> {
  const request = await getContactRequest(db, id);
  if (!request) throw notFound('Запрос на контакт', 'Contact request', id);
  if (req.user!.role === 'admin') return;
  if (req.user!.organisationId === request.fromOrganisationId) throw forbidden();
  if (req.user!.organisationId !== request.toOrganisationId) throw notFound('Запрос на контакт', 'Contact request', id);
}

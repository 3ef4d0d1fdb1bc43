import { bestOkpd2Match } from '@klaster/core/matching/index.ts';
import {
  decideContactRequest, findDeclaredLinkId, getCapability, getContactRequest, getNeed, insertContactRequest, upsertLinks,
  type ContactRequestView, type Database, type Sql,
} from '@klaster/db';
import { AppError, notFound } from '../services/app-error.ts';

export interface ContactRequestCommand {
  needId: number;
  capabilityId: number;
  fromOrganisationId: number;
  message?: string;
}

/** Turns a match into a request that both sides see. The asking side must be the need's buyer or the capability's supplier. */
export async function requestContact(db: Database, cmd: ContactRequestCommand, actor: string): Promise<ContactRequestView> {
  const [need, capability] = await Promise.all([getNeed(db, cmd.needId), getCapability(db, cmd.capabilityId)]);
  if (!need) throw notFound('Потребность', 'Need', cmd.needId);
  if (!capability) throw notFound('Возможность', 'Capability', cmd.capabilityId);
  const sides = [need.buyerId, capability.supplierId];
  if (!sides.includes(cmd.fromOrganisationId))
    throw new AppError('validation_failed', 'Запрос может отправить только покупатель потребности или поставщик возможности', 'Only the need\'s buyer or the capability\'s supplier can send the request',
      [{ path: 'body.fromOrganisationId', value: cmd.fromOrganisationId, message: 'не сторона этого совпадения' }]);
  if (need.buyerId === capability.supplierId)
    throw new AppError('validation_failed', 'Покупатель и поставщик — одна организация', 'The buyer and the supplier are the same organisation');
  if (!bestOkpd2Match(need.okpd2, capability.okpd2))
    throw new AppError('validation_failed', 'Коды ОКПД2 потребности и возможности не совпадают даже по классу', 'The need and the capability share no OKPD2 class');
  const toOrganisationId = cmd.fromOrganisationId === need.buyerId ? capability.supplierId : need.buyerId;
  const created = await db.transaction((tx) =>
    insertContactRequest(tx, { needId: need.id, capabilityId: capability.id, fromOrganisationId: cmd.fromOrganisationId, toOrganisationId, message: cmd.message ?? '' }, actor));
  if (!created) throw new AppError('conflict', 'Запрос по этой паре уже ждёт ответа', 'A request for this pair is already waiting for an answer');
  return created;
}

async function pendingRequest(tx: Sql, id: number): Promise<ContactRequestView> {
  const request = await getContactRequest(tx, id, true);
  if (!request) throw notFound('Запрос на контакт', 'Contact request', id);
  if (request.status !== 'requested')
    throw new AppError('conflict', `Запрос уже рассмотрен (${request.status === 'accepted' ? 'принят' : 'отклонён'})`, `The request has already been ${request.status}`);
  return request;
}

/**
 * Accepting declares the supply: a 'declared' link supplier → buyer for the matched need code, this year,
 * with the need's volume, written through upsertLinks so the history records who accepted it.
 */
export async function acceptContact(db: Database, id: number, actor: string, today = new Date()): Promise<ContactRequestView> {
  return db.transaction(async (tx) => {
    const request = await pendingRequest(tx, id);
    const need = (await getNeed(tx, request.needId))!;
    const capability = (await getCapability(tx, request.capabilityId))!;
    const okpd2 = bestOkpd2Match(need.okpd2, capability.okpd2)!.needCode;
    const year = today.getUTCFullYear();
    await upsertLinks(tx, [{
      supplierInn: capability.supplierInn, buyerInn: need.buyerInn, okpd2, product: need.description || null, year,
      volume: need.volume ?? 0, source: 'declared',
    }], actor);
    const linkId = await findDeclaredLinkId(tx, capability.supplierId, need.buyerId, okpd2, year);
    await decideContactRequest(tx, id, 'accepted', actor, linkId);
    return (await getContactRequest(tx, id))!;
  });
}

export async function declineContact(db: Database, id: number, actor: string): Promise<ContactRequestView> {
  return db.transaction(async (tx) => {
    await pendingRequest(tx, id);
    await decideContactRequest(tx, id, 'declined', actor, null);
    return (await getContactRequest(tx, id))!;
  });
}

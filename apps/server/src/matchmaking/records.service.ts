import type { CapabilityInput, NeedInput } from '@klaster/core/matching/index.ts';
import {
  findCapabilityId, findExistingInns, findNeedId, getCapability, getNeed, upsertCapabilities, upsertNeeds,
  type CapabilityView, type Database, type NeedView,
} from '@klaster/db';
import { AppError } from '../services/app-error.ts';

async function requireOrganisation(db: Database, inn: string, path: string): Promise<void> {
  if ((await findExistingInns(db, [inn])).has(inn)) return;
  throw new AppError('unknown_reference', `Организации нет в реестре: ИНН ${inn}`, `No organisation in the registry with INN ${inn}`,
    [{ path, value: inn, message: `ИНН ${inn} не найден в реестре`, messageEn: `INN ${inn} is not in the registry` }]);
}

async function requireRegion(db: Database, code: string | null | undefined, path: string): Promise<void> {
  if (code == null) return;
  const rows = await db.query('SELECT 1 FROM regions WHERE code = $1', [code]);
  if (rows.length) return;
  throw new AppError('unknown_reference', `Регион ${code} не найден в справочнике`, `Region ${code} is not in the reference list`,
    [{ path, value: code, message: `код региона ${code} не найден` }]);
}

/** Publishes a need (or updates the same buyer's need with the same codes and description) and returns it. */
export async function saveNeed(db: Database, input: NeedInput, actor: string): Promise<{ need: NeedView; created: boolean }> {
  await requireOrganisation(db, input.buyerInn, 'body.buyerInn');
  await requireRegion(db, input.deliveryRegion, 'body.deliveryRegion');
  const counts = await db.transaction((tx) => upsertNeeds(tx, [input], actor));
  const id = await findNeedId(db, input);
  return { need: (await getNeed(db, id!))!, created: counts.created === 1 };
}

/** Publishes a capability (or updates the supplier's one with the same codes and description) and returns it. */
export async function saveCapability(db: Database, input: CapabilityInput, actor: string): Promise<{ capability: CapabilityView; created: boolean }> {
  await requireOrganisation(db, input.supplierInn, 'body.supplierInn');
  await requireRegion(db, input.regionCode, 'body.regionCode');
  const counts = await db.transaction((tx) => upsertCapabilities(tx, [input], actor));
  const id = await findCapabilityId(db, input);
  return { capability: (await getCapability(db, id!))!, created: counts.created === 1 };
}

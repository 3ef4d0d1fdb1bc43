import { checkInn, checkKpp, checkOgrnOrOgrnip, type OrganisationInput, type LinkInput } from '@klaster/core';
import { loadReferenceIndex } from '@klaster/io';
import type { ErrorDetail } from './app-error.ts';
import { AppError } from './app-error.ts';

/** The importer's format (NN, NN.N, NN.NN, NN.NN.N, NN.NN.NN): checked first, or "25.62<anything>" passed as a child of 25.6. */
const OKVED_FORMAT = /^\d{2}(\.\d{1,2}){0,2}$/;

/** An OKVED code is known when it, or its parent group or class, is in the shipped classifier (4–6 digit codes are not). */
export function isKnownOkved(code: string): boolean {
  if (!OKVED_FORMAT.test(code)) return false;
  const known = loadReferenceIndex().okvedCodes;
  const parts = code.split('.');
  for (let n = parts.length; n >= 1; n--) {
    const prefix = parts.slice(0, n).join('.');
    if (known.has(prefix)) return true;
    if (n === 2 && parts[1]!.length > 1 && known.has(`${parts[0]}.${parts[1]![0]}`)) return true;
  }
  return false;
}

/** The same rules as the importer, for a record that arrives through the API. */
export function checkOrganisationInput(o: OrganisationInput): void {
  const d: ErrorDetail[] = [];
  const refs = loadReferenceIndex();
  const inn = checkInn(o.inn);
  if (inn) d.push({ path: 'body.inn', value: o.inn, message: `ИНН ${o.inn}: ${inn.ru}`, messageEn: `INN ${o.inn}: ${inn.en}` });
  if (o.ogrn) {
    const p = checkOgrnOrOgrnip(o.ogrn);
    if (p) d.push({ path: 'body.ogrn', value: o.ogrn, message: `ОГРН ${o.ogrn}: ${p.ru}`, messageEn: `OGRN ${o.ogrn}: ${p.en}` });
  }
  if (o.kpp) {
    const p = checkKpp(o.kpp);
    if (p) d.push({ path: 'body.kpp', value: o.kpp, message: `КПП ${o.kpp}: ${p.ru}`, messageEn: `KPP ${o.kpp}: ${p.en}` });
  }
  for (const [i, code] of [o.okvedMain, ...(o.okvedExtra ?? [])].entries())
    if (!isKnownOkved(code))
      d.push({ path: i === 0 ? 'body.okvedMain' : `body.okvedExtra.${i - 1}`, value: code, message: `код ОКВЭД2 «${code}» не найден в классификаторе`, messageEn: `OKVED2 code "${code}" is not in the classifier` });
  if (!refs.regionCodes.has(o.regionCode))
    d.push({ path: 'body.regionCode', value: o.regionCode, message: `код региона «${o.regionCode}» не найден среди 89 субъектов`, messageEn: `region code "${o.regionCode}" is not one of the 89 regions` });
  const oktmos = refs.oktmoByRegion.get(o.regionCode);
  if (o.oktmo && oktmos && !oktmos.has(o.oktmo))
    d.push({ path: 'body.oktmo', value: o.oktmo, message: `ОКТМО ${o.oktmo} не найден среди муниципальных образований региона ${o.regionCode}`, messageEn: `OKTMO ${o.oktmo} is not a municipality of region ${o.regionCode}` });
  if (d.length) throw new AppError('validation_failed', `Организация не сохранена: ${d.map((x) => x.message).join('; ')}`, `Organisation not saved: ${d.map((x) => x.messageEn).join('; ')}`, d);
}

export function checkLinkInput(l: LinkInput): void {
  const d: ErrorDetail[] = [];
  for (const side of ['supplierInn', 'buyerInn'] as const) {
    const p = checkInn(l[side]);
    if (p) d.push({ path: `body.${side}`, value: l[side], message: `ИНН ${l[side]}: ${p.ru}`, messageEn: `INN ${l[side]}: ${p.en}` });
  }
  if (l.supplierInn === l.buyerInn) d.push({ path: 'body.buyerInn', value: l.buyerInn, message: 'поставщик и покупатель совпадают', messageEn: 'supplier and buyer are the same' });
  if (d.length) throw new AppError('validation_failed', `Связь не сохранена: ${d.map((x) => x.message).join('; ')}`, `Link not saved: ${d.map((x) => x.messageEn).join('; ')}`, d);
}

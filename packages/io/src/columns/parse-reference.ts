import type { ReferenceIndex } from '../validate/reference-index.ts';
import { fail, ok, type ParseOutcome } from './outcome.ts';
import { normaliseName } from './normalise.ts';

const OKVED_FORMAT = /^\d{2}(\.\d{1,2}){0,2}$/;
const OKPD2_FORMAT = /^\d{2}(\.\d{1,3}){0,4}$/;
const OKTMO_FORMAT = /^(\d{8}|\d{11})$/;

/**
 * An OKVED code is accepted when it or one of its prefixes down to the two-digit class is in the classifier
 * (the shipped classifier stops at groups: "21.20.1" is accepted through "21.20"/"21.2"/"21").
 */
export function okvedKnown(code: string, refs: ReferenceIndex): boolean {
  let current = code;
  for (;;) {
    if (refs.okvedCodes.has(current)) return true;
    if (current.length <= 2) return false;
    current = current.slice(0, -1).replace(/\.$/, '');
  }
}

export function parseOkved(raw: string, refs: ReferenceIndex): ParseOutcome<string> {
  const code = raw.trim();
  if (!OKVED_FORMAT.test(code)) return fail(`ОКВЭД «${raw}»: неверный формат (ожидается NN, NN.N, NN.NN или NN.NN.N)`, `OKVED "${raw}": wrong format (expected NN, NN.N, NN.NN or NN.NN.N)`);
  if (!okvedKnown(code, refs)) return fail(`ОКВЭД ${code}: такого кода нет в классификаторе ОКВЭД 2`, `OKVED ${code}: no such code in the OKVED 2 classifier`);
  return ok(code);
}

export function parseOkpd2(raw: string): ParseOutcome<string> {
  const code = raw.trim();
  if (!OKPD2_FORMAT.test(code)) return fail(`ОКПД2 «${raw}»: неверный формат (ожидается NN.NN.NN.NNN)`, `OKPD2 "${raw}": wrong format (expected NN.NN.NN.NNN)`);
  return ok(code);
}

/** A two-digit region code ("7" is taken as "07"), an ISO code (RU-TA) or a region name in Russian or English. */
export function parseRegion(raw: string, refs: ReferenceIndex): ParseOutcome<string> {
  const text = raw.trim();
  if (/^\d{1,2}$/.test(text)) {
    const code = text.padStart(2, '0');
    if (refs.regionCodes.has(code)) return ok(code);
    return fail(`код региона ${text} не найден в справочнике субъектов РФ`, `region code ${text} is not in the list of Russian regions`);
  }
  const byName = refs.regionByName.get(normaliseName(text));
  if (byName) return ok(byName);
  return fail(`регион «${raw}» не найден: укажите двузначный код или название субъекта РФ`, `region "${raw}" not found: give the two-digit code or the name of the region`);
}

export function parseOktmoFormat(raw: string): ParseOutcome<string> {
  const code = raw.replace(/[\s\u00A0]/g, '');
  if (!OKTMO_FORMAT.test(code)) return fail(`ОКТМО «${raw}»: нужно 8 или 11 цифр`, `OKTMO "${raw}": 8 or 11 digits required`);
  return ok(code);
}

/** For the regions whose municipalities are shipped, the OKTMO (or its 8-digit municipal prefix) must be in the list. */
export function checkOktmoInRegion(oktmo: string, regionCode: string, refs: ReferenceIndex): ParseOutcome<string> {
  const known = refs.oktmoByRegion.get(regionCode);
  if (!known || known.has(oktmo) || known.has(oktmo.slice(0, 8))) return ok(oktmo);
  return fail(`ОКТМО ${oktmo} не найден среди муниципальных образований региона ${regionCode}`, `OKTMO ${oktmo} is not a municipality of region ${regionCode}`);
}

import { checkInn, checkKpp, checkOgrn, checkOgrnip } from '@klaster/core';
import { fail, ok, type ParseOutcome } from './outcome.ts';

const SPACES = /[\s\u00A0\u202F]/g;

/** The core messages repeat the identifier name, which already opens our message: "ИНН 77…: не сходится контрольная сумма (10-я цифра)". */
function withoutLabel(text: string, label: string): string {
  return text.replace(` ${label} (`, ' (');
}

/** INN; a 9- or 11-digit value whose checksum passes after a leading zero is taken as Excel having dropped that zero. */
export function parseInn(raw: string): ParseOutcome<string> {
  const value = raw.replace(SPACES, '');
  if ((value.length === 9 || value.length === 11) && /^\d+$/.test(value) && checkInn('0' + value) === null) return ok('0' + value);
  const problem = checkInn(value);
  return problem ? fail(`ИНН ${raw}: ${withoutLabel(problem.ru, 'ИНН')}`, `INN ${raw}: ${problem.en.replace('INN checksum', 'checksum')}`) : ok(value);
}

/** OGRN (13 digits, legal entity) or OGRNIP (15 digits, individual entrepreneur) in one column. */
export function parseOgrnOrOgrnip(raw: string): ParseOutcome<string> {
  const value = raw.replace(SPACES, '');
  const problem = value.length === 15 ? checkOgrnip(value) : checkOgrn(value);
  if (!problem) return ok(value);
  const label = value.length === 15 ? 'ОГРНИП' : 'ОГРН';
  const labelEn = label === 'ОГРН' ? 'OGRN' : 'OGRNIP';
  return fail(`${label} ${raw}: ${withoutLabel(problem.ru, label)}`, `${labelEn} ${raw}: ${problem.en.replace(`${labelEn} checksum`, 'checksum')}`);
}

export function parseKpp(raw: string): ParseOutcome<string> {
  const value = raw.replace(SPACES, '').toUpperCase();
  const problem = checkKpp(value);
  return problem ? fail(`КПП ${raw}: ${problem.ru.replace(/^КПП:? /, '')}`, `KPP ${raw}: ${problem.en}`) : ok(value);
}

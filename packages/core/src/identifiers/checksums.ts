/**
 * Russian identifier checks (RULES.md "Identifier checksums").
 * Each returns null when the value is valid, or a reason in English and Russian.
 */
export interface IdentifierProblem {
  en: string;
  ru: string;
}

export type IdentifierKind = 'inn' | 'ogrn' | 'ogrnip' | 'kpp';

const digitsOnly = /^\d+$/;

function weightedSumMod11Mod10(digits: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += Number(digits[i]) * weights[i]!;
  return (sum % 11) % 10;
}

const INN10_WEIGHTS = [2, 4, 10, 3, 5, 9, 4, 6, 8] as const;
const INN12_WEIGHTS_11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8] as const;
const INN12_WEIGHTS_12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8] as const;

export function checkInn(value: string): IdentifierProblem | null {
  if (!digitsOnly.test(value)) return { en: 'INN must contain digits only', ru: 'ИНН должен состоять только из цифр' };
  if (value.length === 10) {
    if (weightedSumMod11Mod10(value, INN10_WEIGHTS) !== Number(value[9]))
      return { en: 'INN checksum (digit 10) does not match', ru: 'не сходится контрольная сумма ИНН (10-я цифра)' };
    return null;
  }
  if (value.length === 12) {
    if (weightedSumMod11Mod10(value, INN12_WEIGHTS_11) !== Number(value[10]))
      return { en: 'INN checksum (digit 11) does not match', ru: 'не сходится контрольная сумма ИНН (11-я цифра)' };
    if (weightedSumMod11Mod10(value, INN12_WEIGHTS_12) !== Number(value[11]))
      return { en: 'INN checksum (digit 12) does not match', ru: 'не сходится контрольная сумма ИНН (12-я цифра)' };
    return null;
  }
  return { en: `INN must have 10 or 12 digits, not ${value.length}`, ru: `ИНН должен содержать 10 или 12 цифр, а не ${value.length}` };
}

/** The first n-1 digits as a number, mod m, mod 10 = the last digit (BigInt: 14 digits pass 2^53). */
function numericCheckDigit(value: string, modulus: bigint): number {
  return Number((BigInt(value.slice(0, -1)) % modulus) % 10n);
}

export function checkOgrn(value: string): IdentifierProblem | null {
  if (!digitsOnly.test(value)) return { en: 'OGRN must contain digits only', ru: 'ОГРН должен состоять только из цифр' };
  if (value.length !== 13) return { en: `OGRN must have 13 digits, not ${value.length}`, ru: `ОГРН должен содержать 13 цифр, а не ${value.length}` };
  if (numericCheckDigit(value, 11n) !== Number(value[12]))
    return { en: 'OGRN checksum (digit 13) does not match', ru: 'не сходится контрольная сумма ОГРН (13-я цифра)' };
  return null;
}

export function checkOgrnip(value: string): IdentifierProblem | null {
  if (!digitsOnly.test(value)) return { en: 'OGRNIP must contain digits only', ru: 'ОГРНИП должен состоять только из цифр' };
  if (value.length !== 15) return { en: `OGRNIP must have 15 digits, not ${value.length}`, ru: `ОГРНИП должен содержать 15 цифр, а не ${value.length}` };
  if (numericCheckDigit(value, 13n) !== Number(value[14]))
    return { en: 'OGRNIP checksum (digit 15) does not match', ru: 'не сходится контрольная сумма ОГРНИП (15-я цифра)' };
  return null;
}

const KPP_PATTERN = /^\d{4}[\dA-Z]{2}\d{3}$/;

export function checkKpp(value: string): IdentifierProblem | null {
  if (value.length !== 9) return { en: `KPP must have 9 characters, not ${value.length}`, ru: `КПП должен содержать 9 знаков, а не ${value.length}` };
  if (!KPP_PATTERN.test(value))
    return { en: 'KPP must be 4 digits, 2 digits or capital Latin letters, 3 digits', ru: 'КПП: 4 цифры, 2 цифры или заглавные латинские буквы, 3 цифры' };
  return null;
}

/** OGRN (13) for legal entities, OGRNIP (15) for individual entrepreneurs: chosen by length. */
export function checkOgrnOrOgrnip(value: string): IdentifierProblem | null {
  return value.length === 15 ? checkOgrnip(value) : checkOgrn(value);
}

export const IDENTIFIER_CHECKS: Record<IdentifierKind, (value: string) => IdentifierProblem | null> = {
  inn: checkInn,
  ogrn: checkOgrn,
  ogrnip: checkOgrnip,
  kpp: checkKpp,
};

/** Appends the right check digit(s) to an INN body: used by generators of demo and benchmark data. */
export function completeInn10(first9: string): string {
  return first9 + String(weightedSumMod11Mod10(first9, INN10_WEIGHTS));
}
export function completeInn12(first10: string): string {
  const d11 = String(weightedSumMod11Mod10(first10, INN12_WEIGHTS_11));
  return first10 + d11 + String(weightedSumMod11Mod10(first10 + d11, INN12_WEIGHTS_12));
}
export function completeOgrn(first12: string): string {
  return first12 + String(numericCheckDigit(first12 + '0', 11n));
}
export function completeOgrnip(first14: string): string {
  return first14 + String(numericCheckDigit(first14 + '0', 13n));
}

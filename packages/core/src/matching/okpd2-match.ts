/**
 * Product match by OKPD2 code depth. OKPD2 is hierarchical digit by digit ("25" class, "25.1" subclass,
 * "25.11" group, "25.11.2" subgroup, "25.11.23" type…), so the number of leading digits two codes share
 * says how close the products are. A shared two-digit class is the weakest match that counts.
 */

export const MIN_SHARED_DIGITS = 2;

export interface Okpd2Match {
  /** The need's code and the capability's code that matched best. */
  needCode: string;
  offerCode: string;
  /** The common prefix in OKPD2 notation ("25.11"). */
  commonPrefix: string;
  sharedDigits: number;
  /** sharedDigits / digits of the need's code: 1 when the need's full code is covered. */
  score: number;
}

export const okpd2Digits = (code: string): string => code.replace(/\D/g, '');

/** Formats leading digits back as OKPD2: "2511" → "25.11", "25112" → "25.11.2". */
export function formatOkpd2Prefix(digits: string): string {
  const parts = [digits.slice(0, 2), digits.slice(2, 4), digits.slice(4, 6), digits.slice(6)];
  return parts.filter((p) => p !== '').join('.');
}

function sharedPrefixLength(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/**
 * The best match between any code of a need and any code of an offer, or null when no pair shares even
 * the two-digit class. A general offer ("25.11") covering a specific need ("25.11.23") scores 4/6: the
 * offer may make it, but nobody said so.
 */
export function bestOkpd2Match(needCodes: readonly string[], offerCodes: readonly string[]): Okpd2Match | null {
  let best: Okpd2Match | null = null;
  for (const needCode of needCodes) {
    const need = okpd2Digits(needCode);
    if (need.length < MIN_SHARED_DIGITS) continue;
    for (const offerCode of offerCodes) {
      const shared = sharedPrefixLength(need, okpd2Digits(offerCode));
      if (shared < MIN_SHARED_DIGITS) continue;
      const score = shared / need.length;
      if (!best || score > best.score || (score === best.score && shared > best.sharedDigits)) {
        best = { needCode, offerCode, commonPrefix: formatOkpd2Prefix(need.slice(0, shared)), sharedDigits: shared, score };
      }
    }
  }
  return best;
}

/** The two-digit classes of a list of codes: what a database prefilter looks up. */
export function okpd2Classes(codes: readonly string[]): string[] {
  return [...new Set(codes.map((c) => okpd2Digits(c).slice(0, 2)).filter((c) => c.length === 2))].sort();
}

/** Every digit prefix of every code, from the two-digit class to the full code: what capabilities are indexed by. */
export function okpd2Prefixes(codes: readonly string[]): string[] {
  const out = new Set<string>();
  for (const code of codes) {
    const digits = okpd2Digits(code);
    for (let k = MIN_SHARED_DIGITS; k <= digits.length; k++) out.add(digits.slice(0, k));
  }
  return [...out].sort();
}

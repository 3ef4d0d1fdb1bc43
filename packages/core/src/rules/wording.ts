/** Russian plural form for n: one (1, 21), few (2–4, 22–24), many (0, 5–20, 25…). */
export function pluralRu(n: number, one: string, few: string, many: string): string {
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return one;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return few;
  return many;
}

export function countRu(n: number, one: string, few: string, many: string): string {
  return `${n} ${pluralRu(n, one, few, many)}`;
}

export function countEn(n: number, singular: string, plural: string): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** 0.1856 → "18,6%" (Russian decimal comma) and "18.6%". */
export function percentRu(share: number): string {
  return `${(Math.round(share * 1000) / 10).toString().replace('.', ',')}%`;
}

export function percentEn(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
}

/** 12500000 → "12 500 000" (narrow no-break spaces are avoided: terminals show them badly). */
export function roublesRu(amount: number): string {
  const [whole, fraction] = (Math.round(amount * 100) / 100).toFixed(2).split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return fraction === '00' ? grouped : `${grouped},${fraction}`;
}

/** A list of INNs or names, cut after `limit` so a 500-participant message stays readable. */
export function listRu(items: readonly string[], limit = 10): string {
  const shown = items.slice(0, limit).join(', ');
  return items.length > limit ? `${shown} и ещё ${items.length - limit}` : shown;
}

export function listEn(items: readonly string[], limit = 10): string {
  const shown = items.slice(0, limit).join(', ');
  return items.length > limit ? `${shown} and ${items.length - limit} more` : shown;
}

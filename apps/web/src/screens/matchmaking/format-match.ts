import type { Region } from '../../api/types.ts';
import { formatInt, formatRub } from '../../lib/format.ts';

/** A volume or capacity in its stated unit: roubles scaled like every other sum, other units as plain numbers. */
export function formatAmount(value: number | null, unit: string, lang: 'ru' | 'en'): string {
  if (value == null) return '—';
  return isRoubles(unit) ? formatRub(value, lang) : `${formatInt(value)} ${unit}`;
}

function isRoubles(unit: string): boolean {
  return /^(руб\.?|рублей|₽|rub)$/i.test(unit.trim()) || unit.trim() === '';
}

export function regionName(regions: Region[] | null, code: string, lang: 'ru' | 'en'): string {
  const region = regions?.find((r) => r.code === code);
  if (!region) return code;
  return lang === 'en' ? region.name_en : region.name_ru;
}

/** Digits of an OKPD2 code ("25.62.20" → 6): the depth the product match is measured in. */
export function codeDigits(code: string): number {
  return code.replace(/\D/g, '').length;
}

const SME_CATEGORIES = new Set(['micro', 'small', 'medium']);
export const isSme = (category: string | null | undefined): boolean => !!category && SME_CATEGORIES.has(category);

/** Filters of a ranking as they travel in the page's URL and to the API (MatchQuery). */
export interface MatchFilterValues {
  regions: string[];
  radiusKm: number | null;
  smeOnly: boolean;
  clusterOnly: boolean;
  limit: number;
}

export const LIMITS = [20, 50, 100, 200];

export function filtersFromQuery(query: URLSearchParams): MatchFilterValues {
  const radius = Number(query.get('radius'));
  const limit = Number(query.get('limit'));
  return {
    regions: (query.get('region') ?? '').split(',').filter((r) => /^\d{2}$/.test(r)),
    radiusKm: Number.isFinite(radius) && radius > 0 ? radius : null,
    smeOnly: query.get('sme') === '1',
    clusterOnly: query.get('cluster') === '1',
    limit: LIMITS.includes(limit) ? limit : 20,
  };
}

export function filtersToApi(f: MatchFilterValues): Record<string, string | number | undefined> {
  return {
    region: f.regions.length ? f.regions.join(',') : undefined,
    radiusKm: f.radiusKm ?? undefined,
    smeOnly: f.smeOnly ? 'true' : undefined,
    clusterOnly: f.clusterOnly ? 'true' : undefined,
    limit: f.limit,
  };
}

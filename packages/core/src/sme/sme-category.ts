import type { SmeCategory } from '../model/organisation.ts';

/**
 * SME categories of 209-FZ (RULES.md): an organisation belongs to the smallest category whose
 * headcount AND revenue limits it meets. Medium enterprises in textiles, clothing and leather
 * (OKVED 13, 14, 15) may have up to 1 000 employees, catering (OKVED 56) up to 1 500.
 * Ownership conditions are not in the data Klaster holds, so they are not checked here.
 */
export const SME_THRESHOLDS = {
  micro: { headcount: 15, revenue: 120_000_000 },
  small: { headcount: 100, revenue: 800_000_000 },
  medium: { headcount: 250, revenue: 2_000_000_000 },
} as const;

const MEDIUM_HEADCOUNT_EXCEPTIONS: Record<string, number> = { '13': 1000, '14': 1000, '15': 1000, '56': 1500 };

export interface SmeInput {
  headcount: number | null | undefined;
  revenue: number | null | undefined;
  okvedMain?: string | null;
}

/** Returns null when headcount or revenue is unknown: the category cannot be derived. */
export function deriveSmeCategory({ headcount, revenue, okvedMain }: SmeInput): SmeCategory | null {
  if (headcount == null || revenue == null) return null;
  if (headcount <= SME_THRESHOLDS.micro.headcount && revenue <= SME_THRESHOLDS.micro.revenue) return 'micro';
  if (headcount <= SME_THRESHOLDS.small.headcount && revenue <= SME_THRESHOLDS.small.revenue) return 'small';
  const okvedClass = (okvedMain ?? '').slice(0, 2);
  const mediumHeadcount = MEDIUM_HEADCOUNT_EXCEPTIONS[okvedClass] ?? SME_THRESHOLDS.medium.headcount;
  if (headcount <= mediumHeadcount && revenue <= SME_THRESHOLDS.medium.revenue) return 'medium';
  return 'large';
}

export const SME_CATEGORY_LABELS_RU: Record<SmeCategory, string> = {
  micro: 'Микропредприятие',
  small: 'Малое предприятие',
  medium: 'Среднее предприятие',
  large: 'Крупное предприятие',
};

export function isSme(category: SmeCategory | null): boolean {
  return category === 'micro' || category === 'small' || category === 'medium';
}

import type { RequirementOutcome } from '../check-result.ts';
import { numberThreshold } from '../thresholds.ts';
import { percentEn, percentRu } from '../wording.ts';
import type { YearPurchases } from './year-purchases.ts';
import type { Pp779Context } from './context.ts';

export const IMPORT_SHARE_FORMULA = 'Σ imported / Σ intermediateTotal of the participants\' purchases in the check year';

export function checkImportShare(ctx: Pp779Context, purchases: YearPurchases | null): RequirementOutcome {
  const max = numberThreshold(ctx.set, 'import-share', 'maxPercent');
  const base = { required: max / 100, comparator: '<=' as const, unit: 'share' as const, formula: IMPORT_SHARE_FORMULA };
  if (!purchases || purchases.intermediateTotal === 0) {
    return { ...base, found: null, status: 'unknown', missing: ['purchases'], message: 'Нет данных о закупках промежуточной продукции: долю импорта не посчитать', messageEn: 'No intermediate purchases: the import share cannot be computed' };
  }
  const found = purchases.imported / purchases.intermediateTotal;
  const ru = `Доля импорта в закупках ${percentRu(found)} в ${purchases.year} г., допускается не более ${max}%`;
  const en = `Import share of purchases ${percentEn(found)} in ${purchases.year}, at most ${max}% allowed`;
  // A missing row could move the share either way, so nothing can be concluded without it.
  if (purchases.missingRows.length > 0) {
    return { ...base, found, status: 'unknown', missing: purchases.missingRows, message: `${ru}; не все промышленные участники указали закупки`, messageEn: `${en}; not every industrial participant reported purchases` };
  }
  if (purchases.imported * 100 > max * purchases.intermediateTotal) {
    return { ...base, found, status: 'fail', message: `${ru}: сократите импорт`, messageEn: `${en}: reduce imports` };
  }
  return { ...base, found, status: 'pass', message: ru, messageEn: en };
}

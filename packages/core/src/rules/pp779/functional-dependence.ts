import type { RequirementOutcome } from '../check-result.ts';
import { numberThreshold, stringListThreshold } from '../thresholds.ts';
import { percentEn, percentRu, roublesRu } from '../wording.ts';
import type { Pp779Context } from './context.ts';
import type { YearPurchases } from './year-purchases.ts';

const ID = 'functional-dependence';

export const FUNCTIONAL_DEPENDENCE_FORMULA =
  'Σ amount of contracts of the listed kinds between two different participants in the check year / Σ intermediateTotal of the participants\' purchases in that year';

/** Threshold in percent: reduced when enough participants work in special territories (compared in integers, so 30% is exact). */
export function dependenceThresholdPercent(ctx: Pp779Context): { percent: number; reduced: boolean } {
  const special = ctx.dossier.participants.filter((p) => p.specialTerritory === true).length;
  const total = ctx.dossier.participants.length;
  const reducedAt = numberThreshold(ctx.set, ID, 'specialTerritoryPercent');
  const reduced = total > 0 && special * 100 >= reducedAt * total;
  return { percent: numberThreshold(ctx.set, ID, reduced ? 'reducedMinPercent' : 'minPercent'), reduced };
}

export function participantSupplies(ctx: Pp779Context, year: number): number {
  const kinds = new Set(stringListThreshold(ctx.set, ID, 'contractKinds'));
  let sum = 0;
  for (const c of ctx.dossier.contracts) {
    if (c.year !== year || !kinds.has(c.kind) || c.supplier === c.buyer) continue;
    if (ctx.participantInns.has(c.supplier) && ctx.participantInns.has(c.buyer)) sum += c.amount;
  }
  return sum;
}

export function checkFunctionalDependence(ctx: Pp779Context, purchases: YearPurchases | null): RequirementOutcome {
  const { percent, reduced } = dependenceThresholdPercent(ctx);
  const base = { required: percent / 100, comparator: '>=' as const, unit: 'share' as const, formula: FUNCTIONAL_DEPENDENCE_FORMULA };
  if (!purchases || purchases.intermediateTotal === 0) {
    return { ...base, found: null, status: 'unknown', missing: ['purchases'], message: 'Нет данных о закупках промежуточной продукции участников: функциональную зависимость не посчитать', messageEn: 'No intermediate purchases of the participants: functional dependence cannot be computed' };
  }
  const supplies = participantSupplies(ctx, purchases.year);
  const found = supplies / purchases.intermediateTotal;
  const holds = supplies * 100 >= percent * purchases.intermediateTotal;
  const why = reduced ? ' (пониженный порог: не менее 30% участников на особых территориях)' : '';
  const whyEn = reduced ? ' (reduced threshold: at least 30% of participants in special territories)' : '';
  const ru = `Функциональная зависимость ${percentRu(found)} в ${purchases.year} г. (${roublesRu(supplies)} из ${roublesRu(purchases.intermediateTotal)} руб.), требуется не менее ${percent}%${why}`;
  const en = `Functional dependence ${percentEn(found)} in ${purchases.year} (${supplies} of ${purchases.intermediateTotal} RUB), at least ${percent}% required${whyEn}`;
  if (!holds) {
    const more = Math.ceil((percent * purchases.intermediateTotal) / 100 - supplies);
    return { ...base, found, status: 'fail', message: `${ru}: нужно ещё ${roublesRu(more)} руб. поставок между участниками`, messageEn: `${en}: ${more} RUB more of supplies between participants needed` };
  }
  if (purchases.missingRows.length > 0) {
    return { ...base, found, status: 'unknown', missing: purchases.missingRows, message: `${ru}, но не все промышленные участники указали закупки`, messageEn: `${en}, but not every industrial participant reported purchases` };
  }
  return { ...base, found, status: 'pass', message: ru, messageEn: en };
}

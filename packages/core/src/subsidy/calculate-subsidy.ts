import type { RuleSet } from '../rules/ruleset-schema.ts';
import { ruleSetRef } from '../rules/ruleset-schema.ts';
import { RuleSetError, nullableNumberThreshold, numberThreshold, stringThreshold } from '../rules/thresholds.ts';
import { roublesRu } from '../rules/wording.ts';
import { excludeCost, readConditions } from './exclusion.ts';
import type { ApplicantSubsidy, ExcludedCost, SubsidyInput, SubsidyResult } from './subsidy-types.ts';

/** Money is summed in whole kopecks so 0.1 + 0.2 problems never reach a subsidy amount. */
const toKop = (roubles: number) => Math.round(roubles * 100);
const toRub = (kop: number) => kop / 100;

/**
 * pp41 subsidy (any version, by its rule set): drops ineligible costs with the reason, then limits
 * each cap group (the whole project, or each applicant) to the costs that exhaust the cap —
 * cap ÷ share — in date order, so the cost that crosses the cap is split and its excess reported.
 * Amount = eligible costs × share, rounded down to the kopeck, never above the cap.
 */
export function calculateSubsidy(input: SubsidyInput, set: RuleSet): SubsidyResult {
  if (set.id !== 'pp41') throw new RuleSetError(ruleSetRef(set), 'id', `expected a pp41 rule set, got ${set.id}`);
  const conditions = readConditions(set);
  const sharePercent = numberThreshold(set, 'share', 'maxPercent');
  const capRub = nullableNumberThreshold(set, 'cap', 'rub');
  const capPer = stringThreshold(set, 'cap', 'per') === 'applicant' ? 'applicant' : 'project';
  const participants = new Set(input.participants);
  const excluded: ExcludedCost[] = [];
  const eligible: { index: number; kop: number }[] = [];
  input.costs.forEach((cost, index) => {
    const exclusion = excludeCost(cost, input, conditions, participants);
    if (exclusion) excluded.push({ index, cost, excludedAmount: cost.amount, ...exclusion });
    else eligible.push({ index, kop: toKop(cost.amount) });
  });
  const order = [...eligible].sort((a, b) => input.costs[a.index]!.date.localeCompare(input.costs[b.index]!.date) || a.index - b.index);
  const costLimitKop = capRub === null ? Infinity : Math.ceil((toKop(capRub) * 100) / sharePercent);
  const usedByGroup = new Map<string, number>();
  const byApplicantKop = new Map<string, number>();
  for (const { index, kop } of order) {
    const cost = input.costs[index]!;
    const group = capPer === 'applicant' ? cost.buyerInn : '';
    const used = usedByGroup.get(group) ?? 0;
    const included = Math.max(0, Math.min(kop, costLimitKop - used));
    usedByGroup.set(group, used + included);
    byApplicantKop.set(cost.buyerInn, (byApplicantKop.get(cost.buyerInn) ?? 0) + included);
    if (included < kop) excluded.push(overCap(index, input, toRub(kop - included), capRub!, capPer));
  }
  return summarise(set, sharePercent, capRub, capPer, byApplicantKop, excluded);
}

function overCap(index: number, input: SubsidyInput, excessRub: number, capRub: number, capPer: string): ExcludedCost {
  const per = capPer === 'applicant' ? 'на заявителя' : 'на проект';
  return {
    index,
    cost: input.costs[index]!,
    reason: 'over-cap',
    excludedAmount: excessRub,
    message: `${roublesRu(excessRub)} руб. сверх предела субсидии ${roublesRu(capRub)} руб. ${per}`,
    messageEn: `${excessRub} RUB above the subsidy cap of ${capRub} RUB per ${capPer}`,
  };
}

function summarise(set: RuleSet, sharePercent: number, capRub: number | null, capPer: 'project' | 'applicant', byApplicantKop: Map<string, number>, excluded: ExcludedCost[]): SubsidyResult {
  const capKop = capRub === null ? Infinity : toKop(capRub);
  const amountOf = (kop: number) => Math.min(capKop, Math.floor((kop * sharePercent) / 100));
  const byApplicant: ApplicantSubsidy[] = [...byApplicantKop.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([inn, kop]) => ({ inn, eligibleCosts: toRub(kop), amount: toRub(amountOf(kop)) }));
  const totalKop = [...byApplicantKop.values()].reduce((s, k) => s + k, 0);
  const amountKop = capPer === 'applicant' ? [...byApplicantKop.values()].reduce((s, k) => s + amountOf(k), 0) : amountOf(totalKop);
  return {
    ruleset: ruleSetRef(set),
    sharePercent,
    capRub,
    capPer,
    eligibleCosts: toRub(totalKop),
    amount: toRub(amountKop),
    byApplicant,
    excluded: excluded.sort((a, b) => a.index - b.index),
  };
}

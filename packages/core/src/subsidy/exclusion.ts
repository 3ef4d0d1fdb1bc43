import type { RuleSet } from '../rules/ruleset-schema.ts';
import { booleanThreshold, stringListThreshold, stringThreshold } from '../rules/thresholds.ts';
import { formatDateRu } from '../rules/dates.ts';
import type { ExclusionReason, SubsidyCost, SubsidyInput } from './subsidy-types.ts';

/** The conditions of a pp41 version, read once from its rule set. */
export interface SubsidyConditions {
  eligibleItems: Set<string>;
  costsFrom: string;
  buyerMustParticipate: boolean;
  supplierMustParticipate: boolean;
  clusterMustComply: boolean;
}

export function readConditions(set: RuleSet): SubsidyConditions {
  return {
    eligibleItems: new Set(stringListThreshold(set, 'cost-items', 'eligible')),
    costsFrom: stringThreshold(set, 'costs-from', 'date'),
    buyerMustParticipate: booleanThreshold(set, 'buyer-participant', 'required'),
    supplierMustParticipate: booleanThreshold(set, 'supplier-participant', 'required'),
    clusterMustComply: booleanThreshold(set, 'cluster-compliant', 'required'),
  };
}

export interface Exclusion {
  reason: ExclusionReason;
  message: string;
  messageEn: string;
}

/** The first condition a cost fails, in the order a reviewer would read them; null when it is eligible. */
export function excludeCost(cost: SubsidyCost, input: SubsidyInput, c: SubsidyConditions, participants: Set<string>): Exclusion | null {
  if (c.clusterMustComply && input.clusterCompliant !== true) {
    const why = input.clusterCompliant === null ? 'соответствие кластера ПП № 779 не проверено' : 'кластер не соответствует ПП № 779';
    return { reason: 'cluster-not-compliant', message: `Не возмещается: ${why}`, messageEn: `Not reimbursed: the cluster ${input.clusterCompliant === null ? 'has not been checked against' : 'does not comply with'} Decree 779` };
  }
  if (cost.date < c.costsFrom) {
    return { reason: 'before-effective-date', message: `Затраты от ${formatDateRu(cost.date)} понесены до ${formatDateRu(c.costsFrom)}`, messageEn: `Cost of ${cost.date} incurred before ${c.costsFrom}` };
  }
  if (!c.eligibleItems.has(cost.costItem)) {
    return { reason: 'cost-item-not-eligible', message: `Статья «${cost.costItem}» не возмещается; возмещаются: ${[...c.eligibleItems].join(', ')}`, messageEn: `Cost item "${cost.costItem}" is not reimbursed; eligible: ${[...c.eligibleItems].join(', ')}` };
  }
  if (c.buyerMustParticipate && !participants.has(cost.buyerInn)) {
    return { reason: 'buyer-not-participant', message: `Заявитель ${cost.buyerInn} не участник кластера`, messageEn: `Applicant ${cost.buyerInn} is not a cluster participant` };
  }
  if (c.supplierMustParticipate && (!cost.supplierInn || cost.supplierInn === cost.buyerInn || !participants.has(cost.supplierInn))) {
    const who = cost.supplierInn ? `поставщик ${cost.supplierInn}` : 'поставщик не указан';
    return { reason: 'supplier-not-participant', message: `Не возмещается: ${who} — не другой участник того же кластера`, messageEn: `Not reimbursed: supplier ${cost.supplierInn ?? '(none)'} is not another participant of the same cluster` };
  }
  return null;
}

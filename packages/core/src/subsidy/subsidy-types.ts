/** A cost a participant claims: one purchase (pp41@2023) or one line of a joint project's budget (2016, 2021). */
export interface SubsidyCost {
  date: string;
  /** INN of whoever the cost was paid to; required by versions that reimburse only purchases within the cluster. */
  supplierInn?: string | null;
  /** INN of the participant that bore the cost and applies. */
  buyerInn: string;
  /** Roubles, kopecks allowed. */
  amount: number;
  /** Cost item: rnd, documentation, equipment, production-launch, production, starting-batch… (the rule set lists the eligible ones). */
  costItem: string;
  /** Life-cycle stage, kept for the report. */
  stage?: string | null;
  note?: string | null;
}

export interface SubsidyInput {
  costs: readonly SubsidyCost[];
  /** INNs of the cluster's participants. */
  participants: readonly string[];
  /** The pp779 check of the cluster: true compliant, false not, null not checked. */
  clusterCompliant: boolean | null;
}

export const EXCLUSION_REASONS = [
  'cluster-not-compliant',
  'before-effective-date',
  'cost-item-not-eligible',
  'buyer-not-participant',
  'supplier-not-participant',
  'over-cap',
] as const;
export type ExclusionReason = (typeof EXCLUSION_REASONS)[number];

export interface ExcludedCost {
  /** Position of the cost in the input. */
  index: number;
  cost: SubsidyCost;
  reason: ExclusionReason;
  /** The part of the cost left out (all of it, except over the cap). */
  excludedAmount: number;
  message: string;
  messageEn: string;
}

export interface ApplicantSubsidy {
  inn: string;
  eligibleCosts: number;
  amount: number;
}

export interface SubsidyResult {
  ruleset: string;
  sharePercent: number;
  /** Roubles, null where the rule set has no cap. */
  capRub: number | null;
  capPer: 'project' | 'applicant';
  eligibleCosts: number;
  amount: number;
  byApplicant: ApplicantSubsidy[];
  excluded: ExcludedCost[];
}

import { z } from 'zod';
import { EXCLUSION_REASONS, PP779_REQUIREMENT_IDS, supportMeasureSchema } from '@klaster/core';

/** Rule sets, checks, what-if, suggestions, support measures and the subsidy calculator (issue 3). */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'ожидается дата ГГГГ-ММ-ДД');
const inn = z.string().regex(/^\d{10}(\d{2})?$/, 'ИНН — 10 или 12 цифр');
const bilingual = z.object({ ru: z.string(), en: z.string() });
const status = z.enum(['pass', 'fail', 'unknown']);
const requirementId = z.enum(PP779_REQUIREMENT_IDS);

export const RuleSetRequirement = z.object({
  id: z.string(), confidence: z.enum(['confirmed', 'assumed']), legalBasis: z.string(), description: bilingual,
  thresholds: z.record(z.string(), z.unknown()),
});

export const RuleSetSummary = z
  .object({
    id: z.string(), version: z.string(), ref: z.string(), effectiveFrom: isoDate, legalBasis: z.string(), title: bilingual,
    /** In force today: the latest version whose effectiveFrom has come. */
    inForce: z.boolean(),
    requirements: z.array(RuleSetRequirement),
  })
  .meta({ id: 'RuleSetSummary' });

export const RuleSetDetail = RuleSetSummary.extend({ settings: z.record(z.string(), z.unknown()) }).meta({ id: 'RuleSet' });

export const RuleSetParams = z.object({ id: z.string().regex(/^[a-z0-9-]+$/), version: z.string().min(1).max(100) });

export const CheckQuery = z.object({ rules: z.string().default('pp779'), asOf: isoDate.optional() });
export const AsOfQuery = z.object({ asOf: isoDate.optional() });
export const DossierQuery = z.object({ format: z.enum(['json', 'xlsx']).default('json'), asOf: isoDate.optional() });

export const RequirementResult = z.object({
  id: requirementId, status, found: z.number().nullable(), required: z.number(), comparator: z.enum(['>=', '<=']),
  unit: z.enum(['count', 'share', 'years', 'flag']), message: z.string(), messageEn: z.string(), formula: z.string().optional(),
  missing: z.array(z.string()).optional(), confidence: z.enum(['confirmed', 'assumed']), legalBasis: z.string(),
});

export const CheckResult = z
  .object({
    ruleset: z.string(), asOf: isoDate, compliant: z.boolean(), checkYear: z.number().int().nullable(),
    requirements: z.array(RequirementResult), warnings: z.array(z.object({ code: z.string(), message: z.string(), messageEn: z.string() })),
  })
  .meta({ id: 'CheckResult' });

const StatusChange = z.object({ id: requirementId, from: status, to: status });

export const WhatIfBody = z.object({ add: z.array(inn).max(500).default([]), remove: z.array(inn).max(500).default([]) });
export const WhatIfResult = z.object({ before: CheckResult, after: CheckResult, changes: z.array(StatusChange) }).meta({ id: 'WhatIfResult' });

export const Suggestions = z
  .object({
    check: CheckResult,
    additions: z.object({
      effects: z.array(z.object({ inn: z.string(), name: z.string(), industrialDelta: z.number(), dependenceDelta: z.number().nullable(), changes: z.array(StatusChange) })),
      selection: z.array(z.string()), closesGaps: z.boolean(), after: CheckResult,
    }),
    critical: z.array(z.object({ inn: z.string(), name: z.string(), breaks: z.array(StatusChange) })),
  })
  .meta({ id: 'Suggestions' });

export const SupportMeasure = supportMeasureSchema.meta({ id: 'SupportMeasure' });
const Condition = z.object({ condition: z.string(), met: z.boolean().nullable(), ru: z.string(), en: z.string() });

export const OrganisationMeasures = z
  .object({
    organisation: z.object({ id: z.number().int(), inn: z.string(), name: z.string(), smeCategory: z.string().nullable(), sme: z.boolean().nullable() }),
    clusters: z.array(z.object({ id: z.number().int(), name: z.string(), compliant: z.boolean(), ruleset: z.string() })),
    asOf: isoDate,
    fits: z.array(z.object({ measure: SupportMeasure, reasons: z.array(Condition) })),
    nonFits: z.array(z.object({ measure: SupportMeasure, missing: z.array(Condition) })),
    undetermined: z.array(z.object({ measure: SupportMeasure, unknown: z.array(Condition) })),
  })
  .meta({ id: 'OrganisationMeasures' });

const ParticipantOutcome = z.object({ inn: z.string(), name: z.string(), conditions: z.array(Condition) });
export const ClusterMeasures = z
  .object({
    cluster: z.object({ id: z.number().int(), name: z.string(), compliant: z.boolean(), ruleset: z.string() }),
    asOf: isoDate,
    measures: z.array(z.object({ measure: SupportMeasure, fits: z.array(ParticipantOutcome), nonFits: z.array(ParticipantOutcome), undetermined: z.array(ParticipantOutcome) })),
  })
  .meta({ id: 'ClusterMeasures' });

export const SubsidyCost = z.object({
  date: isoDate, supplierInn: inn.nullish(), buyerInn: inn, amount: z.number().finite().nonnegative(),
  /** Cost item: starting-batch, rnd, documentation, equipment, production-launch, production… */
  item: z.string().min(1).max(100), stage: z.string().max(200).nullish(),
});

export const SubsidyBody = z.object({
  ruleset: z.enum(['pp41@2016', 'pp41@2021', 'pp41@2023']).or(z.string().regex(/^pp41@.+$/)),
  clusterId: z.number().int().positive(),
  asOf: isoDate.optional(),
  costs: z.array(SubsidyCost).min(1).max(10_000),
});

export const SubsidyResult = z
  .object({
    ruleset: z.string(), sharePercent: z.number(), capRub: z.number().nullable(), capPer: z.enum(['project', 'applicant']),
    eligibleCosts: z.number(), amount: z.number(),
    byApplicant: z.array(z.object({ inn: z.string(), eligibleCosts: z.number(), amount: z.number() })),
    excluded: z.array(z.object({
      index: z.number().int(), reason: z.enum(EXCLUSION_REASONS), excludedAmount: z.number(), message: z.string(), messageEn: z.string(),
      cost: z.object({ date: z.string(), supplierInn: z.string().nullish(), buyerInn: z.string(), amount: z.number(), costItem: z.string(), stage: z.string().nullish() }),
    })),
    cluster: z.object({ id: z.number().int(), name: z.string(), participants: z.number().int(), compliant: z.boolean(), check: z.string() }),
  })
  .meta({ id: 'SubsidyResult' });

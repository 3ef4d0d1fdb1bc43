import { z } from 'zod';
import { COST_ITEMS, PROJECT_STAGES, PROJECT_STATUSES } from '@klaster/core/projects/index.ts';
import { listParam } from './common.ts';
import { CheckResult, SubsidyResult } from './rules.ts';

/** Joint projects of cluster participants, their subsidy, and the national figures of supported projects (issue #5). */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'ожидается дата ГГГГ-ММ-ДД');
const inn = z.string().regex(/^\d{10}(\d{2})?$/, 'ИНН — 10 или 12 цифр');
const roubles = z.number().finite().min(0).max(1e15);
const year = z.number().int().min(2000).max(2100);

export const ProjectStage = z.enum(PROJECT_STAGES).meta({ id: 'ProjectStage' });
export const ProjectStatus = z.enum(PROJECT_STATUSES).meta({ id: 'ProjectStatus' });

export const ProjectParticipantInput = z.object({ inn, role: z.enum(['lead', 'participant']) });
export const ProjectStageInput = z.object({ stage: ProjectStage, startsOn: isoDate, endsOn: isoDate, description: z.string().max(2000).optional() });
export const BudgetLineInput = z.object({
  inn, supplierInn: inn.nullish(), stage: ProjectStage,
  /** One of the cost items: rnd, documentation, equipment, production-launch, production, starting-batch, marketing, other. */
  costItem: z.string().min(1).max(50), year, spentOn: isoDate.nullish(), amount: roubles,
});
export const ExpectedResultInput = z.object({ year, output: roubles, importSubstitution: roubles, jobs: z.number().int().min(0).max(1_000_000) });

export const ProjectBody = z
  .object({
    title: z.string().trim().min(1).max(500),
    description: z.string().max(10_000).optional(),
    product: z.object({ okpd2: z.string().min(2).max(20), name: z.string().trim().min(1).max(500) }),
    subsidyRuleset: z.string().regex(/^pp41@.+$/, 'ожидается набор правил pp41@версия').default('pp41@2021'),
    participants: z.array(ProjectParticipantInput).max(200),
    stages: z.array(ProjectStageInput).max(5),
    budget: z.array(BudgetLineInput).max(2000),
    results: z.array(ExpectedResultInput).max(50),
  });
// No component id: the same schema serves as a request body and inside responses, and with defaults its
// input and output shapes differ — a shared id makes the OpenAPI generator fail ("Collision detected").

const BudgetSummary = z.object({
  total: z.number(),
  byYear: z.array(z.object({ year: z.number().int(), amount: z.number() })),
  byStage: z.array(z.object({ stage: ProjectStage, amount: z.number() })),
  byItem: z.array(z.object({ costItem: z.string(), amount: z.number() })),
  byParticipant: z.array(z.object({ inn: z.string(), amount: z.number() })),
  byItemAndYear: z.array(z.object({ costItem: z.string(), year: z.number().int(), amount: z.number() })),
});
const ResultsSummary = z.object({ output: z.number(), importSubstitution: z.number(), jobs: z.number().int(), years: z.array(z.number().int()) });

export const ProjectSummary = z
  .object({
    id: z.number().int(), clusterId: z.number().int(), clusterName: z.string(), regionCode: z.string(), title: z.string(),
    productOkpd2: z.string(), productName: z.string(), status: ProjectStatus, participants: z.number().int(), budgetTotal: z.number(),
    /** The pp41 subsidy the project can claim on the list's asOf, as GET /api/projects/:id/subsidy computes it; null when its rule set cannot be applied. */
    subsidyAmount: z.number().nullable(),
    /** The amount granted by the ministry's decision (supported and completed projects). */
    supportAmount: z.number().nullable(), supportedOn: z.string().nullable(), isDemo: z.boolean(), updatedAt: z.string(),
  })
  .meta({ id: 'ProjectSummary' });

export const Project = z
  .object({
    id: z.number().int(), clusterId: z.number().int(), clusterName: z.string(), regionCode: z.string(),
    title: z.string(), description: z.string(), product: z.object({ okpd2: z.string(), name: z.string() }), subsidyRuleset: z.string(),
    status: ProjectStatus, supportAmount: z.number().nullable(), supportedOn: z.string().nullable(),
    participants: z.array(z.object({ organisationId: z.number().int(), inn: z.string(), name: z.string(), role: z.enum(['lead', 'participant']) })),
    stages: z.array(z.object({ stage: ProjectStage, startsOn: z.string(), endsOn: z.string(), description: z.string() })),
    budget: z.array(z.object({ inn: z.string(), supplierInn: z.string().nullable(), stage: ProjectStage, costItem: z.string(), year: z.number().int(), spentOn: z.string().nullable(), amount: z.number() })),
    results: z.array(z.object({ year: z.number().int(), output: z.number(), importSubstitution: z.number(), jobs: z.number().int() })),
    budgetSummary: BudgetSummary, resultsSummary: ResultsSummary,
    version: z.number().int(), isDemo: z.boolean(), createdBy: z.string(), createdAt: z.string(), updatedAt: z.string(),
  })
  .meta({ id: 'Project' });

export const ProjectSubsidy = z
  .object({
    project: z.object({ id: z.number().int(), title: z.string(), subsidyRuleset: z.string() }),
    asOf: isoDate,
    budget: BudgetSummary,
    subsidy: SubsidyResult.omit({ cluster: true }),
    cluster: SubsidyResult.shape.cluster,
    check: CheckResult,
    /** Subsidy over the whole budget, 0…1. */
    shareOfBudget: z.number(),
  })
  .meta({ id: 'ProjectSubsidy' });

export const ProjectDecisionBody = z.object({
  status: z.enum(['draft', 'submitted', 'supported', 'rejected', 'completed']),
  /** Required when supported: the amount granted, roubles. */
  supportAmount: roubles.nullish(),
  decidedOn: isoDate.optional(),
});

/** asOf: the day the listed subsidies are computed for (today by default), as the subsidy endpoint takes it. */
export const ProjectListQuery = z.object({ status: ProjectStatus.optional(), asOf: isoDate.optional() });

export const NationalStatsQuery = z.object({ region: listParam });

const NationalFigures = z.object({
  clustersInRegistry: z.number().int(),
  participantsInRegistry: z.number().int(),
  supportedEnterprises: z.number().int(),
  supportedProjects: z.number().int(),
  supportTotal: z.number(),
  supportedProjectsBudget: z.number(),
  expectedJobs: z.number().int(),
  expectedImportSubstitution: z.number(),
});

export const NationalStats = z
  .object({
    regions: z.array(z.string()).nullable(),
    totals: NationalFigures,
    byRegion: z.array(NationalFigures.extend({ code: z.string(), name: z.string() })),
    byYear: z.array(z.object({ year: z.number().int(), supportedProjects: z.number().int(), supportTotal: z.number() })),
  })
  .meta({ id: 'NationalStats' });

import { z } from 'zod';
import { regionCode } from './common.ts';

/** A calendar date YYYY-MM-DD that exists (2025-02-30 is refused). */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'ожидается дата ГГГГ-ММ-ДД (expected YYYY-MM-DD)')
  .refine((d) => !Number.isNaN(Date.parse(d + 'T00:00:00Z')) && new Date(d + 'T00:00:00Z').toISOString().startsWith(d), 'такой даты нет (no such date)');

/** POST /api/discovery/runs: every field optional, defaults shown in the stored run. */
export const DiscoveryRunRequest = z
  .object({
    regions: z.array(regionCode).max(100).optional(),
    resolution: z.number().positive().max(100).optional(),
    seed: z.number().int().min(0).max(2 ** 31 - 1).optional(),
    quality: z.enum(['modularity', 'cpm']).optional(),
    k: z.number().int().min(0).max(100).optional(),
    radiusKm: z.number().positive().max(2000).optional(),
    alpha: z.number().min(0).max(1).optional(),
    minRelatedness: z.number().min(0).max(1).optional(),
    blend: z.number().min(0).max(1).optional(),
    minOrganisations: z.number().int().min(2).max(10_000).optional(),
    minIndustrial: z.number().int().min(0).max(10_000).optional(),
    /** The date the rules are checked as of (default: dataAsOf when given, otherwise today). */
    asOf: isoDate.optional(),
    /** Data snapshot date: the registry as it stood at the end of that day (UTC), rebuilt from the history (default: the data now). */
    dataAsOf: isoDate.optional(),
  })
  .meta({ id: 'DiscoveryRunRequest' });
export type DiscoveryRunRequest = z.infer<typeof DiscoveryRunRequest>;

export const DiscoveryParams = z.object({
  regions: z.array(z.string()),
  resolution: z.number(),
  seed: z.number().int(),
  quality: z.enum(['modularity', 'cpm']),
  k: z.number().int(),
  radiusKm: z.number(),
  alpha: z.number(),
  minRelatedness: z.number(),
  blend: z.number(),
  minOrganisations: z.number().int(),
  minIndustrial: z.number().int(),
  asOf: z.string(),
  /** null: the data as they were when the run was made. Absent in runs stored before the option existed. */
  dataAsOf: z.string().nullable().optional(),
});
export type DiscoveryParams = z.infer<typeof DiscoveryParams>;

const Anchor = z.object({ id: z.string(), headcount: z.number().nullable(), revenue: z.number().nullable(), weightedDegree: z.number() });

export const CandidateGap = z.object({
  requirement: z.string(),
  status: z.enum(['fail', 'unknown']),
  found: z.number().nullable(),
  required: z.number(),
  unit: z.string(),
  message: z.string(),
  messageEn: z.string(),
});

export const CandidateMember = z.object({
  inn: z.string(),
  name: z.string(),
  okved: z.string(),
  kind: z.string(),
  region: z.string(),
  oktmo: z.string().nullable(),
  industrial: z.boolean(),
  sme: z.boolean(),
});

const RulesCheck = z.object({
  compliant: z.boolean(),
  ruleset: z.string(),
  purchases: z.enum(['recorded', 'none-recorded']),
  gaps: z.array(CandidateGap),
});

export const DiscoveryCandidate = z.object({
  rank: z.number().int(),
  name: z.string(),
  community: z.number().int(),
  members: z.array(CandidateMember),
  industrialCount: z.number().int(),
  anchors: z.object({ bySize: z.array(Anchor), byCentrality: z.array(Anchor) }),
  dominantIndustries: z.array(z.object({ industry: z.string(), organisations: z.number(), headcount: z.number(), lq: z.number() })),
  internalCooperationShare: z.number(),
  smeShare: z.number(),
  regions: z.array(z.string()),
  municipalities: z.array(z.string()),
  territory: z.enum(['local', 'inter-municipal', 'inter-regional']),
  overlap: z.object({ code: z.string(), name: z.string(), jaccard: z.number() }).nullable(),
  scoreComponents: z.record(z.string(), z.number()),
  score: z.number(),
  /** Decree 779 gaps of the candidate as if it applied today. */
  check: RulesCheck,
  /** The registered cluster it overlaps, checked on its own participants, and the candidate's industrial members it could add. */
  overlapCheck: RulesCheck.extend({ code: z.string(), participantsInScope: z.number().int(), industrialToAdd: z.array(z.string()) }).nullable(),
});
export type DiscoveryCandidate = z.infer<typeof DiscoveryCandidate>;

export const DiscoveryResult = z.object({
  params: DiscoveryParams,
  snapshot: z.object({ organisations: z.number(), links: z.number(), hash: z.string() }),
  graph: z.object({
    nodes: z.number(), declaredPairs: z.number(), addedEdges: z.number(), communities: z.number(), quality: z.number(), inWorker: z.boolean(),
  }),
  candidates: z.array(DiscoveryCandidate),
});
export type DiscoveryResult = z.infer<typeof DiscoveryResult>;

export const DiscoveryRun = z
  .object({
    id: z.number().int(),
    status: z.enum(['running', 'done', 'failed']),
    /** 0…1, and the same in whole per cent. */
    progress: z.number(),
    percent: z.number().int(),
    /** Machine stage: queued, loading, relatedness, missing-links, graph, leiden:move:PASS:LEVEL (also refine, aggregate), candidates, gaps, done, failed. */
    stage: z.string(),
    stageLabel: z.object({ ru: z.string(), en: z.string() }),
    params: z.record(z.string(), z.unknown()),
    seed: z.number().int(),
    regionCodes: z.array(z.string()),
    snapshot: z.object({ organisations: z.number(), links: z.number(), hash: z.string() }).nullable(),
    result: DiscoveryResult.nullable(),
    error: z.string().nullable(),
    actor: z.string(),
    repeatOf: z.number().int().nullable(),
    startedAt: z.string(),
    finishedAt: z.string().nullable(),
  })
  .meta({ id: 'DiscoveryRun' });
export type DiscoveryRun = z.infer<typeof DiscoveryRun>;

export const DiscoveryRunList = z.object({ items: z.array(DiscoveryRun.omit({ result: true }).extend({ candidates: z.number().int().nullable() })) });

export const DiscoveryComparison = z
  .object({
    runs: z.tuple([z.number().int(), z.number().int()]),
    sameData: z.boolean(),
    sameParams: z.boolean(),
    matched: z.array(
      z.object({
        left: z.number().int(),
        right: z.number().int(),
        jaccard: z.number(),
        /** Members of the right candidate that were not in the left one, and the other way round. */
        added: z.array(z.string()),
        removed: z.array(z.string()),
      }),
    ),
    /** Candidates (ranks) of the left run with no match: lost; of the right run: new. */
    lost: z.array(z.number().int()),
    new: z.array(z.number().int()),
  })
  .meta({ id: 'DiscoveryComparison' });
export type DiscoveryComparison = z.infer<typeof DiscoveryComparison>;

export const LqQuery = z.object({
  region: regionCode.optional(),
  level: z.enum(['class', 'group']).default('class'),
  measure: z.enum(['headcount', 'revenue']).default('headcount'),
  territory: z.enum(['region', 'municipality']).default('region'),
  /** Year of the figures: imported totals of that year, organisations' values reported for it. Default: the latest imported year, latest values. */
  year: z.coerce.number().int().min(1990).max(2100).optional(),
});

const ReferenceNote = z.object({ ru: z.string(), en: z.string() });

export const LqResponse = z.object({
  region: z.string().optional(),
  level: z.enum(['class', 'group']),
  measure: z.enum(['headcount', 'revenue']),
  territory: z.enum(['region', 'municipality']),
  /** Whether LQ is against imported national totals or, without them, all loaded data. */
  reference: z.enum(['imported', 'all-loaded-data']),
  /** The same, as the base of E(ref): imported reference totals or the loaded data. */
  base: z.enum(['reference', 'loaded']),
  /** Year of the imported totals used (national or territorial), null when none were used. */
  year: z.number().int().nullable(),
  /** Sources of the imported totals used, as imported. */
  sources: z.array(z.string()),
  referenceNote: ReferenceNote,
  thresholds: z.object({ sizeTopShare: z.number(), specialisationLq: z.number(), notableLq: z.number(), focusTopShare: z.number() }),
  quotients: z.array(
    z.object({
      territory: z.string(),
      industry: z.string(),
      value: z.number(),
      territoryTotal: z.number(),
      territoryShare: z.number(),
      referenceShare: z.number(),
      lq: z.number().nullable(),
      specialisation: z.enum(['strong', 'notable', 'none']),
      stars: z.object({ size: z.boolean(), specialisation: z.boolean(), focus: z.boolean(), count: z.number().int() }),
      /** Where E(r, i) comes from: the territory's imported totals or the loaded organisations. */
      source: z.enum(['reference', 'loaded']),
    }),
  ),
});

export const GrowthResponse = z.object({
  region: z.string(),
  reference: z.enum(['imported', 'all-loaded-data']),
  referenceNote: ReferenceNote,
  opportunities: z.array(
    z.object({
      industry: z.string(),
      density: z.number(),
      lq: z.number(),
      relatedStrengths: z.array(z.string()),
      partners: z.array(z.object({ inn: z.string(), name: z.string(), industry: z.string(), headcount: z.number().nullable(), role: z.enum(['supplier', 'buyer']) })),
    }),
  ),
});

/**
 * Response shapes. Where the server publishes a zod schema in @klaster/contract the type is derived from it,
 * so a change of the contract breaks the UI build instead of the UI at run time.
 */
import type { z } from 'zod';
import type {
  Organisation as OrganisationSchema, Link as LinkSchema, ClusterListItem as ClusterListItemSchema,
  ClusterProfile as ClusterProfileSchema, HistoryEntry as HistoryEntrySchema, ImportProgress as ImportProgressSchema, ImportReport as ImportReportSchema,
  OrganisationInputBody, RegistryStats as RegistryStatsSchema, MapPoints as MapPointsSchema,
} from '@klaster/contract';

export type Organisation = z.infer<typeof OrganisationSchema>;
export type Link = z.infer<typeof LinkSchema>;
export type ClusterListItem = z.infer<typeof ClusterListItemSchema>;
export type ClusterProfile = z.infer<typeof ClusterProfileSchema>;
export type ClusterParticipant = ClusterProfile['participantsDetailed'][number];
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;
export type ImportReport = z.infer<typeof ImportReportSchema>;
export type ImportProgress = z.infer<typeof ImportProgressSchema>;
export type OrganisationInput = z.input<typeof OrganisationInputBody>;
export type RegistryStats = z.infer<typeof RegistryStatsSchema>;
export type MapPoints = z.infer<typeof MapPointsSchema>;
export type MapPoint = MapPoints['items'][number];

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface OrganisationProfile extends Organisation {
  clusters: { id: number; code: string; name: string; role: string; status: string }[];
  /** Supply links are commercial data: null unless the reader's scope covers this organisation. */
  linksOut: { count: number; volume: number } | null;
  linksIn: { count: number; volume: number } | null;
  topLinks: Link[] | null;
}

export interface Region {
  code: string;
  name_ru: string;
  name_en: string;
  centroid_lat: number;
  centroid_lon: number;
}

export interface Municipality {
  oktmo: string;
  region_code: string;
  name_ru: string;
  unit_type: string;
  centre_lat: number | null;
  centre_lon: number | null;
}

export interface OkvedEntry {
  code: string;
  level: string;
  section: string;
  parent: string | null;
  name_ru: string;
}

/** A row of the import journal, as GET /api/import/runs returns it (snake_case, straight from the table). */
export interface ImportRun {
  id: number;
  kind: string;
  file_name: string;
  mode: string;
  status: string;
  actor: string;
  rows_total: number;
  rows_written: number;
  rows_unchanged: number;
  rows_invalid: number;
  message: string | null;
  started_at: string;
  finished_at: string | null;
}

export type ImportKind = 'organisations' | 'links' | 'clusters';
export const IMPORT_KINDS: ImportKind[] = ['organisations', 'links', 'clusters'];

// ── Rules, support measures and the subsidy calculator (contract: packages/contract/src/rules.ts) ──
import type {
  RuleSetSummary as RuleSetSummarySchema, CheckResult as CheckResultSchema, WhatIfResult as WhatIfResultSchema,
  Suggestions as SuggestionsSchema, SupportMeasure as SupportMeasureSchema, OrganisationMeasures as OrganisationMeasuresSchema,
  ClusterMeasures as ClusterMeasuresSchema, SubsidyBody as SubsidyBodySchema, SubsidyResult as SubsidyResultSchema,
  DiscoveryRun as DiscoveryRunSchema, DiscoveryRunList as DiscoveryRunListSchema, DiscoveryComparison as DiscoveryComparisonSchema,
  DiscoveryRunRequest as DiscoveryRunRequestSchema, LqResponse as LqResponseSchema, GrowthResponse as GrowthResponseSchema,
} from '@klaster/contract';

export type RuleSetSummary = z.infer<typeof RuleSetSummarySchema>;
export type CheckResult = z.infer<typeof CheckResultSchema>;
export type RequirementResult = CheckResult['requirements'][number];
export type WhatIfResult = z.infer<typeof WhatIfResultSchema>;
export type Suggestions = z.infer<typeof SuggestionsSchema>;
export type SupportMeasure = z.infer<typeof SupportMeasureSchema>;
export type OrganisationMeasures = z.infer<typeof OrganisationMeasuresSchema>;
export type MeasureCondition = OrganisationMeasures['fits'][number]['reasons'][number];
export type ClusterMeasures = z.infer<typeof ClusterMeasuresSchema>;
export type SubsidyBody = z.input<typeof SubsidyBodySchema>;
export type SubsidyCost = SubsidyBody['costs'][number];
export type SubsidyResult = z.infer<typeof SubsidyResultSchema>;

// ── Discovery and regional specialisation (contract: packages/contract/src/discovery.ts) ──
export type DiscoveryRun = z.infer<typeof DiscoveryRunSchema>;
export type DiscoveryRunListItem = z.infer<typeof DiscoveryRunListSchema>['items'][number];
export type DiscoveryCandidate = NonNullable<DiscoveryRun['result']>['candidates'][number];
export type DiscoveryComparison = z.infer<typeof DiscoveryComparisonSchema>;
export type DiscoveryRunRequest = z.input<typeof DiscoveryRunRequestSchema>;
export type LqResponse = z.infer<typeof LqResponseSchema>;
export type GrowthResponse = z.infer<typeof GrowthResponseSchema>;

// ── Matchmaking: needs, capabilities, ranked matches, contact requests, value chains (contract: packages/contract/src/matchmaking.ts) ──
import type {
  Need as NeedSchema, Capability as CapabilitySchema, SupplierRanking as SupplierRankingSchema, NeedRanking as NeedRankingSchema,
  ValueChainGaps as ValueChainGapsSchema, InvestorChains as InvestorChainsSchema, ContactRequest as ContactRequestSchema,
  ContactRequestBody as ContactRequestBodySchema,
} from '@klaster/contract';

export type Need = z.infer<typeof NeedSchema>;
export type Capability = z.infer<typeof CapabilitySchema>;
export type SupplierRanking = z.infer<typeof SupplierRankingSchema>;
export type NeedRanking = z.infer<typeof NeedRankingSchema>;
export type MatchScore = SupplierRanking['items'][number]['score'];
export type ScoreComponent = MatchScore['components'][number];
export type ValueChainGaps = z.infer<typeof ValueChainGapsSchema>;
export type ValueChainGap = ValueChainGaps['gaps'][number];
export type LocalSupplier = ValueChainGap['candidates'][number];
export type InvestorChains = z.infer<typeof InvestorChainsSchema>;
export type InvestorChain = InvestorChains['items'][number];
export type ContactRequest = z.infer<typeof ContactRequestSchema>;
export type ContactRequestBody = z.input<typeof ContactRequestBodySchema>;

import { z } from 'zod';
import { listParam, pageQuery, regionCode } from './common.ts';

const okpd2Code = z.string().regex(/^\d{2}(\.\d{1,3}){0,4}$/, 'код ОКПД2: NN, NN.N, NN.NN… ');
const nullableNumber = z.number().nullable();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const Need = z
  .object({
    id: z.number().int(), buyerId: z.number().int(), buyerInn: z.string(), buyerName: z.string(), okpd2: z.array(z.string()),
    description: z.string(), volume: nullableNumber, unit: z.string(), deliveryRegion: z.string(), deadline: z.string().nullable(),
    replacesImport: z.boolean(), status: z.enum(['open', 'closed']), isDemo: z.boolean(), lat: nullableNumber, lon: nullableNumber,
  })
  .meta({ id: 'Need' });

export const Capability = z
  .object({
    id: z.number().int(), supplierId: z.number().int(), supplierInn: z.string(), supplierName: z.string(), okpd2: z.array(z.string()),
    description: z.string(), capacity: nullableNumber, unit: z.string(), regionCode: z.string(), lat: nullableNumber, lon: nullableNumber,
    smeCategory: z.string().nullable(), isDemo: z.boolean(),
  })
  .meta({ id: 'Capability' });

export const NeedInputBody = z.object({
  buyerInn: z.string(), okpd2: z.array(okpd2Code).min(1).max(50), description: z.string().max(2000).nullish(),
  volume: z.number().min(0).max(1e15).nullish(), unit: z.string().max(50).nullish(), deliveryRegion: regionCode.nullish(),
  deadline: isoDate.nullish(), replacesImport: z.boolean().optional(), status: z.enum(['open', 'closed']).optional(),
});

export const CapabilityInputBody = z.object({
  supplierInn: z.string(), okpd2: z.array(okpd2Code).min(1).max(50), description: z.string().max(2000).nullish(),
  capacity: z.number().min(0).max(1e15).nullish(), unit: z.string().max(50).nullish(), regionCode: regionCode.nullish(),
  lat: z.number().min(-90).max(90).nullish(), lon: z.number().min(-180).max(180).nullish(),
});

export const MatchListQuery = z.object({
  organisation: z.coerce.number().int().positive().optional(),
  region: listParam,
  okpd2: z.string().regex(/^\d{2}(\.\d{0,3}){0,4}$/).optional(),
  status: z.enum(['open', 'closed']).optional(),
  ...pageQuery,
});

/** Sort keys of the lists ("-" first: descending); without one, newest first. name: the buyer's or supplier's name. */
export const NeedListQuery = MatchListQuery.extend({ sort: z.enum(['name', '-name', 'volume', '-volume', 'deadline', '-deadline', 'region', '-region']).optional() });
export const CapabilityListQuery = MatchListQuery.extend({ sort: z.enum(['name', '-name', 'capacity', '-capacity', 'region', '-region']).optional() });

const booleanFlag = z.enum(['true', 'false']).optional().transform((v) => v === 'true');

export const MatchQuery = z.object({
  radiusKm: z.coerce.number().positive().max(20_000).optional(),
  smeOnly: booleanFlag,
  clusterOnly: booleanFlag,
  region: listParam,
  limit: z.coerce.number().int().min(1).max(200).default(20),
});

export const ScoreComponent = z.object({
  key: z.enum(['product', 'proximity', 'capacity', 'sme', 'sameCluster', 'pastLinks']), labelRu: z.string(), labelEn: z.string(),
  value: z.number(), weight: z.number(), points: z.number(),
});

export const MatchScore = z
  .object({
    total: z.number(), components: z.array(ScoreComponent),
    product: z.object({ needCode: z.string(), offerCode: z.string(), commonPrefix: z.string(), sharedDigits: z.number().int(), score: z.number() }),
    distanceKm: nullableNumber, coverage: nullableNumber, sameCluster: z.boolean(), pastLinkYears: z.number().int(),
    explanationRu: z.string(), explanationEn: z.string(),
  })
  .meta({ id: 'MatchScore' });

export const SupplierMatch = z.object({ rank: z.number().int(), capability: Capability, score: MatchScore }).meta({ id: 'SupplierMatch' });
export const NeedMatch = z.object({ rank: z.number().int(), need: Need, score: MatchScore }).meta({ id: 'NeedMatch' });

/** How many candidates the database prefilter handed to scoring: shows the ranking is exhaustive, not sampled. */
export const MatchStats = z.object({ candidatesScored: z.number().int(), matched: z.number().int() });
export const SupplierRanking = z.object({ need: Need, items: z.array(SupplierMatch), stats: MatchStats });
export const NeedRanking = z.object({ capability: Capability, items: z.array(NeedMatch), stats: MatchStats });

export const UpsertCounts = z.object({ created: z.number().int(), updated: z.number().int(), unchanged: z.number().int(), ids: z.array(z.number().int()) });

export const LocalSupplier = z.object({
  organisationId: z.number().int(), inn: z.string(), name: z.string(), regionCode: z.string(), smeCategory: z.string(),
  okpd2: z.array(z.string()), score: MatchScore,
});

export const ValueChainGap = z
  .object({
    okpd2: z.string(), product: z.string().nullable(), year: z.number().int().nullable(), boughtTotal: z.number(), boughtOutside: z.number(),
    boughtOutOfRegion: z.number(), outsideShare: z.number(), outsideSuppliers: z.number().int(), buyers: z.number().int(),
    importReplacementVolume: z.number(), importReplacementNeeds: z.number().int(), candidates: z.array(LocalSupplier),
  })
  .meta({ id: 'ValueChainGap' });

export const ValueChainGaps = z.object({
  clusterId: z.number().int(), clusterName: z.string(), regions: z.array(z.string()),
  imports: z.object({ year: z.number().int().nullable(), imported: z.number(), intermediateTotal: z.number(), importShare: nullableNumber }),
  gaps: z.array(ValueChainGap),
});

export const InvestorChainQuery = z.object({ region: regionCode, limit: z.coerce.number().int().min(1).max(100).default(15) });

export const InvestorChain = z
  .object({
    rank: z.number().int(), inputClass: z.string(), inputName: z.string().nullable(), buyerIndustry: z.string(), buyerIndustryName: z.string().nullable(),
    year: z.number().int(), total: z.number(), fromOutside: z.number(), outsideShare: z.number(), buyers: z.number().int(),
    localSuppliers: z.number().int(), outsideSuppliers: z.number().int(), openNeeds: z.number().int(), openNeedsVolume: z.number(),
    importReplacingNeeds: z.number().int(), opportunity: z.number(), topProducts: z.array(z.string()), reasonRu: z.string(), reasonEn: z.string(),
  })
  .meta({ id: 'InvestorChain' });

export const InvestorChains = z.object({ region: z.string(), items: z.array(InvestorChain) });

export const ContactRequestBody = z.object({
  needId: z.number().int().positive(), capabilityId: z.number().int().positive(),
  /** Which side asks: the need's buyer or the capability's supplier. */
  fromOrganisationId: z.number().int().positive(), message: z.string().max(4000).optional(),
});

export const ContactRequest = z
  .object({
    id: z.number().int(), needId: z.number().int(), capabilityId: z.number().int(), fromOrganisationId: z.number().int(), fromName: z.string(),
    toOrganisationId: z.number().int(), toName: z.string(), status: z.enum(['requested', 'accepted', 'declined']), message: z.string(),
    needOkpd2: z.array(z.string()), capabilityOkpd2: z.array(z.string()), createdAt: z.string(), decidedAt: z.string().nullable(), linkId: z.number().int().nullable(),
  })
  .meta({ id: 'ContactRequest' });

export const ContactRequestQuery = z.object({ organisation: z.coerce.number().int().positive().optional() });

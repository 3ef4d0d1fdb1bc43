/** An organisation as the analytics see it: plain data, mapped from database rows by the caller. */
export interface AnalyticsOrganisation {
  /** INN or any stable id. */
  id: string;
  /** Main OKVED2 code, e.g. "25.62" (any depth; the caller chooses the level). */
  okved: string;
  /** Region code (ОКАТО/subject code as used in the registry). */
  region: string;
  /** OKTMO of the municipality, when known. */
  oktmo?: string | null;
  lat?: number | null;
  lon?: number | null;
  headcount?: number | null;
  /** Revenue in roubles. */
  revenue?: number | null;
  /** Small or medium enterprise (209-FZ). */
  sme?: boolean;
  /** An industrial enterprise in the sense of the registry rules. */
  industrial?: boolean;
}

/** A supplier → buyer link with its annual volume (roubles). */
export interface AnalyticsLink {
  supplier: string;
  buyer: string;
  volume: number;
}

/** Employment (or revenue) of one industry in one territory. */
export interface TerritoryIndustryValue {
  territory: string;
  industry: string;
  value: number;
}

/** National (reference) total of one industry, as the statistics office publishes it. */
export interface IndustryValue {
  industry: string;
  value: number;
}

/** A cluster already in the registry, by the ids of its participants. */
export interface RegisteredCluster {
  code: string;
  name: string;
  members: string[];
}

/**
 * One imported reference total: a territory's headcount and revenue in one OKVED class or group (or, at level
 * 'total', over all industries, with industry '') in one year. Territory '00' is the whole country.
 */
export interface ReferenceTotalInput {
  territory: string;
  level: 'total' | 'class' | 'group';
  industry: string;
  year: number;
  headcount: number | null;
  revenue: number | null;
  source: string;
}

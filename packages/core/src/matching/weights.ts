/**
 * Weights of the match score (ANALYTICS.md §4). They sum to 1, so a score is a share of a perfect match.
 * The product match dominates: a close neighbour that makes something else is no supplier. Proximity and
 * capacity come next (logistics and whether the supplier can deliver the volume at all); SME status,
 * the same cluster and past links are tie-breakers that the cluster policy wants to favour.
 */
export const MATCH_WEIGHTS = {
  product: 0.4,
  proximity: 0.2,
  capacity: 0.15,
  sme: 0.1,
  sameCluster: 0.1,
  pastLinks: 0.05,
} as const;

export type MatchComponentKey = keyof typeof MATCH_WEIGHTS;

export const MATCH_COMPONENT_LABELS: Record<MatchComponentKey, { ru: string; en: string }> = {
  product: { ru: 'Совпадение продукции (глубина общего кода ОКПД2)', en: 'Product match (depth of the common OKPD2 code)' },
  proximity: { ru: 'Близость', en: 'Proximity' },
  capacity: { ru: 'Мощность против объёма', en: 'Capacity against volume' },
  sme: { ru: 'Субъект МСП', en: 'SME status' },
  sameCluster: { ru: 'Один кластер', en: 'Same cluster' },
  pastLinks: { ru: 'Прошлые поставки', en: 'Past links' },
};

/** When capacity or volume is not stated, coverage is unknown: half marks, neither rewarded nor ruled out. */
export const UNKNOWN_CAPACITY_SCORE = 0.5;
/** Years of past supplies between the two sides that earn the full past-links component. */
export const PAST_LINK_YEARS_FOR_FULL_SCORE = 3;

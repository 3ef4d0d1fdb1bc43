import type { MatchScore as CoreScore } from '@klaster/core/matching/index.ts';

/** The score as the API returns it: the core components plus the relation facts and a sentence for people. */
export interface ExplainedScore extends CoreScore {
  sameCluster: boolean;
  pastLinkYears: number;
  explanationRu: string;
  explanationEn: string;
}

const km = (d: number | null, ru: boolean) => (d == null ? (ru ? 'расстояние неизвестно' : 'distance unknown') : `${Math.round(d)} ${ru ? 'км' : 'km'}`);

function coverageText(coverage: number | null, ru: boolean): string {
  if (coverage == null) return ru ? 'мощность или объём не указаны' : 'capacity or volume not stated';
  const pct = Math.round(coverage * 100);
  return ru ? `мощность покрывает ${pct}% объёма` : `capacity covers ${pct}% of the volume`;
}

/** One line per match: why it ranks where it does, in the order of the components. */
export function explainScore(score: CoreScore, relation: { sameCluster: boolean; pastLinkYears: number }, isSme: boolean): ExplainedScore {
  const p = score.product;
  const ru = [
    p.score === 1 ? `ОКПД2 ${p.needCode} совпадает полностью` : `общий код ОКПД2 ${p.commonPrefix} (нужно ${p.needCode}, предлагается ${p.offerCode})`,
    km(score.distanceKm, true), coverageText(score.coverage, true), isSme ? 'МСП' : 'не МСП',
    relation.sameCluster ? 'в одном кластере' : null,
    relation.pastLinkYears ? `поставки в прошлом: лет — ${relation.pastLinkYears}` : null,
  ];
  const en = [
    p.score === 1 ? `OKPD2 ${p.needCode} matches in full` : `common OKPD2 ${p.commonPrefix} (need ${p.needCode}, offer ${p.offerCode})`,
    km(score.distanceKm, false), coverageText(score.coverage, false), isSme ? 'SME' : 'not an SME',
    relation.sameCluster ? 'same cluster' : null,
    relation.pastLinkYears ? `past supplies in ${relation.pastLinkYears} year(s)` : null,
  ];
  return {
    ...score, ...relation,
    explanationRu: ru.filter(Boolean).join('; '),
    explanationEn: en.filter(Boolean).join('; '),
  };
}

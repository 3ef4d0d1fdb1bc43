import { rankMatches, type MatchPair } from '@klaster/core/matching/index.ts';
import {
  clusterImportNeeds, clusterImports, clusterInputs, getCluster, localSmeSuppliers,
  type ClusterInputRow, type LocalSupplierRow, type Sql,
} from '@klaster/db';
import { notFound } from '../services/app-error.ts';
import { explainScore, type ExplainedScore } from './explain.ts';

export interface GapCandidate {
  organisationId: number;
  inn: string;
  name: string;
  regionCode: string;
  smeCategory: string;
  okpd2: string[];
  score: ExplainedScore;
}

export interface ValueChainGap {
  okpd2: string;
  product: string | null;
  year: number | null;
  boughtTotal: number;
  boughtOutside: number;
  boughtOutOfRegion: number;
  outsideShare: number;
  outsideSuppliers: number;
  buyers: number;
  importReplacementVolume: number;
  importReplacementNeeds: number;
  candidates: GapCandidate[];
}

const round4 = (x: number) => Math.round(x * 1e4) / 1e4;

function centreOf(points: { lat: number | null; lon: number | null }[]): { lat: number | null; lon: number | null } {
  const located = points.filter((p) => p.lat != null && p.lon != null);
  if (!located.length) return { lat: null, lon: null };
  return { lat: located.reduce((s, p) => s + p.lat!, 0) / located.length, lon: located.reduce((s, p) => s + p.lon!, 0) / located.length };
}

/** Local SMEs that could supply one gap, scored as if the gap were a need delivered to the cluster's centre. */
function candidatesFor(gap: ValueChainGap, locals: LocalSupplierRow[], centre: { lat: number | null; lon: number | null }, limit: number): GapCandidate[] {
  const need = { okpd2: [gap.okpd2], volume: gap.boughtOutside + gap.importReplacementVolume || null, ...centre };
  const pairs = locals.map((o): MatchPair<LocalSupplierRow> => ({
    need, offer: { okpd2: o.okpd2, capacity: o.capacity, lat: o.lat, lon: o.lon, isSme: true },
    relation: { sameCluster: false, pastLinkYears: o.pastLinkYears }, regionCode: o.regionCode, id: o.id, item: o,
  }));
  return rankMatches(pairs, {}, limit).map((r) => ({
    organisationId: r.item.id, inn: r.item.inn, name: r.item.name, regionCode: r.item.regionCode, smeCategory: r.item.smeCategory,
    okpd2: r.item.okpd2, score: explainScore(r.score, { sameCluster: false, pastLinkYears: r.item.pastLinkYears }, true),
  }));
}

function gapFromInput(row: ClusterInputRow): ValueChainGap {
  return {
    okpd2: row.okpd2, product: row.product, year: row.year, boughtTotal: row.total, boughtOutside: row.outside, boughtOutOfRegion: row.outOfRegion,
    outsideShare: row.total > 0 ? round4(row.outside / row.total) : 0, outsideSuppliers: row.outsideSuppliers, buyers: row.buyers,
    importReplacementVolume: 0, importReplacementNeeds: 0, candidates: [],
  };
}

const emptyGap = (okpd2: string): ValueChainGap => ({
  okpd2, product: null, year: null, boughtTotal: 0, boughtOutside: 0, boughtOutOfRegion: 0, outsideShare: 0, outsideSuppliers: 0, buyers: 0,
  importReplacementVolume: 0, importReplacementNeeds: 0, candidates: [],
});

/**
 * The inputs a cluster's participants buy outside the cluster (latest year of their links) or want to stop
 * importing (open needs marked as import replacement), largest first, each with the local SMEs outside
 * the cluster that could supply it, ranked by the matchmaking score.
 */
export async function valueChainGaps(db: Sql, clusterId: number, candidatesPerGap = 5) {
  const cluster = await getCluster(db, clusterId);
  if (!cluster) throw notFound('Кластер', 'Cluster', clusterId);
  const [inputs, importNeeds, imports, locals] = await Promise.all([
    clusterInputs(db, clusterId), clusterImportNeeds(db, clusterId), clusterImports(db, clusterId), localSmeSuppliers(db, clusterId),
  ]);
  const gaps = new Map(inputs.filter((r) => r.outside > 0).map((r) => [r.okpd2, gapFromInput(r)]));
  for (const n of importNeeds) {
    const gap = gaps.get(n.okpd2) ?? emptyGap(n.okpd2);
    gap.importReplacementVolume += n.volume;
    gap.importReplacementNeeds += n.needs;
    gaps.set(n.okpd2, gap);
  }
  const centre = centreOf(cluster.participantsDetailed.filter((p) => !p.leftOn));
  const ranked = [...gaps.values()].sort((a, b) => b.boughtOutside + b.importReplacementVolume - (a.boughtOutside + a.importReplacementVolume) || a.okpd2.localeCompare(b.okpd2));
  for (const gap of ranked) gap.candidates = candidatesFor(gap, locals, centre, candidatesPerGap);
  return {
    clusterId: cluster.id, clusterName: cluster.name, regions: cluster.regions,
    imports: { ...imports, importShare: imports.intermediateTotal > 0 ? round4(imports.imported / imports.intermediateTotal) : null },
    gaps: ranked,
  };
}

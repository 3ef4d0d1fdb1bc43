import type { DemoDataset } from './types.ts';

/** One organisation's intermediate purchases in one year (roubles), as the purchases table stores them. */
export interface DemoPurchase {
  inn: string;
  year: number;
  intermediateTotal: number;
  imported: number;
  source: 'demo';
}

/**
 * What each demo cluster's purchases are designed to show (shares of the participants' intermediate
 * purchases in a year): functional dependence = supplies between participants / all purchases, and
 * the imported part. Thresholds of pp779@2021-11-16 are 20% and 50%; the targets stay well away from them.
 */
interface ClusterDesign {
  dependence: number;
  importShare: number;
}

const CLUSTER_DESIGNS: Record<string, ClusterDesign> = {
  // in the registry: passes both
  'kaluga-pharma': { dependence: 0.26, importShare: 0.31 },
  // an initiative without a specialised organisation: the figures themselves pass
  'kaluga-auto': { dependence: 0.3, importShare: 0.44 },
  // a candidate without a specialised organisation and one shipyard short of ten; its members already buy
  // far more outside the group than the target allows, so recorded links alone set its dependence (≈10%)
  'astrakhan-shipbuilding': { dependence: 0.27, importShare: 0.36 },
  // Biysk: one cluster buys too little from its own members, the other imports too much
  'altai-biopharma': { dependence: 0.15, importShare: 0.38 },
  'altai-polymer-composite': { dependence: 0.28, importShare: 0.57 },
  'komi-woodworking': { dependence: 0.24, importShare: 0.22 },
};

/** Enterprises outside the designed clusters: a quarter of revenue bought in, a third of it imported. */
const OUTSIDE_REVENUE_SHARE = 0.25;
const OUTSIDE_IMPORT_SHARE = 0.33;

const toThousands = (roubles: number) => Math.round(roubles / 1000) * 1000;

type Organisation = DemoDataset['organisations'][number];

function revenueIn(org: Organisation, year: number): number {
  const years = org.years ?? [];
  const exact = years.find((y) => y.year === year)?.revenue;
  return exact ?? years[years.length - 1]?.revenue ?? 0;
}

/** Σ link volume per buyer and year: what the registry already knows each enterprise bought. */
function recordedPurchases(demo: DemoDataset): Map<string, number> {
  const sums = new Map<string, number>();
  for (const link of demo.links) {
    if (link.supplierInn === link.buyerInn) continue;
    const key = `${link.buyerInn}|${link.year}`;
    sums.set(key, (sums.get(key) ?? 0) + link.volume);
  }
  return sums;
}

function linkYears(demo: DemoDataset): number[] {
  return [...new Set(demo.links.map((l) => l.year))].sort((a, b) => a - b);
}

/**
 * Intermediate purchases of every industrial demo enterprise for every year with links. A cluster's
 * industrial participants share the purchases the registry does not record in proportion to revenue, so
 * the cluster's dependence and import shares land on its design; each total still exceeds what the
 * enterprise is recorded as buying. Deterministic: the same data set gives the same rows.
 */
export function generateDemoPurchases(demo: DemoDataset): DemoPurchase[] {
  const orgs = new Map(demo.organisations.map((o) => [o.inn, o]));
  const recorded = recordedPurchases(demo);
  const years = linkYears(demo);
  const rows = new Map<string, DemoPurchase>();
  for (const cluster of demo.clusters) {
    const design = CLUSTER_DESIGNS[cluster.code];
    if (!design) continue;
    const members = cluster.participants.map((p) => orgs.get(p.inn)).filter((o): o is Organisation => o?.kind === 'industrial');
    for (const year of years) {
      for (const row of clusterYear(members, cluster.participants.map((p) => p.inn), design, year, demo, recorded)) {
        rows.set(`${row.inn}|${year}`, rows.get(`${row.inn}|${year}`) ?? row);
      }
    }
  }
  for (const org of demo.organisations) {
    if (org.kind !== 'industrial') continue;
    for (const year of years) if (!rows.has(`${org.inn}|${year}`)) rows.set(`${org.inn}|${year}`, outsideRow(org, year, recorded));
  }
  return [...rows.values()].sort((a, b) => a.inn.localeCompare(b.inn) || a.year - b.year);
}

function inClusterSupplies(demo: DemoDataset, inns: readonly string[], year: number): number {
  const members = new Set(inns);
  let sum = 0;
  for (const l of demo.links) if (l.year === year && l.supplierInn !== l.buyerInn && members.has(l.supplierInn) && members.has(l.buyerInn)) sum += l.volume;
  return sum;
}

function clusterYear(members: Organisation[], inns: readonly string[], design: ClusterDesign, year: number, demo: DemoDataset, recorded: Map<string, number>): DemoPurchase[] {
  const target = inClusterSupplies(demo, inns, year) / design.dependence;
  const known = members.map((o) => recorded.get(`${o.inn}|${year}`) ?? 0);
  const unrecorded = Math.max(0, target - known.reduce((s, v) => s + v, 0));
  // A member with no revenue on record still buys something: weight it as 1 so nobody's total is zero.
  const weights = members.map((o) => Math.max(1, revenueIn(o, year)));
  const weightSum = weights.reduce((s, w) => s + w, 0);
  return members.map((org, i) => {
    const intermediateTotal = toThousands(known[i]! + (unrecorded * weights[i]!) / weightSum);
    return { inn: org.inn, year, intermediateTotal, imported: toThousands(intermediateTotal * design.importShare), source: 'demo' };
  });
}

function outsideRow(org: Organisation, year: number, recorded: Map<string, number>): DemoPurchase {
  const intermediateTotal = toThousands(Math.max(recorded.get(`${org.inn}|${year}`) ?? 0, revenueIn(org, year) * OUTSIDE_REVENUE_SHARE));
  return { inn: org.inn, year, intermediateTotal, imported: toThousands(intermediateTotal * OUTSIDE_IMPORT_SHARE), source: 'demo' };
}

import { deriveSmeCategory } from '@klaster/core';
import type { CapabilityInput, NeedInput } from '@klaster/core/matching/index.ts';
import type { DemoDataset } from './types.ts';

/** Regions whose stories are about SMEs entering large enterprises' chains: Astrakhan (3) and Komi (5). */
const MATCHMAKING_REGIONS = new Set(['30', '11']);
/** A supplier can take on about a third of its yearly revenue as new orders. */
const CAPACITY_SHARE_OF_REVENUE = 0.3;
const DEADLINE = '2026-06-30';

interface NeedTemplate {
  okpd2: string;
  description: string;
  volume: number;
  replacesImport: boolean;
}

/** What the four Astrakhan yards look for; each need is met in full by one of the SMEs around them. */
const SHIPYARD_NEEDS: NeedTemplate[][] = [
  [{ okpd2: '25.62.20', description: 'Детали механической обработки для судовых валопроводов', volume: 40_000_000, replacesImport: true },
    { okpd2: '33.15.10', description: 'Ремонт и докование судов вспомогательного флота', volume: 25_000_000, replacesImport: false }],
  [{ okpd2: '28.11.11', description: 'Двигатели судовые вспомогательные', volume: 60_000_000, replacesImport: true }],
  [{ okpd2: '27.11.10', description: 'Электродвигатели для палубных механизмов', volume: 18_000_000, replacesImport: true }],
  [{ okpd2: '20.30.12', description: 'Краски и лаки для окраски корпусов', volume: 12_000_000, replacesImport: false }],
];

/** What the Komi oil-and-gas companies look for. */
const OIL_NEEDS: NeedTemplate[][] = [
  [{ okpd2: '28.92.12', description: 'Оборудование буровое и запасные части к нему', volume: 90_000_000, replacesImport: true }],
  [{ okpd2: '25.62.20', description: 'Детали механической обработки для насосного оборудования', volume: 30_000_000, replacesImport: true }],
  [{ okpd2: '27.11.10', description: 'Электродвигатели для станков-качалок', volume: 20_000_000, replacesImport: false }],
  [{ okpd2: '33.15.10', description: 'Ремонт и обслуживание речных судов снабжения на Печоре', volume: 15_000_000, replacesImport: false }],
];

type Organisation = DemoDataset['organisations'][number];

function groupMembers(demo: DemoDataset, key: string, okved: readonly string[]): Organisation[] {
  const byInn = new Map(demo.organisations.map((o) => [o.inn, o]));
  const inns = demo.plantedGroups.find((g) => g.key === key)?.inns ?? [];
  return inns.map((inn) => byInn.get(inn)!).filter((o) => okved.includes(o.okvedMain)).sort((a, b) => a.inn.localeCompare(b.inn));
}

function needsOf(buyers: Organisation[], templates: NeedTemplate[][]): NeedInput[] {
  return buyers.flatMap((buyer, i) => (templates[i] ?? []).map((t) => ({
    buyerInn: buyer.inn, okpd2: [t.okpd2], description: t.description, volume: t.volume, unit: 'руб.', deliveryRegion: buyer.regionCode,
    deadline: DEADLINE, replacesImport: t.replacesImport, status: 'open' as const, isDemo: true,
  })));
}

function latestYear(o: Organisation) {
  return [...(o.years ?? [])].sort((a, b) => a.year - b.year).at(-1);
}

/** Every SME of the two regions that makes something declares it as a capability. */
function capabilitiesOf(demo: DemoDataset): CapabilityInput[] {
  return demo.organisations
    .filter((o) => MATCHMAKING_REGIONS.has(o.regionCode) && (o.products ?? []).length > 0)
    .filter((o) => {
      const y = latestYear(o);
      const category = deriveSmeCategory({ headcount: y?.headcount ?? null, revenue: y?.revenue ?? null, okvedMain: o.okvedMain });
      return category != null && category !== 'large';
    })
    .map((o) => {
      const revenue = latestYear(o)?.revenue;
      return {
        supplierInn: o.inn, okpd2: (o.products ?? []).map((p) => p.okpd2), description: (o.products ?? []).map((p) => p.name).filter(Boolean).join('; '),
        capacity: revenue ? Math.round((revenue * CAPACITY_SHARE_OF_REVENUE) / 1000) * 1000 : null, unit: 'руб.', isDemo: true,
      };
    });
}

/**
 * Demo needs and capabilities (deterministic: derived from the demo data set only). The Astrakhan yards'
 * and Komi oil companies' needs are chosen so that the SMEs in potentialSuppliers, which do not trade with
 * them yet, make exactly what is needed.
 */
export function generateDemoMatchmaking(demo: DemoDataset): { needs: NeedInput[]; capabilities: CapabilityInput[] } {
  const yards = groupMembers(demo, 'astrakhan-shipbuilding', ['30.1']);
  const oil = groupMembers(demo, 'komi-oilgas', ['06', '19.2']);
  return { needs: [...needsOf(yards, SHIPYARD_NEEDS), ...needsOf(oil, OIL_NEEDS)], capabilities: capabilitiesOf(demo) };
}

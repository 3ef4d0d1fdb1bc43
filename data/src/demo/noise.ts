import type { SmeCategory } from '@klaster/core';
import type { DemoBuilder } from './builder.ts';
import { placeAnywhereIn, placeInRegionCapital } from './geography.ts';
import type { LinkWeaver } from './links.ts';
import { makeSegments, type Segment } from './segments.ts';
import type { PlantedGroup } from './types.ts';

/** Pairs of planted groups whose industries trade in real life; same-region pairs trade more. */
const RELATED_GROUPS: [string, string, number][] = [
  ['biysk-biopharma', 'biysk-polymer', 3],
  ['biysk-biopharma', 'kaluga-pharma', 1],
  ['biysk-biopharma', 'nsk-medical', 1],
  ['biysk-polymer', 'kaluga-composite-rail', 1],
  ['kaluga-auto', 'kaluga-electronics', 3],
  ['kaluga-auto', 'kaluga-composite-rail', 3],
  ['kaluga-composite-rail', 'kaluga-electronics', 2],
  ['kaluga-pharma', 'kaluga-electronics', 1],
  ['astrakhan-shipbuilding', 'nsk-machinery', 1],
  ['astrakhan-shipbuilding', 'nsk-electrotech', 1],
  ['nsk-electrotech', 'nsk-machinery', 3],
  ['nsk-electrotech', 'nsk-digital', 3],
  ['nsk-chemical', 'nsk-medical', 2],
  ['nsk-machinery', 'nsk-digital', 2],
  ['nsk-chemical', 'nsk-machinery', 2],
  ['komi-oilgas', 'nsk-machinery', 1],
  ['komi-oilgas', 'komi-wood', 2],
];

/**
 * Links between different planted groups until they make `share` of all links: the noise that keeps
 * discovery honest (a perfect partition would be visible by eye).
 */
export function addCrossGroupNoise(b: DemoBuilder, weaver: LinkWeaver, groups: PlantedGroup[], share: number): void {
  const byKey = new Map(groups.map((g) => [g.key, g.inns]));
  const groupOf = new Map(groups.flatMap((g) => g.inns.map((inn) => [inn, g.key] as const)));
  const isCross = (i: number): boolean => {
    const link = b.links[i]!;
    const a = groupOf.get(link.supplierInn);
    const c = groupOf.get(link.buyerInn);
    return a !== undefined && c !== undefined && a !== c;
  };
  let cross = b.links.filter((_, i) => isCross(i)).length;
  while (cross < share * b.links.length) {
    const [keyA, keyB] = b.rng.pickWeighted(RELATED_GROUPS, RELATED_GROUPS.map((r) => r[2]));
    const a = b.rng.pick(byKey.get(keyA)!);
    const c = b.rng.pick(byKey.get(keyB)!);
    const before = b.links.length;
    if (b.rng.chance(0.5)) weaver.relationship(a, c);
    else weaver.relationship(c, a);
    cross += b.links.length - before;
  }
}

interface PartnerPlan {
  region: string;
  segment: Segment;
  /** Planted groups the partner trades with. */
  groups: string[];
}

const PARTNERS: PartnerPlan[] = [
  { region: '77', segment: { okved: '21.2', theme: 'pharma', tier: 0, sizes: ['large'] }, groups: ['kaluga-pharma', 'biysk-biopharma', 'nsk-medical'] },
  { region: '77', segment: { okved: '26.2', theme: 'digital', tier: 0, sizes: ['large'] }, groups: ['kaluga-electronics', 'nsk-digital'] },
  { region: '77', segment: { okved: '29.3', theme: 'auto', tier: 1, sizes: ['medium'] }, groups: ['kaluga-auto'] },
  { region: '77', segment: { okved: '71', theme: 'engineering', tier: 2, sizes: ['small'], kind: 'other' }, groups: ['nsk-machinery', 'komi-oilgas'] },
  { region: '78', segment: { okved: '30.1', theme: 'shipbuilding', tier: 0, sizes: ['large'] }, groups: ['astrakhan-shipbuilding'] },
  { region: '78', segment: { okved: '28.1', theme: 'engines', tier: 1, sizes: ['medium'] }, groups: ['astrakhan-shipbuilding', 'nsk-machinery'] },
  { region: '78', segment: { okved: '27.1', theme: 'electrotech', tier: 1, sizes: ['medium'] }, groups: ['nsk-electrotech', 'kaluga-electronics'] },
  { region: '78', segment: { okved: '26.3', theme: 'digital', tier: 1, sizes: ['small'] }, groups: ['nsk-digital'] },
  { region: '47', segment: { okved: '16.2', theme: 'wood', tier: 1, sizes: ['medium'] }, groups: ['komi-wood'] },
  { region: '47', segment: { okved: '22.2', theme: 'composite', tier: 1, sizes: ['small'] }, groups: ['kaluga-auto', 'biysk-polymer'] },
  { region: '47', segment: { okved: '25.1', theme: 'metal', tier: 1, sizes: ['small'] }, groups: ['astrakhan-shipbuilding'] },
  { region: '23', segment: { okved: '10.8', theme: 'food', tier: 0, sizes: ['medium'] }, groups: ['biysk-biopharma'] },
  { region: '23', segment: { okved: '30.1', theme: 'shipbuilding', tier: 0, sizes: ['medium'] }, groups: ['astrakhan-shipbuilding'] },
  { region: '23', segment: { okved: '20.3', theme: 'paints', tier: 2, sizes: ['small'] }, groups: ['astrakhan-shipbuilding', 'nsk-chemical'] },
];

/** Enterprises in Moscow, St Petersburg, Leningrad and Krasnodar regions trading with the groups. */
export function addInterRegionalPartners(b: DemoBuilder, weaver: LinkWeaver, groups: PlantedGroup[]): string[] {
  const byKey = new Map(groups.map((g) => [g.key, g.inns]));
  const partners: string[] = [];
  for (const plan of PARTNERS) {
    const [partner] = makeSegments(b, [plan.segment], () => placeInRegionCapital(b.rng, plan.region)).members;
    partners.push(partner!.inn);
    for (let n = b.rng.int(3, 6); n > 0; n--) {
      const member = b.rng.pick(byKey.get(b.rng.pick(plan.groups))!);
      if (plan.segment.tier === 0) weaver.relationship(member, partner!.inn);
      else weaver.relationship(partner!.inn, member);
    }
  }
  return partners;
}

const BACKGROUND: Segment[] = [
  { okved: '10.1', theme: 'meat', tier: 1, sizes: [] },
  { okved: '10.7', theme: 'bakery', tier: 1, sizes: [] },
  { okved: '11.0', theme: 'beverages', tier: 1, sizes: [] },
  { okved: '23.6', theme: 'concrete', tier: 1, sizes: [] },
  { okved: '18.1', theme: 'printing', tier: 1, sizes: [] },
  { okved: '35', theme: 'energy', tier: 1, sizes: [] },
  { okved: '38', theme: 'recycling', tier: 1, sizes: [] },
  { okved: '41', theme: 'construction', tier: 1, sizes: [], kind: 'other' },
  { okved: '46', theme: 'trade', tier: 1, sizes: [], kind: 'other' },
  { okved: '49', theme: 'transport', tier: 1, sizes: [], kind: 'other' },
  { okved: '01', theme: 'agro', tier: 1, sizes: [], kind: 'other' },
];
const BACKGROUND_SIZES: SmeCategory[] = ['micro', 'micro', 'small', 'small', 'small', 'medium', 'large'];

/**
 * Enterprises outside every planted group (food, building materials, transport, trade…), a sparse web
 * among them and a few links into the groups; `attach` lists organisations (the potential suppliers)
 * that should trade only with this background.
 */
export function addBackground(b: DemoBuilder, weaver: LinkWeaver, region: string, count: number, plantedInns: string[], attach: string[]): void {
  const segments = Array.from({ length: count }, (_, i) => ({ ...BACKGROUND[i % BACKGROUND.length]!, sizes: [b.rng.pick(BACKGROUND_SIZES)], entrepreneurs: i % 7 === 0 ? 1 : 0 }));
  const background = makeSegments(b, segments, () => placeAnywhereIn(b.rng, region)).members.map((m) => m.inn);
  const regional = plantedInns.filter((inn) => b.get(inn).regionCode === region);
  for (const inn of background) {
    for (let n = b.rng.int(1, 4); n > 0; n--) {
      const other = regional.length > 0 && b.rng.chance(0.3) ? b.rng.pick(regional) : b.rng.pick(background);
      if (b.rng.chance(0.5)) weaver.relationship(inn, other);
      else weaver.relationship(other, inn);
    }
  }
  for (const inn of attach) {
    for (let n = b.rng.int(1, 2); n > 0; n--) weaver.relationship(inn, b.rng.pick(background));
  }
}

import { LINK_SOURCES, type LinkSource } from '@klaster/core';
import type { DemoBuilder } from './builder.ts';

/** How visible a member's links are: real data always misses some (ANALYTICS.md "Missing links"). */
export type LinkAvailability = 'normal' | 'weak' | 'none';

export interface GroupMember {
  inn: string;
  /** 0 = final assembler / anchor, 1 = first-tier supplier, 2 = materials and services. */
  tier: number;
  availability?: LinkAvailability;
}

const MIN_VOLUME = 1_000_000;
const MAX_VOLUME = 500_000_000;
const START_YEARS = [2023, 2024, 2025] as const;
const SOURCE_WEIGHTS = [0.5, 0.35, 0.15];

/** Adds supplier → buyer relationships as one link per year, never two relationships for one pair. */
export class LinkWeaver {
  private readonly pairs = new Set<string>();

  constructor(private readonly builder: DemoBuilder) {}

  /** Returns false when the pair already trades (in either direction) or is one organisation. */
  relationship(supplierInn: string, buyerInn: string): boolean {
    if (supplierInn === buyerInn || this.linked(supplierInn, buyerInn)) return false;
    this.pairs.add(pairKey(supplierInn, buyerInn));
    const { rng } = this.builder;
    const supplier = this.builder.get(supplierInn);
    const product = supplier.products && supplier.products.length > 0 ? rng.pick(supplier.products) : null;
    const source: LinkSource = rng.pickWeighted(LINK_SOURCES, SOURCE_WEIGHTS);
    const startYear = rng.pickWeighted(START_YEARS, [0.6, 0.25, 0.15]);
    const endYear = startYear < 2025 && rng.chance(0.1) ? 2024 : 2025;
    const base = rng.logNormal(this.medianVolume(buyerInn), 1.1, MIN_VOLUME, MAX_VOLUME);
    for (let year = startYear; year <= endYear; year++) {
      const volume = Math.min(MAX_VOLUME, Math.max(MIN_VOLUME, base * rng.between(0.8, 1.25)));
      this.builder.addLink({
        supplierInn,
        buyerInn,
        okpd2: product?.okpd2 ?? null,
        product: product?.name ?? null,
        year,
        volume: Math.round(volume / 1000) * 1000,
        source,
      });
    }
    return true;
  }

  linked(a: string, b: string): boolean {
    return this.pairs.has(pairKey(a, b));
  }

  /**
   * A dense supply web inside one group: each normal member gets 3–8 partners, weak members exactly
   * one, members marked 'none' nothing inside the group. Lower tiers buy from higher ones.
   */
  weaveGroup(members: GroupMember[], minPartners = 3, maxPartners = 8): void {
    const { rng } = this.builder;
    const degree = new Map(members.map((m) => [m.inn, 0]));
    const target = new Map(members.map((m) => [m.inn, targetDegree(m, () => rng.int(minPartners, maxPartners))]));
    const capacity = (m: GroupMember): number => (availabilityOf(m) === 'normal' ? maxPartners : target.get(m.inn)!);
    for (const member of rng.shuffle(members)) {
      while (degree.get(member.inn)! < target.get(member.inn)!) {
        const candidates = members.filter(
          (other) => other.inn !== member.inn && degree.get(other.inn)! < capacity(other) && !this.linked(member.inn, other.inn),
        );
        const eligible = availabilityOf(member) === 'weak' ? candidates.filter((c) => availabilityOf(c) === 'normal') : candidates;
        if (eligible.length === 0) break;
        const partner = rng.pickWeighted(eligible, eligible.map((c) => partnerWeight(member, c)));
        const [supplier, buyer] = orient(member, partner, () => rng.chance(0.5));
        this.relationship(supplier.inn, buyer.inn);
        degree.set(member.inn, degree.get(member.inn)! + 1);
        degree.set(partner.inn, degree.get(partner.inn)! + 1);
      }
    }
  }

  /** Median annual volume by the buyer's size: anchors buy more. */
  private medianVolume(buyerInn: string): number {
    const years = this.builder.get(buyerInn).years ?? [];
    const headcount = years[years.length - 1]?.headcount ?? 50;
    if (headcount > 500) return 60_000_000;
    if (headcount > 100) return 15_000_000;
    return 4_000_000;
  }
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

function availabilityOf(member: GroupMember): LinkAvailability {
  return member.availability ?? 'normal';
}

function targetDegree(member: GroupMember, normal: () => number): number {
  const availability = availabilityOf(member);
  if (availability === 'none') return 0;
  return availability === 'weak' ? 1 : normal();
}

/** Suppliers favour anchors and the next tier down, as real supply chains do. */
function partnerWeight(member: GroupMember, candidate: GroupMember): number {
  if (candidate.tier === 0) return 3;
  return Math.abs(candidate.tier - member.tier) === 1 ? 2 : 1;
}

/** The higher tier supplies the lower; equal tiers trade in either direction. */
function orient(a: GroupMember, b: GroupMember, coin: () => boolean): [GroupMember, GroupMember] {
  if (a.tier !== b.tier) return a.tier > b.tier ? [a, b] : [b, a];
  return coin() ? [a, b] : [b, a];
}

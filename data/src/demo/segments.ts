import type { OrganisationInput, OrganisationKind, SmeCategory } from '@klaster/core';
import type { DemoBuilder } from './builder.ts';
import { placeInMunicipality, type Placement } from './geography.ts';
import type { GroupMember, LinkWeaver } from './links.ts';
import type { ThemeKey } from './names.ts';

/** A slice of an industry group: `sizes` lists one size per enterprise, in order. */
export interface Segment {
  okved: string;
  theme: ThemeKey;
  tier: number;
  sizes: SmeCategory[];
  okvedExtra?: string[];
  /** How many of the micro/small enterprises are individual entrepreneurs. */
  entrepreneurs?: number;
  kind?: OrganisationKind;
}

export interface MadeGroup {
  members: GroupMember[];
  organisations: OrganisationInput[];
}

/** Creates the enterprises of the segments, each placed by `place` (which decides the municipality). */
export function makeSegments(builder: DemoBuilder, segments: Segment[], place: () => Placement): MadeGroup {
  const made: MadeGroup = { members: [], organisations: [] };
  for (const segment of segments) {
    let entrepreneursLeft = segment.entrepreneurs ?? 0;
    for (const size of segment.sizes) {
      const entrepreneur = entrepreneursLeft > 0 && (size === 'micro' || size === 'small');
      if (entrepreneur) entrepreneursLeft--;
      const org = builder.enterprise({ place: place(), okved: segment.okved, okvedExtra: segment.okvedExtra, size, theme: segment.theme, entrepreneur, kind: segment.kind });
      made.organisations.push(org);
      made.members.push({ inn: org.inn, tier: size === 'large' && segment.tier > 0 ? segment.tier - 1 : segment.tier });
    }
  }
  return made;
}

/**
 * Marks some non-anchor members as weakly linked (one link) or unlinked inside the group: the gaps
 * discovery has to bridge by co-location and related industries.
 */
export function thinOut(builder: DemoBuilder, members: GroupMember[], weakCount: number, noneCount: number): GroupMember[] {
  const candidates = builder.rng.shuffle(members.filter((m) => m.tier > 0));
  const weak = new Set(candidates.slice(0, weakCount).map((m) => m.inn));
  const none = new Set(candidates.slice(weakCount, weakCount + noneCount).map((m) => m.inn));
  return members.map((m) => ({ ...m, availability: none.has(m.inn) ? 'none' : weak.has(m.inn) ? 'weak' : 'normal' }));
}

/** Picks a municipality by weight for each new enterprise. */
export function weightedPlaces(builder: DemoBuilder, places: [() => Placement, number][]): () => Placement {
  return () => builder.rng.pickWeighted(places.map((p) => p[0]), places.map((p) => p[1]))();
}

/** Shorthand: n copies of a size. */
export function times(n: number, size: SmeCategory): SmeCategory[] {
  return Array.from({ length: n }, () => size);
}

/** A placer for one municipality of a seed region (by a fragment of its name). */
export function placeAt(builder: DemoBuilder, regionCode: string, fragment: string): () => Placement {
  return () => placeInMunicipality(builder.rng, regionCode, fragment);
}

/** Makes an industry group, leaves a few members weakly linked or unlinked, and weaves its supply web. */
export function buildGroup(builder: DemoBuilder, weaver: LinkWeaver, segments: Segment[], place: () => Placement, weak: number, none: number): GroupMember[] {
  const made = makeSegments(builder, segments, place);
  const members = thinOut(builder, made.members, weak, none);
  weaver.weaveGroup(members);
  return members;
}

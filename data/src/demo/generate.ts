import { DemoBuilder } from './builder.ts';
import { LinkWeaver } from './links.ts';
import { addBackground, addCrossGroupNoise, addInterRegionalPartners } from './noise.ts';
import type { StoryResult } from './story.ts';
import { astrakhanStory } from './stories/astrakhan.ts';
import { biyskStory } from './stories/biysk.ts';
import { kalugaStory } from './stories/kaluga.ts';
import { komiStory } from './stories/komi.ts';
import { novosibirskStory } from './stories/novosibirsk.ts';
import type { DemoDataset, DemoOptions } from './types.ts';

export const DEFAULT_DEMO_SEED = 779;

/** Background enterprises per seed region: they dilute the groups as a real register would. */
const BACKGROUND_COUNTS: Record<string, number> = { '22': 26, '40': 22, '30': 22, '54': 34, '11': 22 };

/** Share of links that join two different planted groups (the task asks for 10–15%). */
const CROSS_GROUP_SHARE = 0.12;

/**
 * The demo data of the five stories of PRODUCT.md: organisations, links, clusters, and the planted
 * groups discovery should find. Deterministic for a seed; every record has isDemo: true.
 */
export function generateDemoData(options: DemoOptions = {}): DemoDataset {
  const builder = new DemoBuilder(options.seed ?? DEFAULT_DEMO_SEED);
  const weaver = new LinkWeaver(builder);
  const stories: StoryResult[] = [biyskStory, kalugaStory, astrakhanStory, novosibirskStory, komiStory].map((story) => story(builder, weaver));
  const plantedGroups = stories.flatMap((s) => s.plantedGroups);
  const potentialSuppliers = stories.flatMap((s) => s.potentialSuppliers);
  const plantedInns = plantedGroups.flatMap((g) => g.inns);

  addInterRegionalPartners(builder, weaver, plantedGroups);
  for (const [region, count] of Object.entries(BACKGROUND_COUNTS)) {
    const attach = potentialSuppliers.filter((p) => p.region === region).flatMap((p) => p.inns);
    addBackground(builder, weaver, region, count, plantedInns, attach);
  }
  addCrossGroupNoise(builder, weaver, plantedGroups, CROSS_GROUP_SHARE);

  return {
    organisations: builder.organisations,
    links: builder.links,
    clusters: stories.flatMap((s) => s.clusters),
    plantedGroups,
    potentialSuppliers,
  };
}

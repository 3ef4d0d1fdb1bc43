import { upsertCapabilities, upsertNeeds, type Sql } from '@klaster/db';
import type { DemoDataset } from '@klaster/data';
import { generateDemoMatchmaking } from '@klaster/data/demo/matchmaking.ts';

/** Writes the demo needs and capabilities; called by the demo loader inside its transaction, after organisations. */
export async function loadDemoMatchmaking(tx: Sql, demo: DemoDataset, actor: string): Promise<void> {
  const { needs, capabilities } = generateDemoMatchmaking(demo);
  await upsertCapabilities(tx, capabilities, actor);
  await upsertNeeds(tx, needs, actor);
}

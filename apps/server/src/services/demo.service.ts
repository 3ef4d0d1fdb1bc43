import type { Database } from '@klaster/db';
import { removeDemoExpertData, upsertCluster, upsertLinks, upsertOrganisations, upsertPurchases } from '@klaster/db';
import { generateDemoData } from '@klaster/data';
import { generateDemoPurchases } from '@klaster/data/demo/purchases.ts';
import { loadDemoMatchmaking } from '../matchmaking/demo-matchmaking.ts';
import { loadDemoLifecycle } from '../lifecycle/demo-lifecycle.ts';
import { createDemoAccounts, removeAccountsTiedToRegistry } from '../access/demo-accounts.ts';
import { loadDemoExpert } from '../expert/demo-expert.ts';

export const DEMO_ACTOR = 'demo-generator';

export interface DemoLoadResult {
  organisations: number;
  links: number;
  clusters: number;
}

/** Tables that hold registry content (not reference classifiers), emptied by a demo reset. */
const CONTENT_TABLES = ['agreement_parties', 'agreements', 'preferences', 'cluster_participants', 'clusters', 'links', 'history', 'import_runs', 'organisations'];

/**
 * Loads the demonstration data set (deterministic: the same seed gives the same data). With reset, the registry
 * is emptied first, in the same transaction, so a failed load leaves the previous content in place.
 */
export async function loadDemoData(db: Database, options: { reset?: boolean; seed?: number } = {}): Promise<DemoLoadResult> {
  const demo = generateDemoData({ seed: options.seed });
  await db.transaction(async (tx) => {
    if (options.reset) {
      await removeDemoExpertData(tx);
      await removeAccountsTiedToRegistry(tx);
      await tx.exec(`TRUNCATE ${CONTENT_TABLES.join(', ')} RESTART IDENTITY CASCADE`);
    }
    await upsertOrganisations(tx, demo.organisations, DEMO_ACTOR);
    await upsertLinks(tx, demo.links, DEMO_ACTOR);
    for (const cluster of demo.clusters) await upsertCluster(tx, cluster, DEMO_ACTOR);
    await upsertPurchases(tx, generateDemoPurchases(demo));
    await loadDemoMatchmaking(tx, demo, DEMO_ACTOR);
    await loadDemoLifecycle(tx, demo, DEMO_ACTOR);
    await createDemoAccounts(tx);
    await loadDemoExpert(tx, DEMO_ACTOR);
    await tx.query(
      `INSERT INTO settings (key, value) VALUES ('demo_loaded', to_jsonb(now())) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
    );
  });
  return { organisations: demo.organisations.length, links: demo.links.length, clusters: demo.clusters.length };
}

/** On the first start of an empty database the demo data is loaded, so a new installation has something to show. */
export async function loadDemoDataIfFirstStart(db: Database): Promise<DemoLoadResult | null> {
  const [state] = await db.query<{ loaded: boolean; orgs: number }>(
    `SELECT EXISTS (SELECT 1 FROM settings WHERE key = 'demo_loaded') AS loaded, (SELECT count(*)::int FROM organisations) AS orgs`,
  );
  if (state!.loaded || state!.orgs > 0) return null;
  return loadDemoData(db);
}

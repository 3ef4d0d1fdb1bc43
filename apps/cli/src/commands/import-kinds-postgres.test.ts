import { after, before, describe } from 'node:test';
import { createScratchDatabase, serverUrl } from '@klaster/db';
import { importStory } from './import-kinds.story.ts';

const url = serverUrl();
const skip = url || process.env.CI === 'true' ? false : 'set TEST_DATABASE_URL=postgres://… to run it on PostgreSQL';

describe('klaster import needs|capabilities|purchases|reference-totals [PostgreSQL]', { skip }, () => {
  let scratch: { url: string; drop: () => Promise<void> } | undefined;
  before(async () => {
    if (!url) throw new Error('CI=true but neither TEST_DATABASE_URL nor DATABASE_URL is set: PostgreSQL tests are mandatory in CI');
    scratch = await createScratchDatabase(url);
  });
  after(() => scratch?.drop());
  importStory(() => ({ url: scratch!.url }));
});

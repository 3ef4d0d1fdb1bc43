import { describe } from 'node:test';
import { join } from 'node:path';
import { dir, importStory } from './import-kinds.story.ts';

describe('klaster import needs|capabilities|purchases|reference-totals [PGlite directory]', () => {
  const dataDir = join(dir, 'pgdata');
  importStory(() => ({ dir: dataDir }));
});

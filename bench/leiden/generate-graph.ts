// Writes a planted-partition benchmark graph as `source,target,weight` CSV, plus the planted
// community of each node as `node,community`. Usage:
//   node --import tsx bench/leiden/generate-graph.ts OUT_EDGES.csv OUT_TRUTH.csv [nodes] [edges] [seed]
// Communities have random sizes 20..200; a share `mix` of the edges joins random nodes anywhere
// (noise), the rest join two nodes of the same community. Weights are log-scaled volumes in 1..10.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createRandom, type Random } from '../../packages/core/src/graph/random.ts';

const MIX = 0.3;

function plantCommunities(nodes: number, random: Random): { community: Int32Array; start: Int32Array } {
  const community = new Int32Array(nodes);
  const starts: number[] = [];
  for (let v = 0, c = 0; v < nodes; c++) {
    const size = 20 + Math.floor(random() * 181);
    starts.push(v);
    for (let k = 0; k < size && v < nodes; k++) community[v++] = c;
  }
  starts.push(nodes);
  return { community, start: Int32Array.from(starts) };
}

async function writeLines(path: string, count: number, line: (i: number) => string): Promise<void> {
  const out = createWriteStream(path);
  let buffer = '';
  for (let i = 0; i < count; i++) {
    buffer += line(i);
    if (buffer.length > 1 << 16) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.end(buffer);
  await once(out, 'finish');
}

async function main(): Promise<void> {
  const [edgesPath, truthPath, nodesArg, edgesArg, seedArg] = process.argv.slice(2);
  if (!edgesPath || !truthPath) throw new Error('usage: generate-graph.ts EDGES.csv TRUTH.csv [nodes] [edges] [seed]');
  const nodes = Number(nodesArg ?? 300_000);
  const edges = Number(edgesArg ?? 3_000_000);
  const random = createRandom(Number(seedArg ?? 42));
  const { community, start } = plantCommunities(nodes, random);
  await writeLines(edgesPath, edges + 1, (i) => {
    if (i === 0) return 'source,target,weight\n';
    const u = Math.floor(random() * nodes);
    const c = community[u];
    const v = random() < MIX ? Math.floor(random() * nodes) : start[c] + Math.floor(random() * (start[c + 1] - start[c]));
    const weight = 1 + Math.round(Math.log1p(random() * 8000) * 100) / 100;
    return `n${u},n${v},${weight}\n`;
  });
  await writeLines(truthPath, nodes + 1, (i) => (i === 0 ? 'node,community\n' : `n${i - 1},${community[i - 1]}\n`));
}

await main();

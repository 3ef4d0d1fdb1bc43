// Times each stage of one Leiden run on an edge CSV (where the time goes), for tuning.
// Usage: node --import tsx bench/leiden/profile-stages.ts EDGES.csv [seed]
import { readEdgeListFile } from '../../apps/cli/src/commands/discover-graph.ts';
import { fromEdges, leiden, type LeidenStage } from '../../packages/core/src/graph/index.ts';

const [path, seedArg] = process.argv.slice(2);
if (!path) throw new Error('usage: profile-stages.ts EDGES.csv [seed]');
let started = performance.now();
const list = await readEdgeListFile(path);
console.log(`read ${(performance.now() - started).toFixed(0)} ms: ${list.names.length} nodes, ${list.src.length} edges`);
started = performance.now();
const graph = fromEdges(list.names.length, list.src, list.dst, list.weight);
console.log(`csr ${(performance.now() - started).toFixed(0)} ms`);
const spent = new Map<LeidenStage, number>();
let stage: LeidenStage = 'move';
let mark = performance.now();
started = mark;
const result = leiden(graph, {
  seed: Number(seedArg ?? 1),
  onProgress: (_fraction, next) => {
    const now = performance.now();
    spent.set(stage, (spent.get(stage) ?? 0) + now - mark);
    stage = next;
    mark = now;
  },
});
console.log(`leiden ${(performance.now() - started).toFixed(0)} ms, ${result.communities} communities, Q = ${result.quality.toFixed(6)}, passes ${result.iterations}`);
for (const [name, ms] of spent) console.log(`  ${name}: ${ms.toFixed(0)} ms`);
console.log(`rss ${(process.memoryUsage().rss / 2 ** 30).toFixed(2)} GiB`);

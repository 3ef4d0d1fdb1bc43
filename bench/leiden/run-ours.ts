// Runs Klaster's Leiden through the `klaster discover --graph` command itself (the code path users
// get), passing the arguments on. With --json first, prints one JSON line (read and Leiden seconds,
// taken from the command's own summary) instead of the human summary.
import { discoverGraph } from '../../apps/cli/src/commands/discover-graph.ts';
import { processContext, type CliContext } from '../../apps/cli/src/context.ts';

const args = process.argv.slice(2);
const json = args[0] === '--json';
const ctx = processContext();
if (!json) {
  process.exitCode = await discoverGraph(args, ctx);
} else {
  const summary: string[] = [];
  const quiet: CliContext = { ...ctx, stderr: (text) => summary.push(text) };
  process.exitCode = await discoverGraph(args.slice(1), quiet);
  const text = summary.join('');
  const read = /чтение ([\d.]+) с/.exec(text);
  const run = /Leiden ([\d.]+) с/.exec(text);
  const communities = /сообществ: (\d+)/.exec(text);
  if (!read || !run || !communities) throw new Error(`unexpected summary: ${text}`);
  console.log(JSON.stringify({ impl: 'klaster leiden (discover --graph)', seconds: Number(run[1]), read_seconds: Number(read[1]), communities: Number(communities[1]) }));
}

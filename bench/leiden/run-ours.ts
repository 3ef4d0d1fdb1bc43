// Runs Klaster's Leiden through the `klaster discover --graph` command itself (same code path as
// users get), passing the arguments on. Timings of reading and of Leiden are printed to stderr.
import { discoverGraph } from '../../apps/cli/src/commands/discover-graph.ts';
import { processContext } from '../../apps/cli/src/context.ts';

process.exitCode = await discoverGraph(process.argv.slice(2), processContext());

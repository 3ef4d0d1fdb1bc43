import type { CliCommand } from '../context.ts';
import { discoverGraph } from './discover-graph.ts';
import { discoverDatabase } from './discover-database.ts';

/**
 * `klaster discover --graph EDGES.csv …` runs Leiden on a bare edge list; without --graph it runs the discovery
 * pipeline over the organisations and links in the database.
 */
export const discover: CliCommand = async (args, ctx) =>
  args.some((a) => a === '--graph' || a.startsWith('--graph=')) ? discoverGraph(args, ctx) : discoverDatabase(args, ctx);

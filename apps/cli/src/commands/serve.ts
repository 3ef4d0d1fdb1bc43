import { startServer } from '@klaster/server';
import type { CliCommand } from '../context.ts';
import { configFrom, DATABASE_FLAGS, parseArgs } from '../database-options.ts';

/** `klaster serve [--db DIR] [--port N] [--host H]`: runs until SIGINT/SIGTERM, then closes the database cleanly. */
export const serve: CliCommand = async (args, ctx) => {
  const { values } = parseArgs({ args, options: { ...DATABASE_FLAGS, port: { type: 'string' }, host: { type: 'string' } } });
  const config = configFrom(values, ctx);
  const server = await startServer(config, (line) => ctx.stdout(line + '\n'));
  ctx.stdout(`Klaster работает: ${server.address}  (API: ${server.address}/api/docs)\n`);
  await new Promise<void>((resolveStop) => {
    const stop = () => resolveStop();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  return 0;
};

import { resolve as resolvePath } from 'node:path';
import { pathToFileURL } from 'node:url';
import { processContext, type CliCommand, type CliContext } from './context.ts';

/** Commands load on demand, so `klaster validate` does not pay for the server, the database and exceljs. */
const lazy = (load: () => Promise<CliCommand>): CliCommand => async (args, ctx) => (await load())(args, ctx);

const COMMANDS: Record<string, { run: CliCommand; help: string }> = {
  serve: { run: lazy(async () => (await import('./commands/serve.ts')).serve), help: 'start the server with the web UI (embedded PGlite, or DATABASE_URL)' },
  import: { run: lazy(async () => (await import('./commands/import.ts')).importCommand), help: 'import organisations|links|clusters FILE [--mode valid] [--report FILE]' },
  export: { run: lazy(async () => (await import('./commands/export.ts')).exportCommand), help: 'export organisations|links|clusters [--format csv|xlsx|json] [--out FILE]' },
  validate: { run: lazy(async () => (await import('./commands/validate.ts')).validate), help: 'validate inn|ogrn|ogrnip|kpp VALUE…' },
  demo: { run: lazy(async () => (await import('./commands/demo.ts')).demo), help: 'reset the database to the demonstration data' },
  check: { run: lazy(async () => (await import('./commands/check.ts')).check), help: 'check DOSSIER [--rules pp779] [--as-of DATE] [--json] [--lang ru|en]' },
  discover: { run: lazy(async () => (await import('./commands/discover.ts')).discover), help: 'discover --graph EDGES.csv [--resolution R] [--seed S] [--out FILE]' },
  backup: { run: lazy(async () => (await import('./commands/backup.ts')).backupCommand), help: 'backup FILE: write every table to a gzip\'d JSON-lines file with checksums' },
  user: { run: lazy(async () => (await import('./commands/user.ts')).userCommand), help: 'user add LOGIN --role ROLE [--regions …|--cluster CODE|--inn INN] | list | reset-password LOGIN | disable LOGIN' },
  restore: { run: lazy(async () => (await import('./commands/restore.ts')).restoreCommand), help: 'restore FILE [--force]: replace the database with a backup, in one transaction' },
};

function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  return `Klaster — industrial clusters platform\n\nUsage: klaster COMMAND [options]\n\n${Object.entries(COMMANDS)
    .map(([name, c]) => `  ${name.padEnd(width)}  ${c.help}`)
    .join('\n')}\n\nDatabase: --db DIR (PGlite, default ./data/pgdata or KLASTER_DB) or DATABASE_URL=postgres://…\n`;
}

export async function main(argv: string[], ctx: CliContext = processContext()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    ctx.stdout(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    ctx.stderr(`Unknown command "${name}".\n\n${usage()}`);
    return 2;
  }
  try {
    return await command.run(rest, ctx);
  } catch (error) {
    if (error instanceof Error && error.name === 'ConfigError') {
      ctx.stderr(error.message + '\n');
      return 2;
    }
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      ctx.stderr(`${error.message}\n\n${usage()}`);
      return 2;
    }
    throw error;
  }
}

// Run directly (`node --import tsx apps/cli/src/main.ts …`, as `npm start` does) as well as through bin/klaster.mjs.
if (process.argv[1] && import.meta.url === pathToFileURL(resolvePath(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2));
}

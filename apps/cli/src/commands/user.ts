import { randomBytes } from 'node:crypto';
import { Role, ROLES, UserInput } from '@klaster/contract';
import { findUserForSignIn, listUsers, updateUser, deleteSessionsOfUser, type Database } from '@klaster/db';
import { AppError, createAccount, resetPassword } from '@klaster/server';
import type { CliCommand, CliContext } from '../context.ts';
import { configFrom, DATABASE_FLAGS, openFromConfig, parseArgs } from '../database-options.ts';

const USAGE = `Usage:
  klaster user add LOGIN --role ${ROLES.join('|')} [--name "Full name"] [--regions 40,71] [--cluster CODE] [--inn INN]
  klaster user list
  klaster user reset-password LOGIN
  klaster user disable LOGIN | enable LOGIN
The password of a new or reset account is taken from KLASTER_PASSWORD, or generated and printed once;
the user must change it at the first sign-in.
`;

/** `klaster user`: accounts from the command line, e.g. the first administrator of a production installation. */
export const userCommand: CliCommand = async (args, ctx) => {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true,
    options: { ...DATABASE_FLAGS, role: { type: 'string' }, name: { type: 'string' }, regions: { type: 'string' }, cluster: { type: 'string' }, inn: { type: 'string' } },
  });
  const [action, login] = positionals;
  if (!action || (action !== 'list' && !login)) {
    ctx.stderr(USAGE);
    return 2;
  }
  const db = await openFromConfig(configFrom(values, ctx));
  try {
    if (action === 'list') return await list(db, ctx);
    if (action === 'add') return await add(db, ctx, login!, values);
    const user = await findUserForSignIn(db, login!);
    if (!user) {
      ctx.stderr(`No account with login "${login}"\n`);
      return 1;
    }
    if (action === 'reset-password') {
      const password = ctx.env.KLASTER_PASSWORD ?? generatedPassword();
      await resetPassword(db, user.id, password);
      ctx.stdout(`Password of ${user.login} reset${ctx.env.KLASTER_PASSWORD ? '' : `: ${password}`} (to be changed at the next sign-in; open sessions ended)\n`);
      return 0;
    }
    if (action === 'disable' || action === 'enable') {
      await db.transaction(async (tx) => {
        await updateUser(tx, user.id, { disabled: action === 'disable' });
        if (action === 'disable') await deleteSessionsOfUser(tx, user.id);
      });
      ctx.stdout(`${user.login} ${action}d\n`);
      return 0;
    }
    ctx.stderr(`Unknown action "${action}"\n${USAGE}`);
    return 2;
  } catch (error) {
    if (error instanceof AppError) {
      ctx.stderr(`${error.messageEn}${error.details?.length ? ': ' + error.details.map((d) => `${d.path} ${d.messageEn ?? d.message}`).join('; ') : ''}\n`);
      return 1;
    }
    throw error;
  } finally {
    await db.close();
  }
};

async function list(db: Database, ctx: CliContext): Promise<number> {
  for (const u of await listUsers(db)) {
    const scope = u.regionCodes.length ? `regions ${u.regionCodes.join(',')}` : u.clusterId ? `cluster ${u.clusterId}` : u.organisationId ? `organisation ${u.organisationId}` : '';
    ctx.stdout(`${u.login}\t${u.role}\t${scope}\t${u.disabled ? 'disabled' : 'active'}\t${u.displayName}\n`);
  }
  return 0;
}

async function add(db: Database, ctx: CliContext, login: string, v: { role?: string; name?: string; regions?: string; cluster?: string; inn?: string }): Promise<number> {
  const role = Role.safeParse(v.role);
  if (!role.success) {
    ctx.stderr(`--role must be one of ${ROLES.join(', ')} (got ${v.role ?? 'nothing'})\n`);
    return 2;
  }
  const clusterId = v.cluster ? await idOf(db, `SELECT id FROM clusters WHERE code = $1 AND deleted_at IS NULL`, v.cluster) : null;
  const organisationId = v.inn ? await idOf(db, `SELECT id FROM organisations WHERE inn = $1 AND deleted_at IS NULL`, v.inn) : null;
  if (v.cluster && !clusterId) return fail(ctx, `No cluster with code "${v.cluster}"`);
  if (v.inn && !organisationId) return fail(ctx, `No organisation with INN ${v.inn}`);
  const password = ctx.env.KLASTER_PASSWORD ?? generatedPassword();
  const input = UserInput.safeParse({
    login, displayName: v.name ?? login, role: role.data, regionCodes: v.regions ? v.regions.split(',').map((r) => r.trim()) : [], clusterId, organisationId, password,
  });
  if (!input.success) return fail(ctx, input.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  const user = await createAccount(db, input.data, { mustChangePassword: true });
  ctx.stdout(`Account ${user.login} (${user.role}) created${ctx.env.KLASTER_PASSWORD ? '' : `; password: ${password}`} — to be changed at the first sign-in\n`);
  return 0;
}

async function idOf(db: Database, sql: string, value: string): Promise<number | null> {
  const [row] = await db.query<{ id: number }>(sql, [value]);
  return row ? Number(row.id) : null;
}

function fail(ctx: CliContext, message: string): number {
  ctx.stderr(message + '\n');
  return 1;
}

/** 16 characters from a 62-letter alphabet plus a dash and digits: satisfies the password rules. */
function generatedPassword(): string {
  return `${randomBytes(12).toString('base64url').replace(/[-_]/g, 'x')}-${randomBytes(2).readUInt16BE() % 90 + 10}`;
}

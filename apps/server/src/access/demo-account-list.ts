import type { DemoAccountList, Role } from '@klaster/contract';
import type { Sql } from '@klaster/db';
import { DEMO_PASSWORD } from './demo-accounts.ts';
import { verifyPassword } from './passwords.ts';

/**
 * The demo accounts this installation holds, as the sign-in screen lists them: read from the accounts table
 * (whatever created them: the accounts module, the expert-commission story), never from a copy. Only accounts
 * the published demo password still opens are listed — active, not reset by an administrator, password not
 * changed — so a click on a login signs in.
 */

type Row = {
  login: string;
  role: Role;
  display_name: string;
  password_hash: string;
  regions_ru: string | null;
  regions_en: string | null;
  cluster_name: string | null;
  organisation_name: string | null;
};

const SCOPE: Partial<Record<Role, { ru: string; en: string }>> = {
  admin: { ru: 'все регионы и все данные; пользователи, журнал аудита', en: 'every region and all data; users, audit log' },
  expert: { ru: 'назначенные заявки', en: 'assigned applications' },
};

function scopeOf(row: Row): { ru: string; en: string } {
  const fixed = SCOPE[row.role];
  if (fixed) return fixed;
  const none = { ru: 'не задана', en: 'not set' };
  switch (row.role) {
    case 'regional_operator':
      return row.regions_ru && row.regions_en ? { ru: row.regions_ru, en: row.regions_en } : none;
    case 'specialised_org':
      return row.cluster_name ? { ru: row.cluster_name, en: row.cluster_name } : none;
    case 'enterprise':
      return row.organisation_name ? { ru: row.organisation_name, en: row.organisation_name } : none;
    default:
      return none;
  }
}

// All demo accounts made in one process share one hash (one per creating module), so a handful of scrypt
// checks serve every call; the cache is bounded in case passwords keep changing.
const opens = new Map<string, Promise<boolean>>();
function demoPasswordOpens(hash: string): Promise<boolean> {
  let known = opens.get(hash);
  if (!known) {
    if (opens.size >= 200) opens.clear();
    known = verifyPassword(DEMO_PASSWORD, hash);
    opens.set(hash, known);
  }
  return known;
}

export async function listDemoAccounts(sql: Sql): Promise<DemoAccountList> {
  const rows = await sql.query<Row>(
    `SELECT u.login, u.role, u.display_name, u.password_hash,
       (SELECT string_agg(r.name_ru || ' (' || r.code || ')', ', ' ORDER BY r.code) FROM regions r WHERE r.code = ANY(u.region_codes)) AS regions_ru,
       (SELECT string_agg(r.name_en || ' (' || r.code || ')', ', ' ORDER BY r.code) FROM regions r WHERE r.code = ANY(u.region_codes)) AS regions_en,
       c.name AS cluster_name, coalesce(o.short_name, o.name) AS organisation_name
     FROM users u
     LEFT JOIN clusters c ON c.id = u.cluster_id AND c.deleted_at IS NULL
     LEFT JOIN organisations o ON o.id = u.organisation_id AND o.deleted_at IS NULL
     WHERE u.is_demo AND NOT u.disabled AND NOT u.must_change_password
     ORDER BY array_position(ARRAY['admin', 'regional_operator', 'specialised_org', 'enterprise', 'expert'], u.role), u.id`,
  );
  const open = await Promise.all(rows.map((r) => demoPasswordOpens(r.password_hash)));
  const accounts = rows.filter((_, i) => open[i]).map((r) => {
    const scope = scopeOf(r);
    return { login: r.login, role: r.role, displayName: r.display_name, scope: scope.ru, scopeEn: scope.en };
  });
  return { password: accounts.length > 0 ? DEMO_PASSWORD : null, accounts };
}

import type { Role } from '@klaster/contract';
import { createUser, findUserForSignIn, type Sql } from '@klaster/db';
import { hashPassword } from './passwords.ts';

/**
 * Accounts of the demonstration installation, one per role, so every screen can be tried. They share one
 * published password (README, start-up message) and are marked demo; a production installation creates its
 * accounts with `klaster user add` and never loads these.
 */
export const DEMO_PASSWORD = 'demo-Klaster-2026';

interface DemoAccount {
  login: string;
  displayName: string;
  role: Role;
  regionCodes?: string[];
  /** The demo cluster (by code) a specialised organisation manages. */
  clusterCode?: string;
  /** The demo organisation an enterprise representative speaks for: the anchor of this cluster. */
  anchorOfCluster?: string;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { login: 'admin', displayName: 'Администратор Минпромторга (демо)', role: 'admin' },
  { login: 'kaluga', displayName: 'Агентство развития Калужской области (демо)', role: 'regional_operator', regionCodes: ['40'] },
  { login: 'altai', displayName: 'Министерство экономического развития Алтайского края (демо)', role: 'regional_operator', regionCodes: ['22'] },
  { login: 'astrakhan', displayName: 'Министерство промышленности Астраханской области (демо)', role: 'regional_operator', regionCodes: ['30'] },
  { login: 'novosibirsk', displayName: 'Министерство промышленности Новосибирской области (демо)', role: 'regional_operator', regionCodes: ['54'] },
  { login: 'komi', displayName: 'Министерство экономики Республики Коми (демо)', role: 'regional_operator', regionCodes: ['11'] },
  { login: 'biysk-so', displayName: 'Специализированная организация биофармкластера Бийска (демо)', role: 'specialised_org', clusterCode: 'altai-biopharma' },
  { login: 'shipyard', displayName: 'Представитель судостроительного завода, Астрахань (демо)', role: 'enterprise', anchorOfCluster: 'astrakhan-shipbuilding' },
  { login: 'expert1', displayName: 'Эксперт Иванова А. С. (демо)', role: 'expert' },
  { login: 'expert2', displayName: 'Эксперт Петров В. Н. (демо)', role: 'expert' },
];

// One hash for every demo account, computed once per process: demo loads happen often in tests.
let demoHash: Promise<string> | null = null;

/** Creates the demo accounts (after the demo registry is loaded, in the same transaction). Returns login → id. */
export async function createDemoAccounts(tx: Sql): Promise<Map<string, number>> {
  const passwordHash = await (demoHash ??= hashPassword(DEMO_PASSWORD));
  const ids = new Map<string, number>();
  for (const account of DEMO_ACCOUNTS) {
    const clusterId = account.clusterCode ? await clusterIdByCode(tx, account.clusterCode) : null;
    const organisationId = account.anchorOfCluster ? await anchorOf(tx, account.anchorOfCluster) : null;
    if ((account.clusterCode && !clusterId) || (account.anchorOfCluster && !organisationId)) continue; // demo generated without that story
    const existing = await findUserForSignIn(tx, account.login);
    if (existing) {
      // loaded twice, or an operator's own account has this login: keep what is there
      ids.set(account.login, existing.id);
      continue;
    }
    const user = await createUser(tx, {
      login: account.login, displayName: account.displayName, passwordHash, role: account.role, regionCodes: account.regionCodes ?? [],
      clusterId, organisationId, isDemo: true,
    });
    ids.set(account.login, user.id);
  }
  return ids;
}

/**
 * Before a demo reset: the registry's ids start again from 1, so accounts scoped to a cluster or an
 * organisation would point at different records. They go, with the demo accounts; other accounts stay.
 */
export async function removeAccountsTiedToRegistry(tx: Sql): Promise<void> {
  await tx.query(`DELETE FROM users WHERE is_demo OR cluster_id IS NOT NULL OR organisation_id IS NOT NULL`);
}

async function clusterIdByCode(tx: Sql, code: string): Promise<number | null> {
  const [row] = await tx.query<{ id: number }>(`SELECT id FROM clusters WHERE code = $1 AND deleted_at IS NULL`, [code]);
  return row ? Number(row.id) : null;
}

async function anchorOf(tx: Sql, clusterCode: string): Promise<number | null> {
  const [row] = await tx.query<{ id: number }>(
    `SELECT p.organisation_id AS id FROM cluster_participants p JOIN clusters c ON c.id = p.cluster_id
     WHERE c.code = $1 ORDER BY (p.role = 'anchor') DESC, p.organisation_id LIMIT 1`,
    [clusterCode],
  );
  return row ? Number(row.id) : null;
}

import type { DemoAccountList } from '@klaster/contract';
import { useApi } from './use-api.ts';

/**
 * The demonstration accounts of this installation and their shared password, as the server lists them
 * (GET /api/demo/accounts: the accounts its demo data created and the demo password still opens). Nothing
 * is listed when the installation holds no demo accounts. The list is the server's: no copy lives here.
 */
export type DemoAccounts = DemoAccountList;
export type DemoAccount = DemoAccountList['accounts'][number];

/** Loads the list when `enabled` (the sign-in screen asks only while nobody is signed in). */
export function useDemoAccounts(enabled: boolean) {
  return useApi<DemoAccounts>(enabled ? '/api/demo/accounts' : null);
}

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO_ACCOUNTS, DEMO_PASSWORD as SERVER_PASSWORD } from '../../../server/src/access/demo-accounts.ts';
import { DEMO_ACCOUNT_HINTS, DEMO_PASSWORD } from './demo-accounts.ts';

describe('demo accounts on the sign-in screen', () => {
  it('list the accounts the server creates, with their roles and password', () => {
    assert.equal(DEMO_PASSWORD, SERVER_PASSWORD);
    assert.deepEqual(DEMO_ACCOUNT_HINTS.map((a) => [a.login, a.role]), DEMO_ACCOUNTS.map((a) => [a.login, a.role]));
  });

  it('name the region of each regional operator by its code', () => {
    for (const account of DEMO_ACCOUNTS.filter((a) => a.role === 'regional_operator')) {
      const hint = DEMO_ACCOUNT_HINTS.find((h) => h.login === account.login)!;
      for (const code of account.regionCodes ?? []) assert.match(hint.ru, new RegExp(`\\(${code}\\)`), account.login);
    }
  });
});

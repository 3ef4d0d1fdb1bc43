import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ROLE_LABELS, ROLES } from '@klaster/contract';
import { ruAccounts } from './ru-accounts.ts';
import { enAccounts } from './en-accounts.ts';

describe('role labels of the UI', () => {
  it('are the contract’s ROLE_LABELS, in Russian and English, for every role', () => {
    for (const role of ROLES) {
      assert.equal(ruAccounts[`userRole.${role}`], ROLE_LABELS[role].ru, role);
      assert.equal(enAccounts[`userRole.${role}`], ROLE_LABELS[role].en, role);
    }
  });
});

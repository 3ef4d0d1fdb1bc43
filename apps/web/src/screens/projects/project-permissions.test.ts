import { test } from 'node:test';
import assert from 'node:assert/strict';
import { COST_ITEMS as CORE_COST_ITEMS, PROJECT_STAGES as CORE_STAGES, PROJECT_STATUS_CHANGES as CORE_CHANGES } from '@klaster/core/projects/index.ts';
import { COST_ITEMS, PROJECT_STAGES } from '../../api/projects-types.ts';
import { applicationActions, mayAskForReview, PROJECT_STATUS_CHANGES, projectEditable, statusChangesFor } from './project-permissions.ts';

test('the status changes the screens offer are the server\'s table (core/projects/project-status.ts)', () => {
  const plain = (list: readonly { from: string; to: string; roles: readonly string[] }[]) => list.map((c) => ({ from: c.from, to: c.to, roles: [...c.roles] }));
  assert.deepEqual(plain(PROJECT_STATUS_CHANGES), plain(CORE_CHANGES));
});

test('the stages and cost items the form offers are the core\'s', () => {
  assert.deepEqual([...PROJECT_STAGES], [...CORE_STAGES]);
  assert.deepEqual([...COST_ITEMS], [...CORE_COST_ITEMS]);
});

test('the cluster side submits and takes back a project; only the ministry decides; a draft alone is edited', () => {
  assert.deepEqual(statusChangesFor('draft', 'specialised_org'), ['submitted']);
  assert.deepEqual(statusChangesFor('submitted', 'regional_operator'), ['draft']);
  assert.deepEqual(statusChangesFor('submitted', 'admin'), ['draft', 'supported', 'rejected']);
  assert.deepEqual(statusChangesFor('supported', 'specialised_org'), []);
  assert.deepEqual(statusChangesFor('draft', 'enterprise'), []);
  assert.deepEqual(statusChangesFor('draft', null), []);
  assert.deepEqual([projectEditable('draft'), projectEditable('submitted')], [true, false]);
});

test('an application: the draft is edited until it is closed, submitted unless under review or closed', () => {
  assert.deepEqual(applicationActions('draft', true), { editDraft: true, submit: true, withdraw: true });
  assert.deepEqual(applicationActions('submitted', true), { editDraft: true, submit: true, withdraw: true });
  assert.deepEqual(applicationActions('returned', true), { editDraft: true, submit: true, withdraw: true });
  assert.deepEqual(applicationActions('under_review', true), { editDraft: true, submit: false, withdraw: true });
  assert.deepEqual(applicationActions('withdrawn', true), { editDraft: false, submit: false, withdraw: false });
  assert.deepEqual(applicationActions('approved', true), { editDraft: false, submit: false, withdraw: false });
  assert.deepEqual(applicationActions('draft', false), { editDraft: false, submit: false, withdraw: false });
});

test('the expert review is asked for only by the roles its route admits', () => {
  assert.deepEqual(['admin', 'regional_operator', 'specialised_org', 'enterprise', 'expert', null].map(mayAskForReview), [true, false, true, true, true, false]);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mayAnswer, mayImport, mayListRequests, mayManageCluster, maySendFor, type Viewer } from './permissions.ts';

const viewer = (role: string, extra: Partial<Viewer> = {}): Viewer => ({ role, organisationId: null, regionCodes: [], clusterId: null, ...extra });
const admin = viewer('admin');
const astrakhan = viewer('regional_operator', { regionCodes: ['30'] });
const shipyard = viewer('enterprise', { organisationId: 174 });
const biyskSo = viewer('specialised_org', { clusterId: 1 });
const expert = viewer('expert');

test('contact requests: enterprises send only for their own organisation; experts and the public not at all', () => {
  assert.equal(maySendFor(shipyard, 174), true);
  assert.equal(maySendFor(shipyard, 189), false);
  assert.equal(maySendFor(admin, 189), true);
  assert.equal(maySendFor(astrakhan, 189), true);
  assert.equal(maySendFor(expert, 189), false);
  assert.equal(maySendFor(biyskSo, 189), false);
  assert.equal(maySendFor(null, 189), false);
  assert.deepEqual([admin, astrakhan, shipyard, biyskSo, expert, null].map(mayListRequests), [true, true, true, false, false, false]);
});

test('answering: the receiving enterprise or an administrator, and only while the request waits', () => {
  const waiting = { status: 'requested', toOrganisationId: 174 };
  assert.equal(mayAnswer(shipyard, waiting), true);
  assert.equal(mayAnswer(viewer('enterprise', { organisationId: 189 }), waiting), false, 'the sender does not answer its own request');
  assert.equal(mayAnswer(admin, waiting), true);
  assert.equal(mayAnswer(astrakhan, waiting), false, 'operators do not answer on an enterprise’s behalf');
  assert.equal(mayAnswer(admin, { ...waiting, status: 'accepted' }), false);
});

test('value-chain gaps: the cluster’s managers only', () => {
  const shipbuilding = { id: 5, regions: ['30'] };
  assert.equal(mayManageCluster(admin, shipbuilding), true);
  assert.equal(mayManageCluster(astrakhan, shipbuilding), true);
  assert.equal(mayManageCluster(viewer('regional_operator', { regionCodes: ['54'] }), shipbuilding), false);
  assert.equal(mayManageCluster(biyskSo, shipbuilding), false);
  assert.equal(mayManageCluster(biyskSo, { id: 1, regions: ['22'] }), true);
  assert.equal(mayManageCluster(shipyard, shipbuilding), false);
  assert.equal(mayManageCluster(null, shipbuilding), false);
});

test('import of needs and capabilities: registry staff', () => {
  assert.deepEqual([admin, astrakhan, shipyard, biyskSo, expert, null].map(mayImport), [true, true, false, false, false, false]);
});

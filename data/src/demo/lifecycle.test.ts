import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateJointProject } from '@klaster/core/projects/index.ts';
import { generateDemoData } from './generate.ts';
import { generateDemoLifecycle } from './lifecycle.ts';

const demo = generateDemoData();
const life = generateDemoLifecycle(demo);

test('the demo life cycle is deterministic', () => {
  assert.deepEqual(generateDemoLifecycle(generateDemoData()), life);
});

test('Astrakhan: an initiative where six of nine enterprises answered, due in the registry by the year\'s end', () => {
  const astrakhan = demo.clusters.find((c) => c.code === 'astrakhan-shipbuilding')!;
  const statuses = life.participantStatuses.filter((s) => s.clusterCode === astrakhan.code);
  assert.ok(statuses.every((s) => astrakhan.participants.some((p) => p.inn === s.inn)), 'statuses only for participants');
  assert.deepEqual([statuses.filter((s) => s.status === 'intent').length, statuses.filter((s) => s.status === 'listed').length, astrakhan.participants.length], [6, 2, 9]);
  assert.deepEqual(life.events.filter((e) => e.clusterCode === astrakhan.code).map((e) => e.toStatus), ['candidate', astrakhan.status]);
  assert.deepEqual(life.deadlines.map((d) => [d.clusterCode, d.targetStatus, d.dueOn]), [[astrakhan.code, 'in_registry', '2026-12-31']]);
});

test('Kaluga: the steps end in the registry status the cluster has; its projects are valid joint projects of its participants', () => {
  const pharma = demo.clusters.find((c) => c.code === 'kaluga-pharma')!;
  const steps = life.events.filter((e) => e.clusterCode === pharma.code);
  assert.equal(steps.at(-1)!.toStatus, pharma.status);
  assert.equal(steps.at(-1)!.happenedOn, pharma.registryDecisionDate);
  steps.slice(1).forEach((e, i) => assert.equal(e.fromStatus, steps[i]!.toStatus, 'each step starts where the previous ended'));
  const participants = pharma.participants.map((p) => p.inn);
  for (const p of life.projects) assert.deepEqual(validateJointProject(p.project, { clusterParticipants: participants }), [], p.project.title);
  assert.deepEqual(life.projects.map((p) => [p.status, p.supportAmount]), [['supported', 187_500_000], ['supported', 81_000_000], ['supported', 61_500_000], ['draft', null]]);
});

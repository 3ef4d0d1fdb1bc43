import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateCriteria } from './criteria.ts';
import { applicationScore, isSheetComplete, sheetTotal, validateScores } from './scoring.ts';
import { rankApplications } from './ranking.ts';

const criteria = [{ id: 1, weight: 40 }, { id: 2, weight: 35 }, { id: 3, weight: 25 }];

test('criteria: weights must add up to exactly 100 (refused, not normalised), names unique, weights whole 1..100', () => {
  assert.deepEqual(validateCriteria([{ name: 'Кооперация', weight: 60 }, { name: 'Эффект', weight: 40 }]), []);
  const sum = validateCriteria([{ name: 'А', weight: 30 }, { name: 'Б', weight: 30 }, { name: 'В', weight: 30 }]);
  assert.deepEqual(sum, [{ path: 'criteria', value: 90, message: 'сумма весов 90, а должна быть ровно 100', messageEn: 'the weights add up to 90, they must add up to exactly 100' }]);
  const dup = validateCriteria([{ name: 'Кооперация', weight: 50 }, { name: '  кооперация ', weight: 50 }]);
  assert.deepEqual(dup.map((i) => [i.path, i.message]), [['criteria.1.name', 'повторяет критерий № 1']]);
  const bad = validateCriteria([{ name: 'А', weight: 100.5 }, { name: '', weight: -0.5 }]);
  assert.deepEqual(bad.map((i) => i.path), ['criteria.0.weight', 'criteria.1.name', 'criteria.1.weight']);
  assert.deepEqual(validateCriteria([]).map((i) => i.message), ['нужен хотя бы один критерий']);
});

test('scores: known criteria, whole points 0..10, once each', () => {
  assert.deepEqual(validateScores(criteria, [{ criterionId: 1, score: 0 }, { criterionId: 2, score: 10 }]), []);
  const issues = validateScores(criteria, [{ criterionId: 9, score: 5 }, { criterionId: 1, score: 11 }, { criterionId: 1, score: 7.5 }]);
  assert.deepEqual(issues.map((i) => [i.path, i.value]), [['scores.0.criterionId', 9], ['scores.1.score', 11], ['scores.2.criterionId', 1], ['scores.2.score', 7.5]]);
});

test('weighted score: Σ weight × score / 10 per sheet; the mean of submitted sheets; drafts do not count, not even complete ones', () => {
  const a = { expertId: 1, submitted: true, scores: [{ criterionId: 1, score: 8 }, { criterionId: 2, score: 6 }, { criterionId: 3, score: 9 }] };
  const b = { expertId: 2, submitted: true, scores: [{ criterionId: 1, score: 7 }, { criterionId: 2, score: 7 }, { criterionId: 3, score: 5 }] };
  const half = { expertId: 3, submitted: false, scores: [{ criterionId: 1, score: 0 }] };
  const draft = { expertId: 4, submitted: false, scores: [{ criterionId: 1, score: 1 }, { criterionId: 2, score: 1 }, { criterionId: 3, score: 1 }] };
  // a: (320 + 210 + 225) / 10 = 75.5; b: (280 + 245 + 125) / 10 = 65
  assert.equal(sheetTotal(criteria, a), 75.5);
  assert.equal(sheetTotal(criteria, b), 65);
  assert.equal(sheetTotal(criteria, half), null);
  assert.equal(sheetTotal(criteria, draft), 10, 'a complete draft has a total for its expert');
  assert.equal(isSheetComplete(criteria, half), false);
  assert.deepEqual(applicationScore(criteria, [a, b, half, draft]), {
    weightedScore: 70.25, submittedSheets: 2, sheets: 4,
    byCriterion: [{ criterionId: 1, weight: 40, mean: 7.5 }, { criterionId: 2, weight: 35, mean: 6.5 }, { criterionId: 3, weight: 25, mean: 7 }],
  });
  assert.equal(applicationScore(criteria, [half, draft]).weightedScore, null, 'nothing submitted: no score');
  assert.equal(applicationScore(criteria, [{ ...draft, submitted: true }, a]).weightedScore, 42.75, 'once submitted the same sheet counts: (10 + 75.5) / 2');
  // three sheets whose mean is not a round number: (100 + 90 + 90)/3 = 93.333…
  const full = (id: number, s: number[]) => ({ expertId: id, submitted: true, scores: s.map((score, i) => ({ criterionId: i + 1, score })) });
  assert.equal(applicationScore(criteria, [full(1, [10, 10, 10]), full(2, [9, 9, 9]), full(3, [9, 9, 9])]).weightedScore, 93.33);
});

test('ranking by score: ties broken by fewer unresolved remarks, equal on both share a rank, unscored last', () => {
  const entries = [
    { applicationId: 5, weightedScore: 70, unresolvedRemarks: 3 },
    { applicationId: 2, weightedScore: 82.5, unresolvedRemarks: 4 },
    { applicationId: 7, weightedScore: 70, unresolvedRemarks: 1 },
    { applicationId: 3, weightedScore: null, unresolvedRemarks: 0 },
    { applicationId: 9, weightedScore: 70, unresolvedRemarks: 1 },
  ];
  assert.deepEqual(rankApplications(entries, 'score').map((e) => [e.rank, e.applicationId]), [[1, 2], [2, 7], [2, 9], [4, 5], [5, 3]]);
  assert.deepEqual(rankApplications(entries, 'remarks').map((e) => [e.rank, e.applicationId]), [[1, 3], [2, 7], [2, 9], [4, 5], [5, 2]]);
  assert.deepEqual(rankApplications([], 'score'), []);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDossier, parseDossierJson } from './parse-dossier.ts';
import { compliantDossier, innOf } from '../rules/test-fixtures.ts';

test('a valid dossier parses unchanged', () => {
  const dossier = compliantDossier();
  const result = parseDossier(JSON.parse(JSON.stringify(dossier)));
  assert.equal(result.ok, true);
  if (result.ok) assert.deepEqual(result.dossier, dossier);
});

test('errors name the JSON path: a bad INN checksum, a bad kind, a missing field, a reversed programme', () => {
  const dossier = JSON.parse(JSON.stringify(compliantDossier()));
  dossier.participants[3].inn = innOf(3).slice(0, 9) + String((Number(innOf(3)[9]) + 1) % 10);
  dossier.contracts[1].kind = 'loan';
  delete dossier.purchases[2].imported;
  dossier.cluster.developmentProgramme = { from: '2024-01-01', to: '2023-12-31' };
  const result = parseDossier(dossier);
  assert.equal(result.ok, false);
  if (result.ok) return;
  const byPath = Object.fromEntries(result.issues.map((i) => [i.path, i.message]));
  assert.equal(byPath['participants[3].inn'], 'invalid INN: INN checksum (digit 10) does not match');
  assert.match(byPath['contracts[1].kind']!, /supply/);
  assert.match(byPath['purchases[2].imported']!, /number/);
  assert.equal(byPath['cluster.developmentProgramme.to'], 'programme ends before it starts');
  assert.deepEqual(Object.keys(byPath).sort(), ['cluster.developmentProgramme.to', 'contracts[1].kind', 'participants[3].inn', 'purchases[2].imported']);
});

test('duplicate participant INNs and impossible dates are reported where they are', () => {
  const dossier = JSON.parse(JSON.stringify(compliantDossier()));
  dossier.participants[5].inn = innOf(4);
  dossier.participants[0].joinedOn = '2023-02-30';
  const result = parseDossier(dossier);
  assert.equal(result.ok, false);
  if (!result.ok) {
    assert.deepEqual(result.issues, [
      { path: 'participants[0].joinedOn', message: 'not a calendar date' },
      { path: 'participants[5].inn', message: 'duplicate INN, already at participants[4]' },
    ]);
  }
});

test('text that is not JSON is one issue at the root', () => {
  const result = parseDossierJson('{ "asOf": ');
  assert.equal(result.ok, false);
  if (!result.ok) {
    assert.equal(result.issues.length, 1);
    assert.equal(result.issues[0]!.path, '(dossier)');
    assert.match(result.issues[0]!.message, /^not valid JSON/);
  }
});

// The progress of an import, as the import screen follows it: the upload names a key, the screen polls it.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { completeInn10 } from '@klaster/core';
import { describeOnDatabases } from '@klaster/db';
import { buildApp } from '../app.ts';
import { importFile } from '../services/import.service.ts';
import type { ImportProgress } from '../services/import-progress.ts';
import { signedInAs, type SignedInClient } from '../testing/auth.ts';
import { multipartFile } from '../testing/multipart.ts';

function organisationsCsv(rows: number, prefix: string): string {
  const lines = ['ИНН;Наименование;Вид организации;ОКВЭД основной;Регион'];
  for (let i = 0; i < rows; i++) lines.push(`${completeInn10(`${prefix}${String(i).padStart(9 - prefix.length, '0')}`)};АО «Завод ${i}»;industrial;25.11;22`);
  return lines.join('\n') + '\n';
}

describeOnDatabases('import progress', (db) => {
  let app: FastifyInstance;
  let operator: SignedInClient;
  let other: SignedInClient;
  before(async () => {
    app = await buildApp({ db: db() });
    operator = await signedInAs(app, db(), 'regional_operator', { regionCodes: ['22'] });
    other = await signedInAs(app, db(), 'regional_operator', { regionCodes: ['22'] });
  });

  test('the importer reports reading, validation slice by slice, writing and the end, in order', async () => {
    const events: ImportProgress[] = [];
    await importFile(db(), {
      kind: 'organisations', data: Buffer.from(organisationsCsv(5000, '21')), fileName: 'p.csv', mode: 'all', actor: 't',
      onProgress: (p) => events.push({ ...p }),
    });
    assert.deepEqual(events.map((e) => e.phase).filter((p, i, all) => p !== all[i - 1]), ['reading', 'validating', 'writing', 'finished']);
    const validated = events.filter((e) => e.phase === 'validating').map((e) => e.rowsValidated);
    assert.ok(validated.length >= 3, 'several validation steps for 5000 rows');
    assert.deepEqual(validated, [...validated].sort((a, b) => a - b), 'rows validated only grow');
    assert.deepEqual(events.at(-1), { phase: 'finished', rowsTotal: 5000, rowsValidated: 5000, recordsSent: 5000 });
  });

  test('over HTTP: the upload names a key; its owner reads the progress, nobody else does', async () => {
    const key = randomUUID();
    const upload = await operator.inject({ method: 'POST', url: `/api/import/organisations?progress=${key}`, ...multipartFile('p.csv', organisationsCsv(30, '23')) });
    assert.equal(upload.statusCode, 200, upload.body);
    const read = await operator.inject(`/api/import/progress/${key}`);
    assert.equal(read.statusCode, 200, read.body);
    assert.deepEqual(read.json(), { phase: 'finished', rowsTotal: 30, rowsValidated: 30, recordsSent: 30 });
    assert.equal((await other.inject(`/api/import/progress/${key}`)).statusCode, 404);
    assert.equal((await operator.inject('/api/import/progress/unknown-key-1')).statusCode, 404);
    const bad = await operator.inject({ method: 'POST', url: '/api/import/organisations?progress=no', ...multipartFile('p.csv', organisationsCsv(1, '24')) });
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().error.details[0].path, 'query.progress');
  });
});

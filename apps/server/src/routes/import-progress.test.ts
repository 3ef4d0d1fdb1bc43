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

  test('over HTTP: the upload names a key; the key alone reads the phase and counts, during the import too', async () => {
    const key = randomUUID().replaceAll('-', '');
    // 20 000 rows: long enough that the progress is read while the import's transaction holds the database
    const upload = operator.inject({ method: 'POST', url: `/api/import/organisations?progress=${key}`, ...multipartFile('p.csv', organisationsCsv(20_000, '23')) });
    const seen: string[] = [];
    let finished = false;
    void upload.then(() => (finished = true));
    while (!finished) {
      const read = await other.inject(`/api/import/progress/${key}`);
      if (read.statusCode === 200) seen.push(`${read.json().phase}:${read.json().rowsValidated}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    assert.equal((await upload).statusCode, 200);
    assert.ok(seen.some((s) => /^validating:[1-9]/.test(s)), `progress read during validation: ${seen.slice(0, 5).join(', ')}…`);
    const end = await app.inject(`/api/import/progress/${key}`);
    assert.deepEqual(end.json(), { phase: 'finished', rowsTotal: 20_000, rowsValidated: 20_000, recordsSent: 20_000 });
    assert.equal((await app.inject(`/api/import/progress/${randomUUID().replaceAll('-', '')}`)).statusCode, 404);
    const short = await operator.inject({ method: 'POST', url: '/api/import/organisations?progress=short-key-1', ...multipartFile('p.csv', organisationsCsv(1, '24')) });
    assert.equal(short.statusCode, 400);
    assert.equal(short.json().error.details[0].path, 'query.progress');
  });
});

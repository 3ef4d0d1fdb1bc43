import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { recordImportFailure } from './import-run.ts';

/** A database that refuses the first `down` statements, as one that has gone away and comes back. */
function flakyDatabase(down: number) {
  const statements: unknown[][] = [];
  let calls = 0;
  return {
    statements,
    async query(_text: string, params: readonly unknown[] = []) {
      calls++;
      if (calls <= down) throw new Error('connect ECONNREFUSED 127.0.0.1:5432');
      statements.push([...params]);
      return [];
    },
  };
}

test('a failed import is recorded once the database answers again, not left "running" until the next start', async () => {
  const db = flakyDatabase(3);
  await recordImportFailure(db, 42, 'Connection terminated unexpectedly', [5, 5, 5]);
  assert.equal(db.statements.length, 0, 'the first attempt failed: nothing recorded yet, and no error thrown');
  for (let waited = 0; db.statements.length === 0 && waited < 2000; waited += 5) await sleep(5);
  assert.equal(db.statements.length, 1);
  const [id, status] = db.statements[0]!;
  assert.deepEqual([id, status], [42, 'failed']);
  assert.match(String(db.statements[0]!.at(-1)), /Загрузка прервана: Connection terminated unexpectedly/);
});

test('when the database answers at once, the failure is recorded before the call returns', async () => {
  const db = flakyDatabase(0);
  await recordImportFailure(db, 7, 'ошибка', [5]);
  assert.equal(db.statements.length, 1);
});

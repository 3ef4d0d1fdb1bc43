// Which errors the HTTP layer answers 503 database_unavailable: the ones seen when PostgreSQL restarts
// (postgres-restart.test.ts) and their relatives; anything else stays a 500 or its own code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import Fastify from 'fastify';
import { isDatabaseUnavailable } from '@klaster/db';
import { installErrorHandler } from '../http/error-handler.ts';

const sqlError = (code: string, message: string) => Object.assign(new Error(message), { code });

test('connection failures are recognised, other database errors are not', () => {
  for (const error of [
    sqlError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432'),
    sqlError('57P01', 'terminating connection due to administrator command'),
    sqlError('57P03', 'the database system is shutting down'),
    sqlError('57P03', 'the database system is starting up'),
    sqlError('08006', 'connection failure'),
    sqlError('53300', 'sorry, too many clients already'),
    new Error('Connection terminated unexpectedly'),
    new Error('timeout exceeded when trying to connect'),
    new AggregateError([sqlError('ECONNREFUSED', 'connect ECONNREFUSED ::1:5432'), sqlError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432')]),
    new Error('import failed', { cause: sqlError('57P01', 'terminating connection due to administrator command') }),
  ]) assert.equal(isDatabaseUnavailable(error), true, String(error));
  for (const error of [
    sqlError('23505', 'duplicate key value violates unique constraint'),
    sqlError('42P01', 'relation "nope" does not exist'),
    sqlError('57014', 'canceling statement due to statement timeout'),
    new Error('Connection terminated by the user, politely'),
    new AggregateError([sqlError('ECONNREFUSED', 'refused'), new Error('something else')]),
    null, 'ECONNREFUSED', 42,
  ]) assert.equal(isDatabaseUnavailable(error), false, String(error));
});

test('the error handler answers 503 database_unavailable with Retry-After; other failures stay 500', async () => {
  const app = Fastify();
  installErrorHandler(app);
  app.get('/down', async () => { throw sqlError('57P01', 'terminating connection due to administrator command'); });
  app.get('/bug', async () => { throw sqlError('42P01', 'relation "nope" does not exist'); });
  const down = await app.inject('/down');
  assert.equal(down.statusCode, 503);
  assert.equal(down.headers['retry-after'], '5');
  assert.deepEqual(Object.keys(down.json().error).sort(), ['code', 'message', 'messageEn']);
  assert.equal(down.json().error.code, 'database_unavailable');
  const bug = await app.inject('/bug');
  assert.equal(bug.statusCode, 500);
  assert.equal(bug.json().error.code, 'internal');
  await app.close();
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EdgeListError, EdgeListParser, parseEdgeList } from './edge-list.ts';

test('parses names in order of appearance, default weight 1, CRLF and chunk boundaries', () => {
  const parser = new EdgeListParser();
  for (const chunk of ['source,target,weight\r\na,b,2', '.5\r\nb,c,\r\nc,c,3\r\n', 'a,b,1\r\n']) parser.push(chunk);
  const list = parser.finish();
  assert.deepEqual(list.names, ['a', 'b', 'c']);
  assert.deepEqual([...list.src], [0, 1, 2, 0]);
  assert.deepEqual([...list.dst], [1, 2, 2, 1]);
  assert.deepEqual([...list.weight], [2.5, 1, 3, 1]);
});

test('accepts a header without weight and semicolons', () => {
  const list = parseEdgeList('source;target\nx;y\n');
  assert.deepEqual(list.names, ['x', 'y']);
  assert.deepEqual([...list.weight], [1]);
});

test('reports the line of a bad weight or a bad header', () => {
  assert.throws(() => parseEdgeList('source,target,weight\na,b,1\na,b,много\n'), (e: unknown) => e instanceof EdgeListError && e.line === 3);
  assert.throws(() => parseEdgeList('from,to\n'), (e: unknown) => e instanceof EdgeListError && e.line === 1);
  assert.throws(() => parseEdgeList(''), (e: unknown) => e instanceof EdgeListError && e.line === 1);
});

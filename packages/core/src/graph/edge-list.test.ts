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

test('Cyrillic names, spaces around fields, and weights in any notation', () => {
  const list = parseEdgeList('\uFEFFsource,target,weight\n Завод , Поставщик ,1e3\nЗавод,Поставщик, 0.1\nПоставщик,Склад,.5\nСклад,Завод,123456789012345678\n');
  assert.deepEqual(list.names, ['Завод', 'Поставщик', 'Склад']);
  assert.deepEqual([...list.src], [0, 0, 1, 2]);
  assert.deepEqual([...list.weight], [1000, 0.1, 0.5, 123456789012345678]);
});

test('many distinct names survive the table growing, and ids stay stable', () => {
  const parser = new EdgeListParser();
  parser.push('source,target\n');
  for (let i = 0; i < 50_000; i++) parser.push(`n${i},n${(i * 7) % 50_000}\n`);
  const list = parser.finish();
  assert.equal(list.names.length, 50_000);
  // Ids follow first appearance: n0, n1, n7, n2, n14, n3, n21… so look names up through the edges.
  assert.deepEqual(list.names.slice(0, 7), ['n0', 'n1', 'n7', 'n2', 'n14', 'n3', 'n21']);
  assert.equal(list.names[list.src[12_345]], 'n12345');
  assert.equal(list.names[list.dst[12_345]], `n${(12_345 * 7) % 50_000}`);
  assert.throws(() => parseEdgeList('source,target,weight\na,b,1,2\n'), (e: unknown) => e instanceof EdgeListError && e.line === 2);
});

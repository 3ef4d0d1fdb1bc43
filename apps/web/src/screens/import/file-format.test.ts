import { test } from 'node:test';
import assert from 'node:assert/strict';
import { acceptFor, readsJson, sniffFormat } from './file-format.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

test('a file is read as the server reads it: JSON by its first character, XLSX by the zip signature, the rest as CSV', () => {
  assert.equal(sniffFormat(bytes('{"kind":"clusters","records":[]}')), 'json');
  assert.equal(sniffFormat(bytes('\uFEFF  \r\n[{"code":"x"}]')), 'json');
  assert.equal(sniffFormat(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00])), 'xlsx');
  assert.equal(sniffFormat(bytes('ИНН;ОГРН\r\n2201000001;1022200000010')), 'csv');
  assert.equal(sniffFormat(new Uint8Array([0xc8, 0xcd, 0xcd, 0x3b])), 'csv', 'Windows-1251 text');
  assert.equal(sniffFormat(new Uint8Array()), 'csv');
});

test('JSON is offered and accepted for clusters only: the other readers take tables', () => {
  assert.equal(acceptFor('clusters'), '.csv,.xlsx,.txt,.json');
  for (const kind of ['organisations', 'links', 'needs', 'capabilities'] as const) {
    assert.equal(acceptFor(kind), '.csv,.xlsx,.txt');
    assert.equal(readsJson(kind), false);
  }
  assert.equal(readsJson('clusters'), true);
});

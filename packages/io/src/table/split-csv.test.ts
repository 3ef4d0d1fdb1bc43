import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { splitCsv } from './split-csv.ts';
import { MAX_CELL_LENGTH } from './table.ts';

const delimiters = [';', ',', '\t'] as const;

/** csv-parse with readCsvTable's options: the reference the fast path must agree with. */
function reference(text: string, delimiter: string): string[][] | 'error' {
  try {
    return parse(text, { delimiter, relax_column_count: true, skip_empty_lines: false }) as string[][];
  } catch {
    return 'error';
  }
}

test('any text: the fast path gives csv-parse\'s records, or declines (null) — never different records', () => {
  const char = fc.constantFrom('a', 'я', ' ', ';', ',', '\t', '"', '"', '\n', '\r', '\r\n');
  fc.assert(
    fc.property(fc.array(char, { maxLength: 40 }).map((cs) => cs.join('')), fc.constantFrom(...delimiters), (text, delimiter) => {
      const fast = splitCsv(text, delimiter);
      const expected = reference(text, delimiter);
      if (fast !== null) assert.deepEqual(fast, expected, JSON.stringify(text));
      if (expected === 'error') assert.equal(fast, null, JSON.stringify(text));
    }),
    { numRuns: 20000 },
  );
});

test('well-formed files (quoted cells with delimiters, quotes and line breaks; LF or CRLF) take the fast path', () => {
  const cell = fc.string({ unit: fc.constantFrom('x', 'Ё', ' ', ';', ',', '\t', '"', '\n', '\r\n'), maxLength: 8 });
  fc.assert(
    fc.property(
      fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }),
      fc.constantFrom(...delimiters),
      fc.constantFrom('\n', '\r\n'),
      fc.boolean(),
      (rows, delimiter, eol, finalEol) => {
        const quote = (c: string) => (/[;,\t"\r\n]/.test(c) || c === '' ? `"${c.replace(/"/g, '""')}"` : c);
        const text = rows.map((r) => r.map(quote).join(delimiter)).join(eol) + (finalEol ? eol : '');
        const fast = splitCsv(text, delimiter);
        assert.notEqual(fast, null, JSON.stringify(text));
        assert.deepEqual(fast, rows);
        assert.deepEqual(fast, reference(text, delimiter));
      },
    ),
    { numRuns: 5000 },
  );
});

test('the fast path declines what csv-parse must report: stray and unclosed quotes, lone CR, cells over the limit', () => {
  assert.equal(splitCsv('a;b\nc"d;e\n', ';'), null);
  assert.equal(splitCsv('a;"b"c\n', ';'), null);
  assert.equal(splitCsv('a;"b\nc\n', ';'), null);
  assert.equal(splitCsv('a;b\rc;d\r', ';'), null);
  assert.equal(splitCsv('a;b\r\nc\nd\r\n', ';'), null);
  assert.equal(splitCsv(`a;${'x'.repeat(MAX_CELL_LENGTH + 1)}\n`, ';'), null);
  assert.deepEqual(splitCsv(`a;${'x'.repeat(MAX_CELL_LENGTH)}\n`, ';'), [['a', 'x'.repeat(MAX_CELL_LENGTH)]]);
  assert.deepEqual(splitCsv('\n"a""b";\n\n', ';'), [[''], ['a"b', ''], ['']]);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import type { LinkInput } from '@klaster/core';
import { neutraliseFormula, restoreNeutralised, startsWithFormulaTrigger } from './table/formula-quote.ts';
import { readTable } from './table/read-table.ts';
import { TableReadError } from './table/table.ts';
import { exportCsv } from './export/export-csv.ts';
import { exportXlsx } from './export/export-xlsx.ts';

/**
 * Text a person could put in a cell: Cyrillic, Latin, digits, quotes, delimiters, formula triggers, line breaks.
 * Left out on purpose: NUL and other C0 controls (the reader takes such files for binary), U+FFFD (taken for a
 * mis-decoded file) — both make a whole file unreadable by design, see the report.
 */
const cellChar = fc.constantFrom(...'абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖРСЯabcXYZ019 ".,;:\'=+-@\t\n«»№%()/\\'.split(''));
const cellText = fc.string({ unit: cellChar, maxLength: 40 });

function linkWithProduct(product: string): LinkInput {
  return { supplierInn: '7707083893', buyerInn: '7736207543', okpd2: null, product, year: 2024, volume: 1, source: 'contract' };
}

test('a neutralised cell never starts with a formula trigger, and restoring gives the original back', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary' }), (s) => {
      const out = neutraliseFormula(s);
      assert.equal(startsWithFormulaTrigger(out), false);
      assert.equal(restoreNeutralised(out), s);
    }),
    { numRuns: 2000 },
  );
});

test('any text cell survives CSV export → readTable unchanged, and no exported cell starts with a trigger', async () => {
  await fc.assert(
    fc.asyncProperty(cellText.filter((s) => s !== ''), async (s) => {
      const file = exportCsv('links', [linkWithProduct(s)]);
      const table = await readTable(file, 'p.csv');
      assert.equal(table.rows[0]!.cells[3], s);
      const raw = file.toString('utf8').split('\r\n')[1]!;
      const productCell = raw.split(';').slice(3).join(';');
      assert.equal(startsWithFormulaTrigger(productCell.replace(/^"/, '')), false);
    }),
    { numRuns: 300 },
  );
});

test('any text cell without carriage returns survives XLSX export → readTable unchanged', async () => {
  await fc.assert(
    fc.asyncProperty(cellText.filter((s) => s.trim() !== ''), async (s) => {
      const table = await readTable(await exportXlsx('links', [linkWithProduct(s)]), 'p.xlsx');
      assert.equal(table.rows[0]!.cells[3], s);
    }),
    { numRuns: 60 },
  );
});

async function onlyTableReadError(data: Uint8Array): Promise<void> {
  try {
    await readTable(Buffer.from(data), 'random');
  } catch (err) {
    assert.ok(err instanceof TableReadError, `unexpected ${String(err)}`);
  }
}

test('readTable throws nothing but TableReadError on arbitrary bytes, text and zip-looking data', async () => {
  await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), onlyTableReadError), { numRuns: 500 });
  const zipHeader = [0x50, 0x4b, 0x03, 0x04];
  await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), (tail) => onlyTableReadError(new Uint8Array([...zipHeader, ...tail]))), { numRuns: 200 });
  const text = fc.string({ unit: fc.constantFrom(...'ab;,"\n\r\tя ='.split('')), maxLength: 200 });
  await fc.assert(fc.asyncProperty(text, (s) => onlyTableReadError(Buffer.from(s, 'utf8'))), { numRuns: 500 });
  await fc.assert(fc.asyncProperty(text, (s) => onlyTableReadError(iconv.encode(s, 'win1251'))), { numRuns: 300 });
});

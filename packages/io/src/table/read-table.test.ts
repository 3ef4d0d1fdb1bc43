import { test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { readTable } from './read-table.ts';
import { TableReadError, MAX_CELL_LENGTH } from './table.ts';

async function readError(data: Buffer): Promise<TableReadError> {
  try {
    await readTable(data, 'bad.csv');
  } catch (err) {
    assert.ok(err instanceof TableReadError, `expected TableReadError, got ${String(err)}`);
    return err;
  }
  assert.fail('readTable did not throw');
}

test('semicolon CSV in UTF-8 with a quoted multi-line cell keeps Excel row numbers', async () => {
  const t = await readTable(Buffer.from('ИНН;Название\n\n7707083893;"ПАО ""Сбер""\nбанк"\n7736207543;Яндекс\n'), 'a.csv');
  assert.equal(t.format, 'csv');
  assert.equal(t.encoding, 'utf-8');
  assert.equal(t.delimiter, ';');
  assert.deepEqual(t.headers, ['ИНН', 'Название']);
  assert.deepEqual(t.rows, [
    { rowNumber: 3, cells: ['7707083893', 'ПАО "Сбер"\nбанк'] },
    { rowNumber: 4, cells: ['7736207543', 'Яндекс'] },
  ]);
});

test('Windows-1251 comma CSV is decoded as cp1251, never as UTF-8', async () => {
  const t = await readTable(iconv.encode('ИНН,Название\r\n7707083893,"Сбербанк, ПАО"\r\n', 'win1251'), 'b.csv');
  assert.equal(t.encoding, 'windows-1251');
  assert.equal(t.delimiter, ',');
  assert.deepEqual(t.headers, ['ИНН', 'Название']);
  assert.deepEqual(t.rows[0]!.cells, ['7707083893', 'Сбербанк, ПАО']);
});

test('UTF-8 BOM and tab delimiter', async () => {
  const t = await readTable(Buffer.from('\uFEFFinn\tname\n7707083893\tSber\n'), 'c.tsv');
  assert.equal(t.encoding, 'utf-8');
  assert.equal(t.delimiter, '\t');
  assert.deepEqual(t.headers, ['inn', 'name']);
});

test('delimiter inside quotes on the header line is not counted', async () => {
  const t = await readTable(Buffer.from('"a;b;c",d,e\n1,2,3\n'), 'd.csv');
  assert.equal(t.delimiter, ',');
  assert.deepEqual(t.headers, ['a;b;c', 'd', 'e']);
});

test('unclosed quote is reported at the line where the record starts', async () => {
  const err = await readError(Buffer.from('a;b\n1;2\n3;"4\n5;6\n'));
  assert.equal(err.code, 'broken_quoting');
  assert.equal(err.line, 3);
});

test('text after a closing quote is broken quoting on its line', async () => {
  const err = await readError(Buffer.from('a;b\n1;2\n3;"4"x\n'));
  assert.equal(err.code, 'broken_quoting');
  assert.equal(err.line, 3);
});

test('empty, blank and BOM-only files are empty_file', async () => {
  for (const data of [Buffer.alloc(0), Buffer.from(' \n\r\n'), Buffer.from('\uFEFF\n')]) {
    assert.equal((await readError(data)).code, 'empty_file');
  }
});

test('binary bytes and XLS 97 are refused with their own codes', async () => {
  assert.equal((await readError(Buffer.from([0x01, 0x02, 0x00, 0x41, 0x42]))).code, 'binary_file');
  assert.equal((await readError(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]))).code, 'legacy_xls');
});

test('double-encoded Cyrillic (cp1251 read as UTF-8 and saved) is mojibake', async () => {
  const garbled = iconv.decode(Buffer.from('ИНН;Название\n1;Завод\n', 'utf8'), 'win1251');
  assert.equal((await readError(Buffer.from(garbled, 'utf8'))).code, 'mojibake');
});

test('replacement characters (cp1251 opened as UTF-8) are mojibake', async () => {
  assert.equal((await readError(Buffer.from('ИНН;Название\n1;\uFFFD\uFFFD\uFFFD\n'))).code, 'mojibake');
});

test('a cell over the limit names its row and column', async () => {
  const err = await readError(Buffer.from(`inn;name\n1;ok\n2;${'я'.repeat(MAX_CELL_LENGTH + 1)}\n`));
  assert.equal(err.code, 'cell_too_long');
  assert.equal(err.line, 3);
  assert.equal(err.column, 'name');
});

test('a neutralising apostrophe before a formula trigger is removed on import', async () => {
  const t = await readTable(Buffer.from("a;b\n'=1+2;'x\n"), 'e.csv');
  assert.deepEqual(t.rows[0]!.cells, ['=1+2', "'x"]);
});

test('more than a million data rows is too_many_rows', async () => {
  const err = await readError(Buffer.from('a\n' + '1\n'.repeat(1_000_001)));
  assert.equal(err.code, 'too_many_rows');
});

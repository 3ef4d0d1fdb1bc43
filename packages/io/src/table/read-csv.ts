import { parse, CsvError } from 'csv-parse/sync';
import { decodeText } from './decode.ts';
import { detectDelimiter } from './delimiter.ts';
import { restoreNeutralised } from './formula-quote.ts';
import { splitCsv } from './split-csv.ts';
import {
  MAX_CELL_LENGTH,
  MAX_ROWS,
  TableReadError,
  cellTooLongError,
  noHeaderError,
  tooManyRowsError,
  type ReadTableOptions,
  type Table,
  type TableRow,
} from './table.ts';

/** Reads a CSV buffer: encoding and delimiter detected, one record = one Excel row. */
export function readCsvTable(data: Buffer, fileName: string, opts: ReadTableOptions = {}): Table {
  const { text, encoding } = decodeText(data, opts.encoding);
  const delimiter = opts.delimiter ?? detectDelimiter(text.replace(/^[\r\n]+/, ''));
  const records = parseRecords(text, delimiter);
  const headerIndex = records.findIndex((r) => !isBlank(r));
  if (headerIndex < 0) throw noHeaderError();
  const headers = records[headerIndex]!.map((h) => h.trim());
  const rows: TableRow[] = [];
  for (let i = headerIndex + 1; i < records.length; i++) {
    const record = records[i]!;
    if (isBlank(record)) continue;
    rows.push({ rowNumber: i + 1, cells: record.map(restoreNeutralised) });
  }
  checkCellLengths(headers, records, headerIndex);
  return { fileName, format: 'csv', encoding, delimiter, headers, rows };
}

function parseRecords(text: string, delimiter: string): string[][] {
  const plain = splitCsv(text, delimiter);
  if (plain) return plain;
  let lastCompleteLine = 0;
  try {
    const records = parse(text, {
      delimiter,
      relax_column_count: true,
      skip_empty_lines: false,
      max_record_size: MAX_CELL_LENGTH * 200,
      on_record: (record: string[], context: { lines: number; records: number }) => {
        if (context.records > MAX_ROWS + 1) throw tooManyRowsError();
        lastCompleteLine = context.lines;
        return record;
      },
    }) as string[][];
    return records;
  } catch (err) {
    if (err instanceof TableReadError) throw err;
    throw quotingError(err, lastCompleteLine + 1);
  }
}

/** csv-parse reports where it noticed the problem; an unclosed quote is better shown where it opened. */
function quotingError(err: unknown, recordStartLine: number): TableReadError {
  const code = err instanceof CsvError ? err.code : 'UNKNOWN';
  const reported = err instanceof CsvError && typeof err.lines === 'number' ? err.lines : recordStartLine;
  const line = code === 'CSV_QUOTE_NOT_CLOSED' ? recordStartLine : reported;
  if (code === 'CSV_MAX_RECORD_SIZE') {
    return new TableReadError(
      'cell_too_long',
      `Строка ${line}: запись слишком длинная (незакрытая кавычка или ячейка больше ${MAX_CELL_LENGTH} символов)`,
      `Line ${line}: the record is too long (an unclosed quote or a cell over ${MAX_CELL_LENGTH} characters)`,
      { line },
    );
  }
  return new TableReadError(
    'broken_quoting',
    `Строка ${line}: нарушены кавычки (${describeCsvCode(code).ru}). Значения с кавычками, «;» или переносом строки заключите в двойные кавычки, кавычку внутри удвойте`,
    `Line ${line}: broken quoting (${describeCsvCode(code).en}). Enclose values holding quotes, delimiters or line breaks in double quotes and double any quote inside`,
    { line },
  );
}

function describeCsvCode(code: string): { ru: string; en: string } {
  if (code === 'CSV_QUOTE_NOT_CLOSED') return { ru: 'кавычка открыта и не закрыта', en: 'a quote is opened and never closed' };
  if (code === 'CSV_INVALID_CLOSING_QUOTE') return { ru: 'после закрывающей кавычки идёт текст', en: 'text follows a closing quote' };
  if (code === 'INVALID_OPENING_QUOTE') return { ru: 'кавычка посреди значения', en: 'a quote in the middle of a value' };
  return { ru: code, en: code };
}

function checkCellLengths(headers: string[], records: string[][], headerIndex: number): void {
  for (let i = headerIndex; i < records.length; i++) {
    const record = records[i]!;
    for (let c = 0; c < record.length; c++) {
      if (record[c]!.length > MAX_CELL_LENGTH) throw cellTooLongError(i + 1, headers[c] || String(c + 1), record[c]!.length);
    }
  }
}

function isBlank(record: string[]): boolean {
  return record.every((cell) => cell.trim() === '');
}

import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { cellText } from './xlsx-cell-text.ts';
import { restoreNeutralised } from './formula-quote.ts';
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

const READER_OPTIONS = { sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'cache', worksheets: 'emit', entries: 'emit' } as const;

/**
 * Reads the first (or the named) worksheet of an XLSX workbook with exceljs's streaming reader:
 * about four times faster than loading the workbook, and rows are checked as they arrive.
 */
export async function readXlsxTable(data: Buffer, fileName: string, opts: ReadTableOptions = {}): Promise<Table> {
  const collector = new RowCollector();
  let found = false;
  try {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([data]), READER_OPTIONS);
    for await (const sheet of reader) {
      if (opts.sheet !== undefined && sheetName(sheet) !== opts.sheet) continue;
      found = true;
      for await (const row of sheet) collector.add(row);
      break;
    }
  } catch (err) {
    if (err instanceof TableReadError) throw err;
    throw corruptError(err);
  }
  if (!found) throw sheetNotFound(opts.sheet);
  if (!collector.headers) throw noHeaderError();
  return { fileName, format: 'xlsx', headers: collector.headers, rows: collector.rows };
}

class RowCollector {
  headers: string[] | undefined;
  readonly rows: TableRow[] = [];

  add(row: ExcelJS.Row): void {
    const { cells, formulaColumns } = rowCells(row);
    if (cells.every((c) => c.trim() === '')) return;
    if (!this.headers) {
      this.headers = cells.map((h) => h.trim());
      return;
    }
    if (this.rows.length >= MAX_ROWS) throw tooManyRowsError();
    checkLengths(this.headers, cells, row.number);
    this.rows.push(formulaColumns.length ? { rowNumber: row.number, cells, formulaColumns } : { rowNumber: row.number, cells });
  }
}

function sheetName(sheet: object): string | undefined {
  return 'name' in sheet && typeof sheet.name === 'string' ? sheet.name : undefined;
}

function rowCells(row: ExcelJS.Row): { cells: string[]; formulaColumns: number[] } {
  const values = row.values;
  const cells: string[] = [];
  const formulaColumns: number[] = [];
  if (!Array.isArray(values)) return { cells, formulaColumns };
  // row.values is 1-based: index 0 is always empty.
  for (let col = 1; col < values.length; col++) {
    const { text, isFormula } = cellText(values[col]);
    cells.push(isFormula ? text : restoreNeutralised(text));
    if (isFormula) formulaColumns.push(col - 1);
  }
  return { cells, formulaColumns };
}

function checkLengths(headers: string[], cells: string[], rowNumber: number): void {
  for (let c = 0; c < cells.length; c++) {
    if (cells[c]!.length > MAX_CELL_LENGTH) throw cellTooLongError(rowNumber, headers[c] || String(c + 1), cells[c]!.length);
  }
}

function corruptError(err: unknown): TableReadError {
  return new TableReadError(
    'xlsx_corrupt',
    'Файл XLSX повреждён или обрезан: откройте его в Excel и сохраните заново',
    `The XLSX file is corrupt or truncated: open it in Excel and save it again (${err instanceof Error ? err.message : String(err)})`,
  );
}

function sheetNotFound(name: string | undefined): TableReadError {
  return new TableReadError(
    'sheet_not_found',
    name ? `В книге нет листа «${name}»` : 'В книге нет ни одного листа',
    name ? `The workbook has no sheet "${name}"` : 'The workbook has no worksheet',
  );
}

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

/**
 * Reads the first (or the named) worksheet of an XLSX workbook.
 * The whole workbook is loaded: exceljs 4.4's streaming WorkbookReader decodes each zip chunk to text on its own
 * and turns a Cyrillic letter split across chunks into U+FFFD (seen on 1 row in 3 000), so it is not used.
 */
export async function readXlsxTable(data: Buffer, fileName: string, opts: ReadTableOptions = {}): Promise<Table> {
  const table = sheetTable(await loadSheet(data, opts.sheet), fileName);
  if (!table) throw noHeaderError();
  return table;
}

/** Every worksheet that has a header row, in workbook order, from one load (files whose parts sit on several sheets). */
export async function readXlsxSheets(data: Buffer, fileName: string): Promise<{ sheet: string; table: Table }[]> {
  const workbook = await loadWorkbook(data);
  return workbook.worksheets.flatMap((sheet) => {
    const table = sheetTable(sheet, fileName);
    return table ? [{ sheet: sheet.name, table }] : [];
  });
}

/** The sheet as a table; null when it has no header row (no non-empty row at all). */
function sheetTable(sheet: ExcelJS.Worksheet, fileName: string): Table | null {
  if (sheet.rowCount > MAX_ROWS + 1) throw tooManyRowsError();
  let headers: string[] | undefined;
  const rows: TableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const { cells, formulaColumns } = rowCells(row);
    if (cells.every((c) => c.trim() === '')) return;
    if (!headers) {
      headers = cells.map((h) => h.trim());
      return;
    }
    checkLengths(headers, cells, rowNumber);
    rows.push(formulaColumns.length ? { rowNumber, cells, formulaColumns } : { rowNumber, cells });
  });
  return headers ? { fileName, format: 'xlsx', headers, rows } : null;
}

async function loadWorkbook(data: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch (err) {
    throw new TableReadError(
      'xlsx_corrupt',
      'Файл XLSX повреждён или обрезан: откройте его в Excel и сохраните заново',
      `The XLSX file is corrupt or truncated: open it in Excel and save it again (${err instanceof Error ? err.message : String(err)})`,
    );
  }
  return workbook;
}

async function loadSheet(data: Buffer, name: string | undefined): Promise<ExcelJS.Worksheet> {
  const workbook = await loadWorkbook(data);
  const sheet = name ? workbook.getWorksheet(name) : workbook.worksheets[0];
  if (!sheet) {
    throw new TableReadError(
      'sheet_not_found',
      name ? `В книге нет листа «${name}»` : 'В книге нет ни одного листа',
      name ? `The workbook has no sheet "${name}"` : 'The workbook has no worksheet',
    );
  }
  return sheet;
}

function rowCells(row: ExcelJS.Row): { cells: string[]; formulaColumns: number[] } {
  const cells: string[] = [];
  const formulaColumns: number[] = [];
  row.eachCell({ includeEmpty: false }, (cell, col) => {
    const { text, isFormula } = cellText(cell.value);
    while (cells.length < col - 1) cells.push('');
    cells[col - 1] = isFormula ? text : restoreNeutralised(text);
    if (isFormula) formulaColumns.push(col - 1);
  });
  return { cells, formulaColumns };
}

function checkLengths(headers: string[], cells: string[], rowNumber: number): void {
  for (let c = 0; c < cells.length; c++) {
    if (cells[c]!.length > MAX_CELL_LENGTH) throw cellTooLongError(rowNumber, headers[c] || String(c + 1), cells[c]!.length);
  }
}

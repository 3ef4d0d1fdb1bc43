import { PassThrough, type Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ImportKind } from '../columns/field-spec.ts';
import { neutraliseFormula } from '../table/formula-quote.ts';
import type { ExportCell, RecordsByKind } from './record-rows.ts';
import { exportSheets } from './export-sheets.ts';

function xlsxValue(cell: ExportCell): string | number | null {
  return typeof cell === 'string' ? neutraliseFormula(cell) : cell;
}

/**
 * Streams an XLSX export into `output` row by row (exceljs streaming writer), so large registries never sit in memory
 * as a workbook. Text cells are neutralised like CSV; numbers are written as numbers. Clusters take three sheets.
 */
export async function writeXlsxExport<K extends ImportKind>(kind: K, records: Iterable<RecordsByKind[K]>, output: Writable): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  for (const { name, headers, rows } of exportSheets(kind, records)) {
    const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = headers.map((header) => ({ header, width: Math.min(Math.max(header.length + 4, 14), 40) }));
    sheet.getRow(1).font = { bold: true };
    sheet.getRow(1).commit();
    for (const row of rows) sheet.addRow(row.map(xlsxValue)).commit();
    sheet.commit();
  }
  await workbook.commit();
}

export async function exportXlsx<K extends ImportKind>(kind: K, records: Iterable<RecordsByKind[K]>): Promise<Buffer> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    sink.on('end', resolve);
    sink.on('error', reject);
  });
  await writeXlsxExport(kind, records, sink);
  await finished;
  return Buffer.concat(chunks);
}

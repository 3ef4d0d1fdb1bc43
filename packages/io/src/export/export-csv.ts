import type { ImportKind } from '../columns/field-spec.ts';
import { neutraliseFormula } from '../table/formula-quote.ts';
import { toCsvText } from './csv-writer.ts';
import { exportHeaders, recordRows, type ExportCell, type RecordsByKind } from './record-rows.ts';

/** Numbers with a decimal comma, as Russian Excel reads them; never neutralised, so -37,5 stays a number. */
export function csvNumber(n: number): string {
  return String(n).replace('.', ',');
}

function csvText(cell: ExportCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return csvNumber(cell);
  return neutraliseFormula(cell);
}

/** CSV export: UTF-8 with BOM, ';', RFC 4180 quoting, Russian headers, formula triggers neutralised. */
export function exportCsv<K extends ImportKind>(kind: K, records: Iterable<RecordsByKind[K]>): Buffer {
  const rows: string[][] = [exportHeaders(kind)];
  for (const record of records) for (const row of recordRows(kind, record)) rows.push(row.map(csvText));
  return Buffer.from('\uFEFF' + toCsvText(rows), 'utf8');
}

import ExcelJS from 'exceljs';
import { CONTRACT_KINDS, type Dossier } from '@klaster/core/dossier/index.ts';
import { CLUSTER_FIELDS, FIRST_DATA_ROW, HINT_ROW, TABLE_SHEETS, TABLE_SHEET_NAMES, columnLetter, type ColumnDef } from './dossier-sheets.ts';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
const HINT_FONT: Partial<ExcelJS.Font> = { italic: true, color: { argb: 'FF666666' } };
/** Rows that get the `kind` drop-down in an empty template. */
const TEMPLATE_ROWS = 500;

/** Writes a dossier as a workbook that readDossierXlsx reads back to the same JSON. */
export async function writeDossierXlsx(dossier: Dossier): Promise<Buffer> {
  return buildWorkbook(dossier);
}

/** An empty dossier workbook for people to fill in: headers, hints, the allowed contract kinds. */
export async function dossierTemplateXlsx(): Promise<Buffer> {
  return buildWorkbook(null);
}

async function buildWorkbook(dossier: Dossier | null): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  addClusterSheet(workbook, dossier);
  for (const name of TABLE_SHEET_NAMES) {
    const rows = (dossier?.[name] ?? []) as unknown as Record<string, unknown>[];
    addTableSheet(workbook, name, TABLE_SHEETS[name], rows);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function styleHeader(sheet: ExcelJS.Worksheet): void {
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).eachCell((cell) => (cell.fill = HEADER_FILL));
  sheet.getRow(HINT_ROW).font = HINT_FONT;
}

function getPath(dossier: Dossier, dotted: string): unknown {
  return dotted.split('.').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), dossier);
}

function cellValue(value: unknown, def: ColumnDef): ExcelJS.CellValue {
  if (value === undefined || value === null) return null;
  if (def.kind === 'list' && Array.isArray(value)) return value.join(', ');
  if (def.kind === 'boolean') return value ? 'да' : 'нет';
  return value as ExcelJS.CellValue;
}

function addClusterSheet(workbook: ExcelJS.Workbook, dossier: Dossier | null): void {
  const sheet = workbook.addWorksheet('cluster', { views: [{ state: 'frozen', ySplit: HINT_ROW }] });
  sheet.columns = [{ width: 44 }, { width: 40 }, { width: 56 }];
  sheet.addRow(['field', 'value', 'description']);
  sheet.addRow(['Поле', 'Значение', 'Пояснение']);
  for (const def of CLUSTER_FIELDS) {
    const row = sheet.addRow([def.key, dossier ? cellValue(getPath(dossier, def.key), def) : null, def.hint]);
    row.getCell(2).numFmt = '@';
  }
  styleHeader(sheet);
}

function addTableSheet(workbook: ExcelJS.Workbook, name: string, defs: readonly ColumnDef[], rows: Record<string, unknown>[]): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: HINT_ROW }] });
  sheet.columns = defs.map((d) => ({ width: d.width }));
  sheet.addRow(defs.map((d) => d.key));
  sheet.addRow(defs.map((d) => d.hint));
  defs.forEach((d, i) => {
    // Identifiers and codes stay text, so Excel never drops a leading zero.
    if (d.kind === 'inn' || d.kind === 'region' || d.key === 'okved') sheet.getColumn(i + 1).numFmt = '@';
  });
  for (const record of rows) sheet.addRow(defs.map((d) => cellValue(record[d.key], d)));
  const kindColumn = defs.findIndex((d) => d.key === 'kind');
  if (kindColumn >= 0) addKindValidation(sheet, columnLetter(kindColumn + 1), Math.max(rows.length, TEMPLATE_ROWS));
  styleHeader(sheet);
}

function addKindValidation(sheet: ExcelJS.Worksheet, column: string, rowCount: number): void {
  for (let row = FIRST_DATA_ROW; row < FIRST_DATA_ROW + rowCount; row++) {
    sheet.getCell(`${column}${row}`).dataValidation = { type: 'list', allowBlank: true, formulae: [`"${CONTRACT_KINDS.join(',')}"`] };
  }
}

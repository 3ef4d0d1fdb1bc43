import ExcelJS from 'exceljs';
import { parseDossier, type Dossier } from '@klaster/core/dossier/index.ts';
import { CLUSTER_FIELDS, FIRST_DATA_ROW, HEADER_ROW, TABLE_SHEETS, TABLE_SHEET_NAMES, columnLetter, type ColumnDef, type TableSheetName } from './dossier-sheets.ts';
import { convertCell, plainValue } from './cell-values.ts';
import { cellIssue, type LocatedIssue } from './located-issue.ts';
import { locateJsonPath, type SheetLayout } from './locate-path.ts';

export type DossierFileResult = { ok: true; dossier: Dossier } | { ok: false; issues: LocatedIssue[] };

/** Reads a dossier workbook: cells are converted by column kind, then the JSON is validated; every error names sheet, cell and field. */
export async function readDossierXlsx(data: Buffer): Promise<DossierFileResult> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch (error) {
    return { ok: false, issues: [{ where: '(file)', message: `not a readable XLSX workbook: ${(error as Error).message}` }] };
  }
  const issues: LocatedIssue[] = [];
  const layout: SheetLayout = { clusterRows: new Map(), tableRows: {} };
  const json: Record<string, unknown> = { cluster: {} };
  readClusterSheet(workbook, json, layout, issues);
  for (const name of TABLE_SHEET_NAMES) json[name] = readTableSheet(workbook, name, layout, issues);
  if (issues.length > 0) return { ok: false, issues };
  const parsed = parseDossier(json);
  if (parsed.ok) return parsed;
  return { ok: false, issues: parsed.issues.map((i) => locateJsonPath(i.path, i.message, layout)) };
}

function sheetOrIssue(workbook: ExcelJS.Workbook, name: string, issues: LocatedIssue[]): ExcelJS.Worksheet | undefined {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) issues.push({ where: `${name}`, sheet: name, message: `sheet "${name}" is missing` });
  return sheet;
}

function setPath(target: Record<string, unknown>, dotted: string, value: unknown): void {
  const keys = dotted.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
  node[keys[keys.length - 1]!] = value;
}

function readClusterSheet(workbook: ExcelJS.Workbook, json: Record<string, unknown>, layout: SheetLayout, issues: LocatedIssue[]): void {
  const sheet = sheetOrIssue(workbook, 'cluster', issues);
  if (!sheet) return;
  const defs = new Map(CLUSTER_FIELDS.map((f) => [f.key, f]));
  for (let row = FIRST_DATA_ROW; row <= sheet.rowCount; row++) {
    const key = String(plainValue(sheet.getRow(row).getCell(1).value) ?? '').trim();
    if (!key) continue;
    const def = defs.get(key);
    if (!def) {
      issues.push(cellIssue('cluster', row, 'A', key, `unknown field; expected one of ${[...defs.keys()].join(', ')}`));
      continue;
    }
    layout.clusterRows.set(key, row);
    const converted = convertCell(plainValue(sheet.getRow(row).getCell(2).value), def.kind);
    if (!converted.ok) issues.push(cellIssue('cluster', row, 'B', key, converted.message));
    else if (converted.value !== undefined) setPath(json, key, converted.value);
  }
  settleOptionalObjects(json);
}

/** An empty programme means "no programme" (null); an organisation with no field filled in is absent. */
function settleOptionalObjects(json: Record<string, unknown>): void {
  const cluster = json.cluster as Record<string, unknown>;
  if (cluster.developmentProgramme === undefined) cluster.developmentProgramme = null;
  if (cluster.specializedOrganization === undefined) cluster.specializedOrganization = null;
}

function readTableSheet(workbook: ExcelJS.Workbook, name: TableSheetName, layout: SheetLayout, issues: LocatedIssue[]): Record<string, unknown>[] {
  const sheet = sheetOrIssue(workbook, name, issues);
  if (!sheet) return [];
  const columns = columnPositions(sheet, name, TABLE_SHEETS[name], issues);
  const rows: Record<string, unknown>[] = [];
  const rowNumbers: number[] = [];
  for (let row = FIRST_DATA_ROW; row <= sheet.rowCount; row++) {
    const cells = sheet.getRow(row);
    const record: Record<string, unknown> = {};
    for (const { def, index } of columns) {
      const converted = convertCell(plainValue(cells.getCell(index).value), def.kind);
      if (!converted.ok) issues.push(cellIssue(name, row, columnLetter(index), def.key, converted.message));
      else if (converted.value !== undefined) record[def.key] = converted.value;
    }
    if (Object.keys(record).length === 0) continue;
    rows.push(record);
    rowNumbers.push(row);
  }
  layout.tableRows[name] = { rowNumbers, columns: new Map(columns.map((c) => [c.def.key, columnLetter(c.index)])) };
  return rows;
}

/** Finds each expected column by its header in row 1, so users may reorder columns. */
function columnPositions(sheet: ExcelJS.Worksheet, name: string, defs: readonly ColumnDef[], issues: LocatedIssue[]): { def: ColumnDef; index: number }[] {
  const headers = new Map<string, number>();
  sheet.getRow(HEADER_ROW).eachCell((cell, index) => headers.set(String(plainValue(cell.value) ?? '').trim(), index));
  return defs.flatMap((def) => {
    const index = headers.get(def.key);
    if (index === undefined) {
      issues.push({ where: `${name}!${HEADER_ROW} (${def.key})`, sheet: name, row: HEADER_ROW, field: def.key, message: `column "${def.key}" is missing from the header row` });
      return [];
    }
    return [{ def, index }];
  });
}

import ExcelJS from 'exceljs';
import type { Dossier } from '@klaster/core/dossier/index.ts';
import { CLUSTER_FIELDS, FIRST_DATA_ROW, HEADER_ROW, TABLE_SHEETS, TABLE_SHEET_NAMES, columnLetter, type ColumnDef, type TableSheetName } from './dossier-sheets.ts';
import { convertCell, plainValue } from './cell-values.ts';
import { cellIssue, type LocatedIssue } from './located-issue.ts';
import { cellOfPath, locateJsonPath, type PathIssue, type SheetLayout } from './locate-path.ts';
import { ReadProblems } from './read-problems.ts';

export type DossierValidation = { ok: true; dossier: Dossier } | { ok: false; details: PathIssue[] };

/**
 * Validates the dossier JSON built from a workbook and words its problems at their dossier paths. The wording is
 * the caller's (the server words them for a Russian UI); `cellOf` names the cell of another path, for a problem
 * that points at one (a repeated INN's first occurrence).
 */
export type DossierValidator = (json: unknown, cellOf: (path: string) => string) => DossierValidation;

export type DossierFileResult = { ok: true; dossier: Dossier } | { ok: false; issues: LocatedIssue[] };

const SHEET_ORDER: readonly string[] = ['cluster', ...TABLE_SHEET_NAMES];

/**
 * Reads a dossier workbook: cells are converted by column kind, then the JSON is validated by `validate`. Every
 * problem names sheet, cell and field, in Russian and English; all of them come at once, in sheet and row order,
 * except the validator's complaints about what a reading problem already explains (the field of a bad cell, the
 * rows of a missing sheet or column).
 */
export async function readDossierXlsx(data: Buffer, validate: DossierValidator): Promise<DossierFileResult> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch (error) {
    return { ok: false, issues: [{ where: '(file)', message: 'файл не читается как книга Excel (XLSX)', messageEn: `not a readable XLSX workbook: ${(error as Error).message}` }] };
  }
  const problems = new ReadProblems();
  const layout: SheetLayout = { clusterRows: new Map(), tableRows: {} };
  const json: Record<string, unknown> = { cluster: {} };
  readClusterSheet(workbook, json, layout, problems);
  for (const name of TABLE_SHEET_NAMES) json[name] = readTableSheet(workbook, name, layout, problems);
  const validated = validate(json, (path) => cellOfPath(path, layout));
  if (validated.ok && problems.issues.length === 0) return validated;
  const located = validated.ok ? [] : validated.details.map((d) => locateJsonPath(d, layout)).filter((i) => !problems.explains(i));
  return { ok: false, issues: inSheetOrder([...problems.issues, ...located]) };
}

function inSheetOrder(issues: LocatedIssue[]): LocatedIssue[] {
  const sheet = (i: LocatedIssue) => (i.sheet === undefined ? -1 : SHEET_ORDER.indexOf(i.sheet));
  const column = (i: LocatedIssue) => (i.column ? [...i.column].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) : 0);
  return issues.sort((a, b) => sheet(a) - sheet(b) || (a.row ?? 0) - (b.row ?? 0) || column(a) - column(b));
}

function sheetOrIssue(workbook: ExcelJS.Workbook, name: string, problems: ReadProblems): ExcelJS.Worksheet | undefined {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) problems.sheet({ where: name, sheet: name, message: `нет листа «${name}»`, messageEn: `sheet "${name}" is missing` });
  return sheet;
}

function setPath(target: Record<string, unknown>, dotted: string, value: unknown): void {
  const keys = dotted.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
  node[keys[keys.length - 1]!] = value;
}

function readClusterSheet(workbook: ExcelJS.Workbook, json: Record<string, unknown>, layout: SheetLayout, problems: ReadProblems): void {
  const sheet = sheetOrIssue(workbook, 'cluster', problems);
  if (!sheet) return;
  const defs = new Map(CLUSTER_FIELDS.map((f) => [f.key, f]));
  const known = [...defs.keys()].join(', ');
  for (let row = FIRST_DATA_ROW; row <= sheet.rowCount; row++) {
    const key = String(plainValue(sheet.getRow(row).getCell(1).value) ?? '').trim();
    if (!key) continue;
    const def = defs.get(key);
    if (!def) {
      problems.cell(cellIssue('cluster', row, 'A', key, { message: `неизвестное поле; допустимы: ${known}`, messageEn: `unknown field; expected one of ${known}`, value: key }));
      continue;
    }
    layout.clusterRows.set(key, row);
    const converted = convertCell(plainValue(sheet.getRow(row).getCell(2).value), def.kind);
    if (!converted.ok) problems.cell(cellIssue('cluster', row, 'B', key, converted));
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

function readTableSheet(workbook: ExcelJS.Workbook, name: TableSheetName, layout: SheetLayout, problems: ReadProblems): Record<string, unknown>[] {
  const sheet = sheetOrIssue(workbook, name, problems);
  if (!sheet) return [];
  const columns = columnPositions(sheet, name, TABLE_SHEETS[name], problems);
  const rows: Record<string, unknown>[] = [];
  const rowNumbers: number[] = [];
  for (let row = FIRST_DATA_ROW; row <= sheet.rowCount; row++) {
    const cells = sheet.getRow(row);
    const record: Record<string, unknown> = {};
    let filled = false;
    for (const { def, index } of columns) {
      const converted = convertCell(plainValue(cells.getCell(index).value), def.kind);
      if (!converted.ok) problems.cell(cellIssue(name, row, columnLetter(index), def.key, converted));
      else if (converted.value !== undefined) record[def.key] = converted.value;
      filled ||= !converted.ok || converted.value !== undefined;
    }
    if (!filled) continue;
    rows.push(record);
    rowNumbers.push(row);
  }
  layout.tableRows[name] = { rowNumbers, columns: new Map(columns.map((c) => [c.def.key, columnLetter(c.index)])) };
  return rows;
}

/** Finds each expected column by its header in row 1, so users may reorder columns. */
function columnPositions(sheet: ExcelJS.Worksheet, name: string, defs: readonly ColumnDef[], problems: ReadProblems): { def: ColumnDef; index: number }[] {
  const headers = new Map<string, number>();
  sheet.getRow(HEADER_ROW).eachCell((cell, index) => headers.set(String(plainValue(cell.value) ?? '').trim(), index));
  return defs.flatMap((def) => {
    const index = headers.get(def.key);
    if (index === undefined) {
      problems.column({
        where: `${name}!${HEADER_ROW} (${def.key})`, sheet: name, row: HEADER_ROW, field: def.key,
        message: `в строке заголовков нет столбца «${def.key}»`, messageEn: `column "${def.key}" is missing from the header row`,
      });
      return [];
    }
    return [{ def, index }];
  });
}

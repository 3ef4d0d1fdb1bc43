import { CLUSTER_FIELDS, type TableSheetName } from './dossier-sheets.ts';
import { cellIssue, type LocatedIssue } from './located-issue.ts';

/** Where each JSON value came from in the workbook, recorded while reading. */
export interface SheetLayout {
  clusterRows: Map<string, number>;
  tableRows: Partial<Record<TableSheetName, { rowNumbers: number[]; columns: Map<string, string> }>>;
}

/** Turns a validation path (`participants[3].inn`) into the cell it came from (`participants!A6 (inn)`). */
export function locateJsonPath(path: string, message: string, layout: SheetLayout): LocatedIssue {
  const table = /^(participants|contracts|purchases)\[(\d+)\](?:\.(\w+))?/.exec(path);
  if (table) {
    const info = layout.tableRows[table[1] as TableSheetName];
    const row = info?.rowNumbers[Number(table[2])];
    const field = table[3] ?? '';
    const column = info?.columns.get(field);
    if (row !== undefined && column) return cellIssue(table[1]!, row, column, field, message);
    if (row !== undefined) return { where: `${table[1]}!${row}`, sheet: table[1], row, message: `${path}: ${message}` };
  }
  const clusterField = CLUSTER_FIELDS.map((f) => f.key).filter((key) => path === key || path.startsWith(`${key}[`) || key.startsWith(`${path}.`))[0];
  const row = clusterField ? layout.clusterRows.get(clusterField) : undefined;
  if (clusterField && row !== undefined) return cellIssue('cluster', row, 'B', clusterField, message);
  return { where: path.startsWith('cluster') || path === 'asOf' ? `cluster (${path})` : path, sheet: 'cluster', field: path, message };
}

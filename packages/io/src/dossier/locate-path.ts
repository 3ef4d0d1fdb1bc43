import { CLUSTER_FIELDS, type TableSheetName } from './dossier-sheets.ts';
import { cellIssue, type LocatedIssue, type Wording } from './located-issue.ts';

/** Where each JSON value came from in the workbook, recorded while reading. */
export interface SheetLayout {
  clusterRows: Map<string, number>;
  tableRows: Partial<Record<TableSheetName, { rowNumbers: number[]; columns: Map<string, string> }>>;
}

/** A validation problem at a dossier path (`participants[3].inn`), as a dossier validator reports it. */
export interface PathIssue extends Wording {
  path: string;
}

/** Turns a validation problem at a path (`participants[3].inn`) into one at the cell it came from (`participants!A6 (inn)`). */
export function locateJsonPath(issue: PathIssue, layout: SheetLayout): LocatedIssue {
  const { path, ...wording } = issue;
  const table = /^(participants|contracts|purchases)\[(\d+)\](?:\.(\w+))?/.exec(path);
  if (table) {
    const info = layout.tableRows[table[1] as TableSheetName];
    const row = info?.rowNumbers[Number(table[2])];
    const field = table[3] ?? '';
    const column = info?.columns.get(field);
    if (row !== undefined && column) return cellIssue(table[1]!, row, column, field, wording);
    // no column of its own (the row as a whole): the row, and the path inside it in the message
    if (row !== undefined) return { ...wording, where: `${table[1]}!${row}`, sheet: table[1], row, field, message: `${path}: ${wording.message}`, messageEn: `${path}: ${wording.messageEn}` };
  }
  const clusterField = CLUSTER_FIELDS.map((f) => f.key).filter((key) => path === key || path.startsWith(`${key}[`) || key.startsWith(`${path}.`))[0];
  const row = clusterField ? layout.clusterRows.get(clusterField) : undefined;
  if (clusterField && row !== undefined) return cellIssue('cluster', row, 'B', clusterField, wording);
  if (path.startsWith('cluster') || path === 'asOf') return { ...wording, where: `cluster (${path})`, sheet: 'cluster', field: clusterField ?? path };
  return { ...wording, where: path, ...(table ? { sheet: table[1] } : {}) };
}

/** The cell a path came from, as `where` names it: a validator uses it to point at another entry (a repeated INN's first). */
export function cellOfPath(path: string, layout: SheetLayout): string {
  return locateJsonPath({ path, message: '', messageEn: '' }, layout).where;
}

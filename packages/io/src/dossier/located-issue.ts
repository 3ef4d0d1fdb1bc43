/** A problem in a dossier file, located where a person would look: the sheet and cell, or the JSON path. */
export interface LocatedIssue {
  /** `participants!A5 (inn)` for a workbook, `participants[3].inn` for JSON, `(file)` for the file itself. */
  where: string;
  message: string;
  sheet?: string;
  row?: number;
  column?: string;
  field?: string;
}

export function cellIssue(sheet: string, row: number, column: string, field: string, message: string): LocatedIssue {
  return { where: `${sheet}!${column}${row} (${field})`, message, sheet, row, column, field };
}

export function formatLocatedIssues(issues: readonly LocatedIssue[]): string {
  return issues.map((i) => `${i.where}: ${i.message}`).join('\n');
}

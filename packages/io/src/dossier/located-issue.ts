/**
 * A problem in a dossier workbook, located where a person would look (the sheet and cell) and worded in
 * Russian (`message`, the UI's language) and English (`messageEn`), as the API's error details are.
 */
export interface LocatedIssue {
  /** `participants!A5 (inn)` for a cell, `purchases` for a whole sheet, `(file)` for the file itself. */
  where: string;
  message: string;
  messageEn: string;
  /** What the cell held, when the problem is about it. */
  value?: unknown;
  sheet?: string;
  row?: number;
  column?: string;
  field?: string;
}

/** A problem's wording in both languages, with the value it is about. */
export interface Wording {
  message: string;
  messageEn: string;
  value?: unknown;
}

/** A problem at one cell: everything of its place is known. */
export type CellIssue = LocatedIssue & Required<Pick<LocatedIssue, 'sheet' | 'row' | 'column' | 'field'>>;

export function cellIssue(sheet: string, row: number, column: string, field: string, wording: Wording): CellIssue {
  return { where: `${sheet}!${column}${row} (${field})`, ...wording, sheet, row, column, field };
}

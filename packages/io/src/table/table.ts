/** A tabular import file after decoding: headers plus data rows, every cell as text. */
export type TableFormat = 'csv' | 'xlsx';
export type TableEncoding = 'utf-8' | 'windows-1251';
export type TableDelimiter = ',' | ';' | '\t';

export interface TableRow {
  /** The row number a person sees in Excel (the header is row 1 when it is the first line). */
  rowNumber: number;
  cells: string[];
  /** Column indexes whose XLSX cell held a formula: never evaluated, reported by validation. */
  formulaColumns?: number[];
}

export interface Table {
  fileName: string;
  format: TableFormat;
  encoding?: TableEncoding;
  delimiter?: TableDelimiter;
  headers: string[];
  rows: TableRow[];
}

export interface ReadTableOptions {
  /** XLSX: the worksheet to read (default: the first one). */
  sheet?: string;
  /** CSV: force a delimiter instead of detecting it. */
  delimiter?: TableDelimiter;
  /** CSV: force an encoding instead of detecting it. */
  encoding?: TableEncoding;
}

/** Limits that protect the importer from hostile or broken files. */
export const MAX_CELL_LENGTH = 10_000;
export const MAX_ROWS = 1_000_000;

export type TableReadErrorCode =
  | 'empty_file'
  | 'no_header'
  | 'binary_file'
  | 'legacy_xls'
  | 'unsupported_encoding'
  | 'mojibake'
  | 'broken_quoting'
  | 'cell_too_long'
  | 'too_many_rows'
  | 'xlsx_corrupt'
  | 'sheet_not_found'
  | 'invalid_json';

/** The file as a whole cannot be read (the CLI exits with code 2). */
export class TableReadError extends Error {
  readonly code: TableReadErrorCode;
  readonly messageRu: string;
  readonly messageEn: string;
  readonly line?: number;
  readonly column?: string;

  constructor(code: TableReadErrorCode, messageRu: string, messageEn: string, where: { line?: number; column?: string } = {}) {
    super(messageEn);
    this.name = 'TableReadError';
    this.code = code;
    this.messageRu = messageRu;
    this.messageEn = messageEn;
    if (where.line !== undefined) this.line = where.line;
    if (where.column !== undefined) this.column = where.column;
  }
}

export function cellTooLongError(line: number, column: string, length: number): TableReadError {
  return new TableReadError(
    'cell_too_long',
    `Строка ${line}, столбец «${column}»: ячейка длиной ${length} символов, допустимо не более ${MAX_CELL_LENGTH}`,
    `Row ${line}, column "${column}": the cell has ${length} characters, at most ${MAX_CELL_LENGTH} allowed`,
    { line, column },
  );
}

export function tooManyRowsError(): TableReadError {
  return new TableReadError(
    'too_many_rows',
    `В файле больше ${MAX_ROWS.toLocaleString('ru-RU')} строк: разделите его на части`,
    `The file has more than ${MAX_ROWS} rows: split it`,
  );
}

export function noHeaderError(): TableReadError {
  return new TableReadError('no_header', 'В файле нет строки заголовков', 'The file has no header row');
}

export function emptyFileError(): TableReadError {
  return new TableReadError('empty_file', 'Файл пуст', 'The file is empty');
}

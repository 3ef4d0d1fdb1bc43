/** One problem in one row of an import file. */
export interface RowError {
  /** Excel row number (1 = header row: used for problems with the columns themselves). */
  rowNumber: number;
  /** The header as written in the file, or the field key when the column is missing. */
  column: string;
  field: string;
  value: string;
  reasonRu: string;
  reasonEn: string;
  /** The worksheet, for files whose parts sit on several sheets (clusters: «Кластеры», «Соглашения», «Льготы»). */
  sheet?: string;
}

export interface ValidRecord<T> {
  /** All rows that contributed to the record (an organisation may span several year rows). */
  rowNumbers: number[];
  input: T;
}

export interface ValidationResult<T> {
  valid: ValidRecord<T>[];
  errors: RowError[];
}

export function sortErrors(errors: RowError[]): RowError[] {
  return errors.sort((a, b) => a.rowNumber - b.rowNumber);
}

import type ExcelJS from 'exceljs';

export interface CellText {
  text: string;
  isFormula: boolean;
}

/** Numbers as a person typed them: 15 significant digits drop binary float noise (0.1+0.2). */
export function numberText(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  return String(Number(n.toPrecision(15)));
}

/** Dates as YYYY-MM-DD; exceljs gives spreadsheet dates as UTC midnight. */
export function dateText(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  return d.toISOString().slice(0, 10);
}

/** The text of one cell; formulas are flagged and shown as "=…", never evaluated nor replaced by a cached result. */
export function cellText(value: ExcelJS.CellValue): CellText {
  if (value === null || value === undefined) return { text: '', isFormula: false };
  if (typeof value === 'string') return { text: value, isFormula: false };
  if (typeof value === 'number') return { text: numberText(value), isFormula: false };
  if (typeof value === 'boolean') return { text: value ? 'TRUE' : 'FALSE', isFormula: false };
  if (value instanceof Date) return { text: dateText(value), isFormula: false };
  if ('formula' in value && typeof value.formula === 'string') return { text: '=' + value.formula, isFormula: true };
  if ('sharedFormula' in value && typeof value.sharedFormula === 'string') return { text: '=' + value.sharedFormula, isFormula: true };
  if ('richText' in value && Array.isArray(value.richText)) return { text: value.richText.map((r) => r.text).join(''), isFormula: false };
  if ('hyperlink' in value && 'text' in value) return { text: plainText(value.text), isFormula: false };
  if ('error' in value) return { text: String(value.error), isFormula: false };
  return { text: '', isFormula: false };
}

function plainText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && 'richText' in value && Array.isArray(value.richText)) {
    return value.richText.map((r: { text?: unknown }) => String(r.text ?? '')).join('');
  }
  return '';
}

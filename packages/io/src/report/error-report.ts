import type { RowError } from '../validate/row-error.ts';
import { neutraliseFormula } from '../table/formula-quote.ts';
import { toCsvText } from '../export/csv-writer.ts';

export type ReportLanguage = 'ru' | 'en';

const HEADINGS: Record<ReportLanguage, [string, string, string, string]> = {
  ru: ['Строка', 'Столбец', 'Значение', 'Причина'],
  en: ['Row', 'Column', 'Value', 'Reason'],
};
/** Long values are cut in the terminal table only; the CSV report keeps them whole. */
const MAX_VALUE_WIDTH = 40;
const MAX_COLUMN_WIDTH = 30;

function clip(text: string, width: number): string {
  const oneLine = text.replace(/[\r\n\t]+/g, ' ');
  return oneLine.length > width ? oneLine.slice(0, width - 1) + '…' : oneLine;
}

/** Files whose parts sit on several sheets (clusters) get a sheet column; the others keep their four. */
const hasSheets = (errors: readonly RowError[]) => errors.some((e) => e.sheet !== undefined);

/** A plain-text table for the terminal: one line per error, columns padded. */
export function formatErrorReport(errors: readonly RowError[], lang: ReportLanguage = 'ru'): string {
  if (errors.length === 0) return lang === 'ru' ? 'Ошибок нет.' : 'No errors.';
  const sheets = hasSheets(errors);
  const lines = errors.map((e) => [...(sheets ? [e.sheet ?? ''] : []), String(e.rowNumber), clip(e.column, MAX_COLUMN_WIDTH), clip(e.value, MAX_VALUE_WIDTH), lang === 'ru' ? e.reasonRu : e.reasonEn]);
  const all = [[...(sheets ? [lang === 'ru' ? 'Лист' : 'Sheet'] : []), ...HEADINGS[lang]], ...lines];
  const padded = all[0]!.length - 1;
  const widths = Array.from({ length: padded }, (_, i) => Math.max(...all.map((l) => l[i]!.length)));
  const render = (l: string[]) => l.map((cell, i) => (i < padded ? cell.padEnd(widths[i]!) : cell)).join(' | ').trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('-+-') + '-+-' + '-'.repeat(10);
  const summary = lang === 'ru' ? `Ошибок: ${errors.length}` : `Errors: ${errors.length}`;
  return [render(all[0]!), rule, ...lines.map(render), '', summary].join('\n');
}

/** The report as CSV for --report FILE: UTF-8 with BOM, ';', both languages, values neutralised against formulas. */
export function errorReportCsv(errors: readonly RowError[]): string {
  const sheets = hasSheets(errors);
  const header = [...(sheets ? ['sheet'] : []), 'row', 'column', 'field', 'value', 'reason_ru', 'reason_en'];
  const rows = errors.map((e) => [...(sheets ? [e.sheet ?? ''] : []), String(e.rowNumber), e.column, e.field, e.value, e.reasonRu, e.reasonEn].map(neutraliseFormula));
  return '\uFEFF' + toCsvText([header, ...rows]);
}

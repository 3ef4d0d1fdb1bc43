import type { SubsidyCost } from '../../api/types.ts';

/** One editable row of the cost table: text as typed, converted on submit. */
export interface CostRow {
  date: string;
  supplierInn: string;
  buyerInn: string;
  amount: string;
  item: string;
  stage: string;
}

export const COST_ITEMS = ['starting-batch', 'rnd', 'documentation', 'equipment', 'production-launch', 'production'];

export const emptyRow = (): CostRow => ({ date: '', supplierInn: '', buyerInn: '', amount: '', item: 'starting-batch', stage: '' });

/** "1 234 567,89" → 1234567.89; anything else that is not a number → NaN (the server then names the field). */
export function parseAmount(text: string): number {
  return Number(text.replace(/[\s\u00a0]/g, '').replace(',', '.'));
}

/** "31.12.2024" or "2024-12-31" → "2024-12-31"; other text is passed through for the server to refuse. */
export function parseDate(text: string): string {
  const ru = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(text.trim());
  return ru ? `${ru[3]}-${ru[2]}-${ru[1]}` : text.trim();
}

/**
 * Rows pasted from a spreadsheet: tab-, semicolon- or comma-separated, in the column order of the table
 * (date, supplier INN, buyer INN, amount, item, stage); a header line that does not start with a date is skipped.
 */
export function parsePastedRows(text: string): CostRow[] {
  const rows: CostRow[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim()) continue;
    const cells = line.split(line.includes('\t') ? '\t' : line.includes(';') ? ';' : ',').map((c) => c.trim());
    if (!/^\d/.test(cells[0] ?? '')) continue;
    rows.push({ date: cells[0] ?? '', supplierInn: cells[1] ?? '', buyerInn: cells[2] ?? '', amount: cells[3] ?? '', item: cells[4] || 'starting-batch', stage: cells[5] ?? '' });
  }
  return rows;
}

export function toCost(row: CostRow): SubsidyCost {
  return {
    date: parseDate(row.date), supplierInn: row.supplierInn.trim() || null, buyerInn: row.buyerInn.trim(),
    amount: parseAmount(row.amount), item: row.item, stage: row.stage.trim() || null,
  };
}

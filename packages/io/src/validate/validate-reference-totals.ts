import type { ReferenceTotalInput } from '@klaster/core/analytics/types.ts';
import { mapColumns, type ColumnMap } from '../columns/field-spec.ts';
import { REFERENCE_TOTAL_COLUMNS } from '../columns/reference-total-columns.ts';
import type { Table } from '../table/table.ts';
import { fieldError, missingColumnErrors, parseRow } from './parse-row.ts';
import { loadReferenceIndex, type ReferenceIndex } from './reference-index.ts';
import { sortErrors, type RowError, type ValidRecord, type ValidationResult } from './row-error.ts';

/**
 * Validates a reference-totals table: a row needs a headcount or a revenue (or both); the same territory, industry and
 * year twice is a duplicate; an industry's value cannot exceed the territory's total of the same year in the file.
 */
export function validateReferenceTotals(table: Table, refs: ReferenceIndex = loadReferenceIndex()): ValidationResult<ReferenceTotalInput> {
  const map = mapColumns(REFERENCE_TOTAL_COLUMNS, table.headers);
  const missing = missingColumnErrors(REFERENCE_TOTAL_COLUMNS, map);
  if (missing.length) return { valid: [], errors: missing };
  if (map.headcount === undefined && map.revenue === undefined) {
    return { valid: [], errors: [{
      rowNumber: 1, column: 'headcount', field: 'headcount', value: '',
      reasonRu: 'нет ни столбца «Численность, чел.», ни столбца «Выручка, руб.»: нужен хотя бы один',
      reasonEn: 'neither a "headcount" nor a "revenue" column: at least one is needed',
    }] };
  }
  const errors: RowError[] = [];
  const parsed: { rowNumber: number; input: ReferenceTotalInput; raw: Record<string, string | undefined> }[] = [];
  const firstRowByKey = new Map<string, number>();
  for (const tableRow of table.rows) {
    const row = parseRow(REFERENCE_TOTAL_COLUMNS, map, table.headers, tableRow, refs);
    const v = row.values;
    const err = (key: keyof typeof REFERENCE_TOTAL_COLUMNS & string, ru: string, en: string) => row.errors.push(fieldError(row, key, map, table.headers, ru, en));
    if (!row.errors.length && v.headcount == null && v.revenue == null) {
      err(map.headcount !== undefined ? 'headcount' : 'revenue', 'не указаны ни численность, ни выручка', 'neither headcount nor revenue given');
    }
    if (!row.errors.length) {
      const key = `${v.territory}|${v.okved!.industry}|${v.year}`;
      const first = firstRowByKey.get(key);
      if (first === undefined) firstRowByKey.set(key, row.rowNumber);
      else err('okved', `дубликат: итог территории ${v.territory} по ${v.okved!.industry || 'всем видам деятельности'} за ${v.year} год уже есть в строке ${first}`, `duplicate: the total of territory ${v.territory} for ${v.okved!.industry || 'all industries'} in ${v.year} is already in row ${first}`);
    }
    if (row.errors.length) {
      errors.push(...row.errors);
      continue;
    }
    parsed.push({
      rowNumber: row.rowNumber, raw: row.raw,
      input: { territory: v.territory!, level: v.okved!.level, industry: v.okved!.industry, year: v.year!, headcount: v.headcount, revenue: v.revenue, source: v.source! },
    });
  }
  errors.push(...exceedingTotals(parsed, map, table.headers));
  const bad = new Set(errors.map((e) => e.rowNumber));
  const valid: ValidRecord<ReferenceTotalInput>[] = parsed.filter((p) => !bad.has(p.rowNumber)).map((p) => ({ rowNumbers: [p.rowNumber], input: p.input }));
  return { valid, errors: sortErrors(errors) };
}

/** A class or group larger than its territory's all-industries total in the same file is a typo (thousands vs units). */
function exceedingTotals(
  rows: { rowNumber: number; input: ReferenceTotalInput; raw: Record<string, string | undefined> }[],
  map: ColumnMap<typeof REFERENCE_TOTAL_COLUMNS>,
  headers: readonly string[],
): RowError[] {
  const totals = new Map(rows.filter((r) => r.input.level === 'total').map((r) => [`${r.input.territory}|${r.input.year}`, r]));
  const errors: RowError[] = [];
  for (const r of rows) {
    const total = r.input.level === 'total' ? undefined : totals.get(`${r.input.territory}|${r.input.year}`);
    if (!total) continue;
    for (const measure of ['headcount', 'revenue'] as const) {
      const value = r.input[measure];
      const limit = total.input[measure];
      if (value == null || limit == null || value <= limit) continue;
      const index = map[measure];
      const [nameRu, nameEn] = measure === 'headcount' ? ['численность', 'headcount'] : ['выручка', 'revenue'];
      errors.push({
        rowNumber: r.rowNumber, column: index === undefined ? measure : headers[index] ?? measure, field: measure, value: r.raw[measure] ?? '',
        reasonRu: `${nameRu} по ОКВЭД ${r.input.industry} больше итога «всего» территории ${r.input.territory} из строки ${total.rowNumber}`,
        reasonEn: `${nameEn} of OKVED ${r.input.industry} exceeds the all-industries total of territory ${r.input.territory} in row ${total.rowNumber}`,
      });
    }
  }
  return errors;
}

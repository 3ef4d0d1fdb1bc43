import type { ClusterInput } from '@klaster/core';
import { CLUSTER_SECTIONS } from '../columns/cluster-sections.ts';
import { normaliseName } from '../columns/normalise.ts';
import { readTable } from '../table/read-table.ts';
import { readXlsxSheets } from '../table/read-xlsx.ts';
import { TableReadError, type TableDelimiter, type TableEncoding } from '../table/table.ts';
import type { ReferenceIndex } from '../validate/reference-index.ts';
import type { ValidationResult } from '../validate/row-error.ts';
import { validateClusterTables, type ClusterTable, type ClusterValidationOptions } from '../validate/validate-clusters.ts';
import { validateClusterJson } from './cluster-json.ts';

/** A clusters file as read: its tables (CSV: one; XLSX: the sheets of the three parts), or the records of a JSON export. */
export type ClusterSource = {
  fileName: string;
  encoding?: TableEncoding;
  delimiter?: TableDelimiter;
  /** Data rows (CSV, XLSX) or records (JSON), for the report. */
  rowsTotal: number;
} & ({ format: 'csv' | 'xlsx'; tables: ClusterTable[] } | { format: 'json'; records: unknown[] });

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** Reads a clusters file in any format Klaster exports: JSON (by its first character), XLSX (a zip), or CSV. */
export async function readClusterFile(data: Buffer, fileName: string): Promise<ClusterSource> {
  const text = data.subarray(0, 64).toString('utf8').replace(/^\uFEFF/, '').trimStart();
  if (text.startsWith('{') || text.startsWith('[')) return readJson(data, fileName);
  if (ZIP_MAGIC.every((b, i) => data[i] === b)) return readWorkbook(data, fileName);
  const table = await readTable(data, fileName);
  return {
    fileName, format: 'csv', rowsTotal: table.rows.length, tables: [{ table, main: true }],
    ...(table.encoding ? { encoding: table.encoding } : {}), ...(table.delimiter ? { delimiter: table.delimiter } : {}),
  };
}

/** Validates what readClusterFile read. */
export function validateClusterSource(source: ClusterSource, refs: ReferenceIndex, opts: ClusterValidationOptions = {}): ValidationResult<ClusterInput> {
  return source.format === 'json' ? validateClusterJson(source.records, refs, opts) : validateClusterTables(source.tables, refs, opts);
}

/**
 * The sheets «Кластеры», «Соглашения», «Льготы» (or Clusters, Agreements, Preferences); a workbook without a clusters
 * sheet has its first sheet read as one table (a CSV saved as XLSX). Other sheets (the templates' «Справка») are not data.
 */
async function readWorkbook(data: Buffer, fileName: string): Promise<ClusterSource> {
  const sheets = await readXlsxSheets(data, fileName);
  const sectionOf = (name: string) => CLUSTER_SECTIONS.find((s) => [s.sheet, s.sheetEn].some((n) => normaliseName(n) === normaliseName(name)));
  const main = sheets.find((s) => sectionOf(s.sheet)?.key === 'clusters') ?? sheets[0];
  if (!main) throw new TableReadError('no_header', 'В книге нет листа с данными (строки заголовков)', 'The workbook has no sheet with data (a header row)');
  const parts = sheets.filter((s) => s !== main && sectionOf(s.sheet) !== undefined && sectionOf(s.sheet)!.key !== 'clusters');
  const tables: ClusterTable[] = [{ table: main.table, sheet: main.sheet, main: true }, ...parts.map((s) => ({ table: s.table, sheet: s.sheet, main: false }))];
  return { fileName, format: 'xlsx', rowsTotal: tables.reduce((n, t) => n + t.table.rows.length, 0), tables };
}

function readJson(data: Buffer, fileName: string): ClusterSource {
  let parsed: unknown;
  try {
    parsed = JSON.parse(data.toString('utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new TableReadError('invalid_json', `Файл не является корректным JSON: ${(error as Error).message}`, `The file is not valid JSON: ${(error as Error).message}`);
  }
  const body = Array.isArray(parsed) ? { kind: 'clusters', records: parsed } : ((parsed ?? {}) as { kind?: unknown; records?: unknown });
  if (body.kind !== 'clusters' || !Array.isArray(body.records)) {
    throw new TableReadError('invalid_json', `JSON-файл не является выгрузкой кластеров: нужен объект { "kind": "clusters", "records": [...] }`, 'The JSON file is not a clusters export: { "kind": "clusters", "records": [...] } is expected');
  }
  return { fileName, format: 'json', rowsTotal: body.records.length, records: body.records };
}

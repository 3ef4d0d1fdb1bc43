import type { ClusterInput } from '@klaster/core';
import { CLUSTER_SECTIONS, ownFields, type ClusterSection, type ClusterSectionKey } from '../columns/cluster-sections.ts';
import { CLUSTER_COLUMNS, parseClusterCode } from '../columns/cluster-columns.ts';
import { mapColumns, type ColumnMap, type ColumnSpec } from '../columns/field-spec.ts';
import type { Table, TableRow } from '../table/table.ts';
import { buildCluster, type ClusterRow } from './cluster-group.ts';
import { buildAgreements, buildPreferences, type AgreementRow, type PreferenceRow } from './cluster-children.ts';
import { fieldError, missingColumnErrors, parseRow, type ParsedRow } from './parse-row.ts';
import type { ReferenceIndex } from './reference-index.ts';
import type { RowError, ValidRecord, ValidationResult } from './row-error.ts';
import { sectionError, withSheet, type SectionRow } from './section-row.ts';

export interface ClusterValidationOptions {
  /** True when an organisation with this INN exists (participants, the specialised organisation, parties, recipients). */
  knownInns?: (inn: string) => boolean;
}

/** One table of a cluster file: the CSV, or one sheet of a workbook (the main one holds the clusters and participants). */
export interface ClusterTable {
  table: Table;
  sheet?: string;
  main: boolean;
}

const INN_FIELDS: Record<ClusterSectionKey, readonly string[]> = {
  clusters: ['participant_inn', 'specialized_org_inn'],
  agreements: ['party_inn'],
  preferences: ['preference_inn'],
};

interface Mapped {
  section: ClusterSection;
  map: ColumnMap<ColumnSpec>;
}

/** What the tables hold, by cluster code: the rows of each part, and the codes whose rows have errors. */
interface Collected {
  clusterRows: ClusterRow[];
  main: { map: ColumnMap<typeof CLUSTER_COLUMNS>; headers: readonly string[]; sheet?: string } | null;
  agreements: Map<string, AgreementRow[]>;
  preferences: Map<string, PreferenceRow[]>;
  /** Parts that have columns somewhere in the file: a part without any is left as it is in the registry. */
  present: Set<ClusterSectionKey>;
  broken: Set<string>;
  errors: RowError[];
}

/** Validates a clusters table in the one-table layout (CSV): participants, agreement parties and preferences side by side. */
export function validateClusters(table: Table, refs: ReferenceIndex, opts: ClusterValidationOptions = {}): ValidationResult<ClusterInput> {
  return validateClusterTables([{ table, main: true }], refs, opts);
}

/**
 * Validates the tables of a cluster file and builds each cluster as the aggregate it is written as. A cluster with
 * an error in any of its rows (participant, agreement party or preference) is invalid as a whole: writing it
 * without that row would delete the participant, party or preference from the registry.
 */
export function validateClusterTables(tables: readonly ClusterTable[], refs: ReferenceIndex, opts: ClusterValidationOptions = {}): ValidationResult<ClusterInput> {
  const mapped = tables.map((t) => mapSections(t));
  const missing = tables.flatMap((t, i) => mapped[i]!.flatMap((m) => withSheet(missingColumnErrors(m.section.spec, m.map), t.sheet)));
  if (missing.length) return { valid: [], errors: missing };
  const c: Collected = { clusterRows: [], main: null, agreements: new Map(), preferences: new Map(), present: new Set(), broken: new Set(), errors: [] };
  tables.forEach((t, i) => collectTable(t, mapped[i]!, refs, opts, c));
  const valid: ValidRecord<ClusterInput>[] = [];
  // every cluster's agreements are checked, even one whose own rows failed: the report lists all there is to fix
  const agreements = new Map([...c.agreements].map(([code, rows]) => {
    const built = buildAgreements(code, rows);
    c.errors.push(...built.errors);
    if (built.errors.length) c.broken.add(code);
    return [code, built.agreements];
  }));
  const byCode = groupBy(c.clusterRows, (row) => row.values.cluster_code!);
  for (const [code, rows] of byCode) {
    const built = buildCluster(code, rows, { map: c.main!.map, headers: c.main!.headers, refs });
    c.errors.push(...withSheet(built.errors, c.main!.sheet));
    if (!built.record || c.broken.has(code)) continue;
    const input: ClusterInput = { ...built.record.input };
    if (c.present.has('agreements')) input.agreements = agreements.get(code) ?? [];
    if (c.present.has('preferences')) input.preferences = buildPreferences(c.preferences.get(code) ?? []);
    valid.push({ rowNumbers: built.record.rowNumbers, input });
  }
  c.errors.push(...orphanErrors(c, byCode, tables.find((t) => t.main)?.sheet));
  return { valid, errors: sortBySheetAndRow(c.errors, tables) };
}

/** The parts a table has columns of: the main table always holds clusters, other sheets only agreements or preferences. */
function mapSections(t: ClusterTable): Mapped[] {
  return CLUSTER_SECTIONS.filter((section) => t.main || section.key !== 'clusters')
    .map((section) => ({ section, map: mapColumns(section.spec, t.table.headers) as ColumnMap<ColumnSpec> }))
    .filter((m) => (t.main && m.section.key === 'clusters') || ownFields(m.section).some((key) => m.map[key] !== undefined));
}

const filled = (row: TableRow, m: Mapped) => ownFields(m.section).filter((key) => {
  const index = m.map[key];
  return index !== undefined && (row.cells[index] ?? '').trim() !== '';
});

function collectTable(t: ClusterTable, sections: Mapped[], refs: ReferenceIndex, opts: ClusterValidationOptions, c: Collected): void {
  if (!sections.length) return;
  for (const m of sections) c.present.add(m.section.key);
  const headers = t.table.headers;
  for (const row of t.table.rows) {
    const parts = sections.filter((m) => filled(row, m).length > 0);
    if (parts.length > 1) {
      c.errors.push(mixedRowError(row, parts, t, refs));
      const code = codeOf(row, parts[0]!);
      if (code) c.broken.add(code);
      continue;
    }
    const m = parts[0] ?? sections[0]!;
    const parsed = parseRow(m.section.spec, m.map, headers, row, refs);
    for (const key of INN_FIELDS[m.section.key]) {
      const inn = parsed.values[key] as string | null;
      if (inn && opts.knownInns && !opts.knownInns(inn)) parsed.errors.push(fieldError(parsed, key, m.map, headers, `организация с ИНН ${inn} не найдена ни в реестре, ни в файле организаций`, `no organisation with INN ${inn} in the registry or the organisations file`));
    }
    const code = parsed.values.cluster_code as string | null;
    if (parsed.errors.length) {
      c.errors.push(...withSheet(parsed.errors, t.sheet));
      if (code) c.broken.add(code);
      continue;
    }
    const sectionRow = { parsed, map: m.map, headers, ...(t.sheet === undefined ? {} : { sheet: t.sheet }) };
    if (m.section.key === 'clusters') {
      c.main ??= { map: m.map, headers, ...(t.sheet === undefined ? {} : { sheet: t.sheet }) };
      c.clusterRows.push(parsed as ParsedRow<ColumnSpec> as ClusterRow);
    } else {
      const target = (m.section.key === 'agreements' ? c.agreements : c.preferences) as Map<string, SectionRow<ColumnSpec>[]>;
      const list = target.get(code!);
      if (list) list.push(sectionRow);
      else target.set(code!, [sectionRow]);
    }
  }
}

function codeOf(row: TableRow, m: Mapped): string | null {
  const index = m.map.cluster_code;
  const parsed = index === undefined ? null : parseClusterCode(row.cells[index] ?? '');
  return parsed?.ok ? parsed.value : null;
}

/** One row is one participant, one party of an agreement or one preference: a row that fills columns of two is refused. */
function mixedRowError(row: TableRow, parts: Mapped[], t: ClusterTable, refs: ReferenceIndex): RowError {
  const headerOf = (m: Mapped) => t.table.headers[m.map[filled(row, m)[0]!]!] ?? '';
  const [a, b] = [headerOf(parts[0]!), headerOf(parts[1]!)];
  const parsed = parseRow(parts[1]!.section.spec, parts[1]!.map, t.table.headers, row, refs);
  const key = filled(row, parts[1]!)[0]!;
  return withSheet([fieldError(parsed, key, parts[1]!.map, t.table.headers,
    `в одной строке — один участник, одна сторона соглашения или одна льгота: заполнены и «${a}», и «${b}»`,
    `one row is one participant, one agreement party or one preference: both "${a}" and "${b}" are filled`)], t.sheet)[0]!;
}

/** Agreement or preference rows whose cluster the file does not describe (it is written as a whole, so it must be there). */
function orphanErrors(c: Collected, byCode: Map<string, ClusterRow[]>, mainSheet: string | undefined): RowError[] {
  const where = mainSheet === undefined ? { ru: 'в файле', en: 'in the file' } : { ru: `на листе «${mainSheet}»`, en: `on sheet "${mainSheet}"` };
  const errors: RowError[] = [];
  for (const group of [c.agreements, c.preferences] as Map<string, SectionRow<ColumnSpec>[]>[]) {
    for (const [code, rows] of group) {
      if (byCode.has(code) || c.broken.has(code)) continue;
      for (const r of rows) errors.push(sectionError(r, 'cluster_code', `кластера с кодом ${code} нет ${where.ru}: соглашения и льготы загружаются вместе с кластером`, `no cluster with code ${code} ${where.en}: agreements and preferences are loaded with their cluster`));
    }
  }
  return errors;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

function sortBySheetAndRow(errors: RowError[], tables: readonly ClusterTable[]): RowError[] {
  const order = new Map(tables.map((t, i) => [t.sheet, i]));
  return errors.sort((a, b) => (order.get(a.sheet) ?? 0) - (order.get(b.sheet) ?? 0) || a.rowNumber - b.rowNumber);
}

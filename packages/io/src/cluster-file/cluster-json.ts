import type { ClusterInput } from '@klaster/core';
import { CLUSTER_WIDE_COLUMNS } from '../columns/cluster-sections.ts';
import type { Table, TableRow } from '../table/table.ts';
import type { ReferenceIndex } from '../validate/reference-index.ts';
import type { RowError, ValidationResult } from '../validate/row-error.ts';
import { validateClusterTables, type ClusterValidationOptions } from '../validate/validate-clusters.ts';

/** The JSON key of each column, by the part of the record it sits in. */
const CLUSTER_KEYS: Record<string, string> = {
  cluster_code: 'code', cluster_name: 'name', kind: 'kind', specialization: 'specialization', status: 'status', regions: 'regions',
  municipalities: 'municipalities', specialized_org_inn: 'specializedOrgInn', registry_decision_date: 'registryDecisionDate',
  programme_from: 'developmentProgrammeFrom', programme_to: 'developmentProgrammeTo',
};
const PARTICIPANT_KEYS: Record<string, string> = { participant_inn: 'inn', role: 'role', joined_on: 'joinedOn', left_on: 'leftOn', special_territory: 'specialTerritory' };
const AGREEMENT_KEYS: Record<string, string> = { agreement_title: 'title', agreement_number: 'number', agreement_signed_on: 'signedOn', agreement_kind: 'kind' };
const PARTY_KEYS: Record<string, string> = { party_inn: 'inn', party_name: 'name' };
const PREFERENCE_KEYS: Record<string, string> = {
  preference_kind: 'kind', preference_inn: 'inn', preference_description: 'description', preference_granted_by: 'grantedBy',
  preference_valid_from: 'validFrom', preference_valid_to: 'validTo',
};

const HEADERS = Object.keys(CLUSTER_WIDE_COLUMNS);
type Json = Record<string, unknown>;

/** Where a generated row came from: the record, and the participant, agreement party or preference in it. */
interface Origin {
  record: number;
  participant?: number;
  agreement?: number;
  party?: number;
  preference?: number;
}

/** JSON values as the cell text a person would type: the same parsers then check them as in CSV and XLSX. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'да' : 'нет';
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.join(', ');
  return JSON.stringify(value);
}

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Validates the records of a JSON cluster export. Each record becomes rows of the one-table layout, so every check of
 * CSV and XLSX applies; errors then point into the JSON: the row is the record's number (from 1), the column its path
 * (`records[2].agreements[0].parties[1].inn`). A record without `agreements` or `preferences` leaves them as they are.
 * `isDemo` is kept, so a demo export re-imports as demo data.
 */
export function validateClusterJson(records: readonly unknown[], refs: ReferenceIndex, opts: ClusterValidationOptions = {}): ValidationResult<ClusterInput> {
  const errors: RowError[] = [];
  const rows: TableRow[] = [];
  const origins = new Map<number, Origin>();
  const add = (cells: Record<string, unknown>, origin: Origin) => {
    const rowNumber = rows.length + 2;
    rows.push({ rowNumber, cells: HEADERS.map((h) => cellText(cells[h])) });
    origins.set(rowNumber, origin);
  };
  const shapeError = (record: number, path: string, value: unknown, ru: string, en: string) =>
    errors.push({ rowNumber: record + 1, column: path, field: path.replace(/^records\[\d+\]\.?/, ''), value: cellText(value).slice(0, 200), reasonRu: ru, reasonEn: en });
  const listOf = (record: number, r: Json, key: string): unknown[] | null => {
    if (r[key] === undefined || r[key] === null) return [];
    if (Array.isArray(r[key])) return r[key] as unknown[];
    shapeError(record, `records[${record}].${key}`, r[key], 'ожидается список (массив JSON)', 'a list (JSON array) is expected');
    return null;
  };
  const demo = new Map<string, boolean>();
  const keep = new Map<string, { agreements: boolean; preferences: boolean }>();
  records.forEach((r, i) => {
    if (!isObject(r)) return shapeError(i, `records[${i}]`, r, 'запись кластера должна быть объектом JSON', 'a cluster record must be a JSON object');
    const participants = listOf(i, r, 'participants');
    const agreements = listOf(i, r, 'agreements');
    const preferences = listOf(i, r, 'preferences');
    if (!participants || !agreements || !preferences) return;
    const code = r.code;
    if (typeof code === 'string') {
      demo.set(code, r.isDemo === true);
      keep.set(code, { agreements: r.agreements === undefined, preferences: r.preferences === undefined });
    }
    const own = Object.fromEntries(Object.entries(CLUSTER_KEYS).map(([h, k]) => [h, r[k]]));
    const participantCells = (p: unknown) => (isObject(p) ? Object.fromEntries(Object.entries(PARTICIPANT_KEYS).map(([h, k]) => [h, p[k]])) : { participant_inn: p });
    if (participants.length === 0) add(own, { record: i });
    participants.forEach((p, j) => add({ ...(j === 0 ? own : { cluster_code: code }), ...participantCells(p) }, { record: i, participant: j }));
    agreements.forEach((a, j) => {
      if (!isObject(a)) return shapeError(i, `records[${i}].agreements[${j}]`, a, 'соглашение должно быть объектом JSON', 'an agreement must be a JSON object');
      const parties = listOf(i, a, 'parties');
      if (!parties) return;
      const agreementCells = Object.fromEntries(Object.entries(AGREEMENT_KEYS).map(([h, k]) => [h, a[k]]));
      parties.forEach((p, k) => add({ cluster_code: code, ...agreementCells, ...(isObject(p) ? Object.fromEntries(Object.entries(PARTY_KEYS).map(([h, key]) => [h, p[key]])) : { party_name: p }) }, { record: i, agreement: j, party: k }));
    });
    preferences.forEach((p, j) => {
      if (!isObject(p)) return shapeError(i, `records[${i}].preferences[${j}]`, p, 'льгота должна быть объектом JSON', 'a preference must be a JSON object');
      add({ cluster_code: code, ...Object.fromEntries(Object.entries(PREFERENCE_KEYS).map(([h, k]) => [h, p[k]])) }, { record: i, preference: j });
    });
  });
  const table: Table = { fileName: '', format: 'csv', headers: HEADERS, rows };
  const result = validateClusterTables([{ table, main: true }], refs, opts);
  const valid = result.valid.map((v) => {
    const input: ClusterInput = { ...v.input, ...(demo.get(v.input.code) ? { isDemo: true } : {}) };
    if (keep.get(input.code)?.agreements) delete input.agreements;
    if (keep.get(input.code)?.preferences) delete input.preferences;
    return { rowNumbers: [...new Set(v.rowNumbers.map((n) => origins.get(n)!.record + 1))], input };
  });
  const located = result.errors.map((e) => locate(e, origins.get(e.rowNumber)));
  return { valid, errors: [...errors, ...located].sort((a, b) => a.rowNumber - b.rowNumber) };
}

function locate(e: RowError, o: Origin | undefined): RowError {
  if (!o) return e;
  const base = `records[${o.record}]`;
  const path = CLUSTER_KEYS[e.field] ? `${base}.${CLUSTER_KEYS[e.field]}`
    : PARTICIPANT_KEYS[e.field] ? `${base}.participants[${o.participant ?? 0}].${PARTICIPANT_KEYS[e.field]}`
    : AGREEMENT_KEYS[e.field] ? `${base}.agreements[${o.agreement}].${AGREEMENT_KEYS[e.field]}`
    : PARTY_KEYS[e.field] ? `${base}.agreements[${o.agreement}].parties[${o.party}].${PARTY_KEYS[e.field]}`
    : PREFERENCE_KEYS[e.field] ? `${base}.preferences[${o.preference}].${PREFERENCE_KEYS[e.field]}`
    : base;
  return { ...e, rowNumber: o.record + 1, column: path };
}

import type { ClusterInput } from '@klaster/core';
import type { ColumnMap } from '../columns/field-spec.ts';
import { CLUSTER_COLUMNS } from '../columns/cluster-columns.ts';
import { checkOktmoInRegion } from '../columns/parse-reference.ts';
import { fieldError, type ParsedRow } from './parse-row.ts';
import type { ReferenceIndex } from './reference-index.ts';
import type { RowError, ValidRecord } from './row-error.ts';

export type ClusterColumns = typeof CLUSTER_COLUMNS;
export type ClusterRow = ParsedRow<ClusterColumns>;
type ClusterKey = keyof ClusterColumns & string;

/** Columns that describe the cluster itself: the first non-empty value wins, a different later value is an error. */
export const CLUSTER_LEVEL: readonly ClusterKey[] = ['cluster_name', 'kind', 'specialization', 'status', 'regions', 'municipalities', 'specialized_org_inn', 'registry_decision_date', 'programme_from', 'programme_to'];
const REQUIRED_ONCE: readonly ClusterKey[] = ['cluster_name', 'kind', 'status', 'regions'];

interface Context {
  map: ColumnMap<ClusterColumns>;
  headers: readonly string[];
  refs: ReferenceIndex;
}

/** Builds one cluster from its valid rows, or returns the errors that prevent it. */
export function buildCluster(code: string, rows: ClusterRow[], ctx: Context): { record: ValidRecord<ClusterInput> | null; errors: RowError[] } {
  const errors: RowError[] = [];
  const attrs = new Map<ClusterKey, { value: unknown; row: number }>();
  for (const row of rows) {
    for (const key of CLUSTER_LEVEL) {
      const value = row.values[key];
      if (value === null) continue;
      const seen = attrs.get(key);
      if (!seen) attrs.set(key, { value, row: row.rowNumber });
      else if (JSON.stringify(seen.value) !== JSON.stringify(value)) {
        errors.push(fieldError(row, key, ctx.map, ctx.headers, `кластер ${code}: значение расходится со строкой ${seen.row}`, `cluster ${code}: the value differs from row ${seen.row}`));
      }
    }
  }
  for (const key of REQUIRED_ONCE) {
    if (!attrs.has(key)) {
      const f = CLUSTER_COLUMNS[key];
      errors.push(fieldError(rows[0]!, key, ctx.map, ctx.headers, `кластер ${code}: не указано «${f.headerRu}» ни в одной строке`, `cluster ${code}: "${f.header}" is given on no row`));
    }
  }
  errors.push(...municipalityErrors(code, rows[0]!, attrs, ctx));
  const participants = buildParticipants(code, rows, ctx, errors);
  if (errors.length) return { record: null, errors };
  const get = <T>(key: ClusterKey): T | null => (attrs.get(key)?.value as T | undefined) ?? null;
  const input: ClusterInput = {
    code,
    name: get<string>('cluster_name')!,
    kind: get<ClusterInput['kind']>('kind')!,
    specialization: get<string>('specialization') ?? '',
    status: get<ClusterInput['status']>('status')!,
    regions: get<string[]>('regions')!,
    municipalities: get<string[]>('municipalities') ?? [],
    specializedOrgInn: get<string>('specialized_org_inn'),
    registryDecisionDate: get<string>('registry_decision_date'),
    developmentProgrammeFrom: get<string>('programme_from'),
    developmentProgrammeTo: get<string>('programme_to'),
    participants,
  };
  return { record: { rowNumbers: rows.map((r) => r.rowNumber), input }, errors };
}

function municipalityErrors(code: string, firstRow: ClusterRow, attrs: Map<ClusterKey, { value: unknown; row: number }>, ctx: Context): RowError[] {
  const regions = (attrs.get('regions')?.value as string[] | undefined) ?? [];
  const municipalities = (attrs.get('municipalities')?.value as string[] | undefined) ?? [];
  const bad = municipalities.filter((oktmo) => regions.length > 0 && !regions.some((region) => checkOktmoInRegion(oktmo, region, ctx.refs).ok));
  if (!bad.length) return [];
  return [fieldError(firstRow, 'municipalities', ctx.map, ctx.headers, `кластер ${code}: ОКТМО ${bad.join(', ')} не относятся к регионам ${regions.join(', ')}`, `cluster ${code}: OKTMO ${bad.join(', ')} are not in regions ${regions.join(', ')}`)];
}

function buildParticipants(code: string, rows: ClusterRow[], ctx: Context, errors: RowError[]): ClusterInput['participants'] {
  const participants: ClusterInput['participants'] = [];
  const firstRowByInn = new Map<string, number>();
  for (const row of rows) {
    const v = row.values;
    if (v.participant_inn === null) {
      if (v.role !== null || v.joined_on !== null || v.left_on !== null) errors.push(fieldError(row, 'participant_inn', ctx.map, ctx.headers, 'роль или даты участия указаны без ИНН участника', 'role or participation dates given without a participant INN'));
      continue;
    }
    const first = firstRowByInn.get(v.participant_inn);
    if (first !== undefined) {
      errors.push(fieldError(row, 'participant_inn', ctx.map, ctx.headers, `дубликат: участник ${v.participant_inn} кластера ${code} уже есть в строке ${first}`, `duplicate: participant ${v.participant_inn} of cluster ${code} is already in row ${first}`));
      continue;
    }
    firstRowByInn.set(v.participant_inn, row.rowNumber);
    participants.push({ inn: v.participant_inn, role: v.role ?? 'participant', joinedOn: v.joined_on, leftOn: v.left_on, specialTerritory: v.special_territory ?? false });
  }
  return participants;
}

import type { ClusterInput } from '@klaster/core';
import { mapColumns } from '../columns/field-spec.ts';
import { CLUSTER_COLUMNS } from '../columns/cluster-columns.ts';
import type { Table } from '../table/table.ts';
import { buildCluster, type ClusterRow } from './cluster-group.ts';
import { fieldError, missingColumnErrors, parseRow } from './parse-row.ts';
import type { ReferenceIndex } from './reference-index.ts';
import { sortErrors, type RowError, type ValidRecord, type ValidationResult } from './row-error.ts';

export interface ClusterValidationOptions {
  /** True when an organisation with this INN exists (participants and the specialised organisation). */
  knownInns?: (inn: string) => boolean;
}

/** Validates a clusters table: one row per participant, grouped by cluster code. */
export function validateClusters(table: Table, refs: ReferenceIndex, opts: ClusterValidationOptions = {}): ValidationResult<ClusterInput> {
  const map = mapColumns(CLUSTER_COLUMNS, table.headers);
  const missing = missingColumnErrors(CLUSTER_COLUMNS, map);
  if (missing.length) return { valid: [], errors: missing };
  const errors: RowError[] = [];
  const byCode = new Map<string, ClusterRow[]>();
  for (const tableRow of table.rows) {
    const row = parseRow(CLUSTER_COLUMNS, map, table.headers, tableRow, refs);
    for (const key of ['participant_inn', 'specialized_org_inn'] as const) {
      const inn = row.values[key];
      if (inn && opts.knownInns && !opts.knownInns(inn)) row.errors.push(fieldError(row, key, map, table.headers, `организация с ИНН ${inn} не найдена ни в реестре, ни в файле организаций`, `no organisation with INN ${inn} in the registry or the organisations file`));
    }
    if (row.errors.length) {
      errors.push(...row.errors);
      continue;
    }
    const code = row.values.cluster_code!;
    const group = byCode.get(code);
    if (group) group.push(row);
    else byCode.set(code, [row]);
  }
  const valid: ValidRecord<ClusterInput>[] = [];
  for (const [code, rows] of byCode) {
    const built = buildCluster(code, rows, { map, headers: table.headers, refs });
    errors.push(...built.errors);
    if (built.record) valid.push(built.record);
  }
  return { valid, errors: sortErrors(errors) };
}

import type { AgreementInput, ClusterInput, PreferenceInput } from '@klaster/core';
import type { ImportReport } from '@klaster/contract';
import {
  findAllLiveInns, insertClusterEvent, loadClusterSnapshot, lockClusterByCode, upsertCluster, type Database, type Sql, type WriteCounts,
} from '@klaster/db';
import { readClusterFile, validateClusterSource, type ReferenceIndex, type ValidRecord } from '@klaster/io';
import { today } from '../rules/check.service.ts';
import { isRefused, NOTHING_WRITTEN, runImport } from './import-run.ts';
import { splitByRegionScope } from './import-scope.ts';
import type { ImportRequest } from './import.service.ts';

/** The import run that writes: who loaded which file, as the run is recorded in import_runs. */
export interface ClusterImportRun {
  id: number;
  fileName: string;
  actor: string;
}

/**
 * Imports a clusters file. Clusters have a reader of their own (readClusterFile: JSON exports too, and a workbook's
 * sheets «Кластеры», «Соглашения», «Льготы»); the rules are those of every import (import-run.ts): mode "all"
 * writes nothing if one row is wrong, mode "valid" writes the valid clusters, one transaction, the run recorded.
 */
export async function importClusterFile(db: Database, req: ImportRequest, refs: ReferenceIndex): Promise<ImportReport> {
  const source = await readClusterFile(req.data, req.fileName);
  return runImport(db, { ...req, kind: 'clusters' }, source, async (runId) => {
    const known = await findAllLiveInns(db);
    const validated = validateClusterSource(source, refs, { knownInns: (inn) => known.has(inn) });
    const scoped = req.allowedRegions ? await splitByRegionScope(db, 'clusters', validated.valid as ValidRecord<unknown>[], req.allowedRegions) : null;
    const valid = (scoped?.valid ?? validated.valid) as ValidRecord<ClusterInput>[];
    const errors = [...validated.errors, ...(scoped?.errors ?? [])];
    const refused = isRefused(req.mode, errors.length, valid.length);
    const counts = refused
      ? NOTHING_WRITTEN
      : await db.transaction((tx) => writeClusters(tx, valid.map((v) => v.input), { id: runId, fileName: req.fileName, actor: req.actor }));
    return { validCount: valid.length, errors, refused, counts };
  });
}

/**
 * Writes imported clusters. A file is the aggregate, with two rules of its own:
 * - a part the file has no columns for (agreements, preferences) is kept as the registry has it;
 * - the status is the file's: an agency loading the ministry's registry sets it, which the API does not allow (there
 *   it changes only by a life-cycle step). So the change is recorded as a step too: a cluster_events row from the old
 *   status (none for a new cluster) to the new one, dated the day of the import, by the importing account, with the
 *   file and run in its note; the cluster's history row is written by the same account, as for every import.
 * A cluster that would stay as it is writes nothing, step included.
 */
export async function writeClusters(tx: Sql, inputs: readonly ClusterInput[], run: ClusterImportRun): Promise<WriteCounts> {
  const counts: WriteCounts = { created: 0, updated: 0, restored: 0, unchanged: 0 };
  for (const input of inputs) {
    const before = await lockClusterByCode(tx, input.code);
    const action = await upsertCluster(tx, await withKeptParts(tx, input, before?.id), run.actor);
    counts[action === 'create' ? 'created' : action === 'update' ? 'updated' : action === 'restore' ? 'restored' : 'unchanged']++;
    if (action === 'unchanged' || before?.status === input.status) continue;
    const clusterId = before?.id ?? (await lockClusterByCode(tx, input.code))!.id;
    await insertClusterEvent(tx, {
      clusterId, fromStatus: before?.status ?? null, toStatus: input.status, happenedOn: today(), actor: run.actor,
      note: `Статус загружен из файла «${run.fileName}» (загрузка № ${run.id})`,
    });
  }
  return counts;
}

async function withKeptParts(tx: Sql, input: ClusterInput, existingId: number | undefined): Promise<ClusterInput> {
  if ((input.agreements && input.preferences) || existingId === undefined) return input;
  const current = (await loadClusterSnapshot(tx, existingId))!;
  return {
    ...input,
    agreements: input.agreements ?? current.agreements.map((a) => ({ ...a, kind: a.kind as AgreementInput['kind'] })),
    preferences: input.preferences ?? current.preferences.map((p) => ({ ...p, kind: p.kind as PreferenceInput['kind'] })),
  };
}

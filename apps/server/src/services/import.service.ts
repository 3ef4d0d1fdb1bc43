import type { ClusterInput, LinkInput } from '@klaster/core';
import type { CapabilityInput, NeedInput } from '@klaster/core/matching/index.ts';
import type { ReferenceTotalInput } from '@klaster/core/analytics/types.ts';
import type { Database } from '@klaster/db';
import {
  findAllLiveInns, importPurchases, upsertCapabilities, upsertLinks, upsertNeeds, upsertReferenceTotals,
  type WriteCounts,
} from '@klaster/db';
import {
  loadReferenceIndex, readTable, validateCapabilities, validateLinks, validateNeeds, validatePurchases,
  validateReferenceTotals, type PurchaseRecord, type ReferenceIndex, type RowError, type Table, type ValidationResult, type ValidRecord,
} from '@klaster/io';
import type { ImportReport } from '@klaster/contract';
import { finishImportRun, recordImportFailure, startImportRun } from './import-run.ts';
import { splitByRegionScope } from './import-scope.ts';
import { importClusterFile } from './cluster-import.ts';
import { importOrganisationsWhileValidating, type OrganisationImportOutcome } from './organisation-import.ts';
import type { ProgressListener } from './import-progress.ts';

export type ImportKind = 'organisations' | 'links' | 'clusters';
/** What a file can be imported as: the registry kinds (also exported), the matchmaking kinds and the reported figures. */
export type ImportFileKind = ImportKind | 'needs' | 'capabilities' | 'purchases' | 'reference-totals';
export type ImportMode = 'all' | 'valid';

export interface ImportRequest {
  kind: ImportFileKind;
  data: Buffer;
  fileName: string;
  mode: ImportMode;
  actor: string;
  /** A regional operator's regions: rows outside them are refused like invalid rows. Absent: no limit. */
  allowedRegions?: string[];
  /** Told how far the import has got (import-progress.ts). */
  onProgress?: ProgressListener;
}

let referenceIndex: ReferenceIndex | undefined;
const refs = () => (referenceIndex ??= loadReferenceIndex());

type Validated = ValidationResult<LinkInput> | ValidationResult<ClusterInput>
  | ValidationResult<NeedInput> | ValidationResult<CapabilityInput> | ValidationResult<PurchaseRecord> | ValidationResult<ReferenceTotalInput>;

async function validate(db: Database, kind: ImportFileKind, table: Table): Promise<Validated> {
  if (kind === 'reference-totals') return validateReferenceTotals(table, refs());
  const known = await findAllLiveInns(db);
  if (kind === 'links') {
    // A link may point to an organisation of the same batch only if that one is already in the registry:
    // organisations are imported first, links after.
    return validateLinks(table, { knownInns: (inn) => known.has(inn) });
  }
  if (kind === 'needs') return validateNeeds(table, { refs: refs(), knownInns: (inn) => known.has(inn) });
  if (kind === 'capabilities') return validateCapabilities(table, { refs: refs(), knownInns: (inn) => known.has(inn) });
  if (kind === 'purchases') return validatePurchases(table, { refs: refs(), knownInns: (inn) => known.has(inn) });
  throw new Error(`${kind}: imported by importClusterFile`);
}

const countsOf = (c: WriteCounts): WriteCounts => ({ created: c.created, updated: c.updated, restored: c.restored, unchanged: c.unchanged });

async function write(db: Database, kind: ImportFileKind, inputs: unknown[], actor: string): Promise<WriteCounts> {
  return db.transaction(async (tx) => {
    if (kind === 'links') return upsertLinks(tx, inputs as LinkInput[], actor);
    // the matchmaking upserts also return the ids they wrote; the report keeps the counts only
    if (kind === 'needs') return countsOf(await upsertNeeds(tx, inputs as NeedInput[], actor));
    if (kind === 'capabilities') return countsOf(await upsertCapabilities(tx, inputs as CapabilityInput[], actor));
    // reported figures, replaced in place without history (like the demo purchases)
    if (kind === 'purchases') return importPurchases(tx, inputs as PurchaseRecord[]);
    if (kind === 'reference-totals') return upsertReferenceTotals(tx, inputs as ReferenceTotalInput[]);
    throw new Error(`${kind}: imported by importClusterFile`);
  });
}

function summary(status: 'written' | 'refused', mode: ImportMode, valid: number, errors: RowError[], c: WriteCounts) {
  const badRows = new Set(errors.map((e) => e.rowNumber)).size;
  if (status === 'refused')
    return {
      message: `Файл не загружен: ошибок ${errors.length} в строках: ${badRows}. Ничего не записано. Исправьте ошибки или загрузите только верные строки.`,
      messageEn: `Import refused: ${errors.length} error(s) in ${badRows} row(s). Nothing was written. Fix the errors or import with mode "valid".`,
    };
  const skipped = mode === 'valid' && badRows ? ` Пропущено строк с ошибками: ${badRows}.` : '';
  const skippedEn = mode === 'valid' && badRows ? ` Skipped ${badRows} invalid row(s).` : '';
  return {
    message: `Загружено записей: ${valid}. Новых: ${c.created}, изменённых: ${c.updated}, восстановленных: ${c.restored}, без изменений: ${c.unchanged}.${skipped}`,
    messageEn: `Imported ${valid} record(s): ${c.created} created, ${c.updated} updated, ${c.restored} restored, ${c.unchanged} unchanged.${skippedEn}`,
  };
}

async function withinRegions(db: Database, kind: ImportFileKind, result: Validated, regions: string[]): Promise<Validated> {
  const split = await splitByRegionScope(db, kind, result.valid as ValidRecord<unknown>[], regions);
  const errors = [...result.errors, ...split.errors].sort((a, b) => a.rowNumber - b.rowNumber);
  return { valid: split.valid, errors } as Validated;
}

/** Validation, then the write of what passed in one transaction; organisations are written while they are validated. */
async function validateAndWrite(db: Database, req: ImportRequest, table: Table): Promise<OrganisationImportOutcome> {
  if (req.kind === 'organisations') return importOrganisationsWhileValidating(db, table, refs(), req);
  req.onProgress?.({ phase: 'validating', rowsTotal: table.rows.length, rowsValidated: 0, recordsSent: 0 });
  const validated = await validate(db, req.kind, table);
  const result = req.allowedRegions ? await withinRegions(db, req.kind, validated, req.allowedRegions) : validated;
  const refused = result.errors.length > 0 && (req.mode === 'all' || result.valid.length === 0);
  const counts: WriteCounts = refused
    ? { created: 0, updated: 0, restored: 0, unchanged: 0 }
    : await writeReporting(db, req, result.valid.map((v) => v.input), table.rows.length);
  return { validCount: result.valid.length, errors: result.errors, refused, counts };
}

function writeReporting(db: Database, req: ImportRequest, inputs: unknown[], rowsTotal: number): Promise<WriteCounts> {
  req.onProgress?.({ phase: 'writing', rowsTotal, rowsValidated: rowsTotal, recordsSent: inputs.length });
  return write(db, req.kind, inputs, req.actor);
}

/**
 * Reads, validates and writes one import file. Default mode "all": one invalid row and nothing is written.
 * Mode "valid": the valid rows are written, the invalid ones reported. Writing is one transaction either way.
 * Throws TableReadError when the file itself cannot be read.
 */
export async function importFile(db: Database, req: ImportRequest): Promise<ImportReport> {
  // clusters have a reader of their own (JSON exports, a workbook's three sheets): cluster-import.ts
  if (req.kind === 'clusters') return importClusterFile(db, req, refs(), summary);
  req.onProgress?.({ phase: 'reading', rowsTotal: null, rowsValidated: 0, recordsSent: 0 });
  const table = await readTable(req.data, req.fileName);
  const runId = await startImportRun(db, req);
  try {
    const { validCount, errors, refused, counts } = await validateAndWrite(db, req, table);
    req.onProgress?.({ phase: 'finished', rowsTotal: table.rows.length, rowsValidated: table.rows.length, recordsSent: counts.created + counts.updated + counts.restored + counts.unchanged });
    const status = refused ? 'refused' : 'written';
    const report: ImportReport = {
      runId, kind: req.kind, fileName: req.fileName, mode: req.mode, status, format: table.format,
      encoding: table.encoding ?? null, delimiter: table.delimiter ?? null, rowsTotal: table.rows.length,
      rowsValid: validCount, rowsInvalid: new Set(errors.map((e) => e.rowNumber)).size,
      ...counts, errors,
      ...summary(status, req.mode, validCount, errors, counts),
    };
    await finishImportRun(db, runId, report);
    return report;
  } catch (error) {
    await recordImportFailure(db, runId, error instanceof Error ? error.message : String(error));
    throw error;
  }
}

import type { LinkInput } from '@klaster/core';
import type { CapabilityInput, NeedInput } from '@klaster/core/matching/index.ts';
import type { ReferenceTotalInput } from '@klaster/core/analytics/types.ts';
import type { Database } from '@klaster/db';
import {
  findAllLiveInns, importPurchases, upsertCapabilities, upsertLinks, upsertNeeds, upsertReferenceTotals,
  type WriteCounts,
} from '@klaster/db';
import {
  loadReferenceIndex, readTable, validateCapabilities, validateLinks, validateNeeds, validatePurchases,
  validateReferenceTotals, type PurchaseRecord, type ReferenceIndex, type Table, type ValidationResult, type ValidRecord,
} from '@klaster/io';
import type { ImportReport } from '@klaster/contract';
import { isRefused, NOTHING_WRITTEN, runImport, type ImportOutcome } from './import-run.ts';
import { splitByRegionScope } from './import-scope.ts';
import { importClusterFile } from './cluster-import.ts';
import { importOrganisationsWhileValidating } from './organisation-import.ts';
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

/** The kinds read as one table (clusters have their own reader), and of those the ones validated whole, then written. */
type TableKind = Exclude<ImportFileKind, 'clusters'>;
type RowKind = Exclude<TableKind, 'organisations'>;

let referenceIndex: ReferenceIndex | undefined;
const refs = () => (referenceIndex ??= loadReferenceIndex());

type Validated = ValidationResult<LinkInput>
  | ValidationResult<NeedInput> | ValidationResult<CapabilityInput> | ValidationResult<PurchaseRecord> | ValidationResult<ReferenceTotalInput>;

async function validate(db: Database, kind: RowKind, table: Table): Promise<Validated> {
  if (kind === 'reference-totals') return validateReferenceTotals(table, refs());
  const known = await findAllLiveInns(db);
  if (kind === 'links') {
    // A link may point to an organisation of the same batch only if that one is already in the registry:
    // organisations are imported first, links after.
    return validateLinks(table, { knownInns: (inn) => known.has(inn) });
  }
  if (kind === 'needs') return validateNeeds(table, { refs: refs(), knownInns: (inn) => known.has(inn) });
  if (kind === 'capabilities') return validateCapabilities(table, { refs: refs(), knownInns: (inn) => known.has(inn) });
  return validatePurchases(table, { refs: refs(), knownInns: (inn) => known.has(inn) });
}

const countsOf = (c: WriteCounts): WriteCounts => ({ created: c.created, updated: c.updated, restored: c.restored, unchanged: c.unchanged });

async function write(db: Database, kind: RowKind, inputs: unknown[], actor: string): Promise<WriteCounts> {
  return db.transaction(async (tx) => {
    if (kind === 'links') return upsertLinks(tx, inputs as LinkInput[], actor);
    // the matchmaking upserts also return the ids they wrote; the report keeps the counts only
    if (kind === 'needs') return countsOf(await upsertNeeds(tx, inputs as NeedInput[], actor));
    if (kind === 'capabilities') return countsOf(await upsertCapabilities(tx, inputs as CapabilityInput[], actor));
    // reported figures, replaced in place without history (like the demo purchases)
    if (kind === 'purchases') return importPurchases(tx, inputs as PurchaseRecord[]);
    return upsertReferenceTotals(tx, inputs as ReferenceTotalInput[]);
  });
}

async function withinRegions(db: Database, kind: RowKind, result: Validated, regions: string[]): Promise<Validated> {
  const split = await splitByRegionScope(db, kind, result.valid as ValidRecord<unknown>[], regions);
  const errors = [...result.errors, ...split.errors].sort((a, b) => a.rowNumber - b.rowNumber);
  return { valid: split.valid, errors } as Validated;
}

/** Validation, then the write of what passed in one transaction; organisations are written while they are validated. */
async function validateAndWrite(db: Database, req: ImportRequest, kind: TableKind, table: Table): Promise<ImportOutcome> {
  if (kind === 'organisations') return importOrganisationsWhileValidating(db, table, refs(), req);
  const rowsTotal = table.rows.length;
  req.onProgress?.({ phase: 'validating', rowsTotal, rowsValidated: 0, recordsSent: 0 });
  const validated = await validate(db, kind, table);
  const result = req.allowedRegions ? await withinRegions(db, kind, validated, req.allowedRegions) : validated;
  const refused = isRefused(req.mode, result.errors.length, result.valid.length);
  if (refused) return { validCount: result.valid.length, errors: result.errors, refused, counts: NOTHING_WRITTEN };
  req.onProgress?.({ phase: 'writing', rowsTotal, rowsValidated: rowsTotal, recordsSent: result.valid.length });
  const counts = await write(db, kind, result.valid.map((v) => v.input), req.actor);
  return { validCount: result.valid.length, errors: result.errors, refused, counts };
}

/**
 * Reads, validates and writes one import file. Default mode "all": one invalid row and nothing is written.
 * Mode "valid": the valid rows are written, the invalid ones reported. Writing is one transaction either way.
 * Throws TableReadError when the file itself cannot be read.
 */
export async function importFile(db: Database, req: ImportRequest): Promise<ImportReport> {
  // clusters have a reader of their own (JSON exports, a workbook's three sheets): cluster-import.ts
  if (req.kind === 'clusters') return importClusterFile(db, req, refs());
  req.onProgress?.({ phase: 'reading', rowsTotal: null, rowsValidated: 0, recordsSent: 0 });
  const table = await readTable(req.data, req.fileName);
  const kind = req.kind;
  const file = { format: table.format, encoding: table.encoding, delimiter: table.delimiter, rowsTotal: table.rows.length };
  return runImport(db, req, file, () => validateAndWrite(db, req, kind, table));
}

import { setImmediate as nextTurn } from 'node:timers/promises';
import type { OrganisationInput } from '@klaster/core';
import { withOrganisationWriter, type Database } from '@klaster/db';
import { sortErrors, startOrganisationValidation, type ReferenceIndex, type RowError, type Table, type ValidRecord } from '@klaster/io';
import { splitByRegionScope } from './import-scope.ts';
import type { ProgressListener } from './import-progress.ts';
import { isRefused, NOTHING_WRITTEN, type ImportOutcome } from './import-run.ts';

/** Rows validated between two turns of the event loop: the database connection's data keeps flowing meanwhile. */
const SLICE_ROWS = 2000;
/** Organisations per write: the bulk writer's batch (see packages/db organisation-writer.ts). */
const WRITE_BATCH = 20000;

/** Thrown inside the transaction to roll back what was already written when the import is refused at the end. */
class Refused extends Error {}

/**
 * Validates and writes an organisations file at the same time, in one transaction: each organisation goes to the
 * database as soon as its last row has been read, and the database writes one batch while the next is validated
 * (on PostgreSQL the importer and the server then use both cores; the import took parse + validate + write one
 * after the other before). All or nothing still holds: in mode "all" the first invalid row stops further writes,
 * the rest of the file is still validated so that every error is reported, and the transaction is rolled back.
 */
export async function importOrganisationsWhileValidating(
  db: Database, table: Table, refs: ReferenceIndex, req: { mode: 'all' | 'valid'; actor: string; allowedRegions?: string[]; onProgress?: ProgressListener },
  sizes: { slice: number; batch: number } = { slice: SLICE_ROWS, batch: WRITE_BATCH },
): Promise<ImportOutcome> {
  const validation = startOrganisationValidation(table, refs);
  const scopeErrors: RowError[] = [];
  let validCount = 0;
  let sent = 0;
  const report = (phase: 'validating' | 'writing', rowsValidated: number) =>
    req.onProgress?.({ phase, rowsTotal: table.rows.length, rowsValidated, recordsSent: sent });
  const allErrors = () => sortErrors([...validation.errors(), ...scopeErrors]);
  try {
    return await db.transaction((tx) =>
      withOrganisationWriter(tx, req.actor, async (writer) => {
        let ready: OrganisationInput[] = [];
        report('validating', 0);
        while (!validation.done) {
          let complete: ValidRecord<unknown>[] = validation.next(sizes.slice);
          if (req.allowedRegions && complete.length) {
            const split = await splitByRegionScope(tx, 'organisations', complete, req.allowedRegions);
            scopeErrors.push(...split.errors);
            complete = split.valid;
          }
          validCount += complete.length;
          // in mode "all" one error means nothing will be kept: stop writing, keep validating for the report
          const writing = req.mode === 'valid' || (validation.errors().length === 0 && scopeErrors.length === 0);
          if (writing) for (const record of complete) ready.push(record.input as OrganisationInput);
          else ready = [];
          if (ready.length >= sizes.batch) {
            await writer.write(ready);
            sent += ready.length;
            ready = [];
          }
          report('validating', validation.rowsRead);
          await nextTurn();
        }
        const errors = allErrors();
        if (isRefused(req.mode, errors.length, validCount)) throw new Refused();
        if (ready.length) await writer.write(ready);
        sent += ready.length;
        report('writing', table.rows.length);
        return { validCount, errors, refused: false, counts: await writer.finish() };
      }),
    );
  } catch (error) {
    if (error instanceof Refused) return { validCount, errors: allErrors(), refused: true, counts: NOTHING_WRITTEN };
    throw error;
  }
}

import type { Database } from '@klaster/db';
import {
  failDiscoveryRun, failInterruptedDiscoveryRuns, finishDiscoveryRun, getDiscoveryRun, insertDiscoveryRun, listDiscoveryRuns,
  setDiscoverySnapshot, updateDiscoveryProgress, type DiscoveryRunRow,
} from '@klaster/db';
import type { DiscoveryParams, DiscoveryResult, DiscoveryRunRequest } from '@klaster/contract';
import { loadRuleSet } from '@klaster/data';
import { notFound } from '../services/app-error.ts';
import { loadDiscoveryScope } from './discovery-data.ts';
import { DEFAULT_DISCOVERY_PARAMS, runPipeline, type PipelineOptions, type ProgressReporter } from './discovery-pipeline.ts';
import { describeCandidates } from './candidate-report.ts';
import { stageLabel } from './stage-label.ts';

export const INTERRUPTED_RUN_MESSAGE = 'Расчёт прерван: процесс сервера остановлен до его завершения';

/** Today as YYYY-MM-DD (UTC): the default date the rules are checked as of. */
const today = (): string => new Date().toISOString().slice(0, 10);

/**
 * Request → full parameters: defaults filled in, regions sorted and deduplicated, so equal requests store equal params.
 * A run on a data snapshot date checks the rules as of that date too, unless asOf says otherwise.
 */
export function resolveParams(request: DiscoveryRunRequest): DiscoveryParams {
  const defined = Object.fromEntries(Object.entries(request).filter(([, v]) => v !== undefined));
  return {
    ...DEFAULT_DISCOVERY_PARAMS,
    ...defined,
    regions: [...new Set(request.regions ?? [])].sort(),
    asOf: request.asOf ?? request.dataAsOf ?? today(),
    dataAsOf: request.dataAsOf ?? null,
  };
}

/** How to compute a run (never stored, never changes the result), and an observer of every progress report. */
export interface RunOptions extends PipelineOptions {
  onProgress?: ProgressReporter;
}

/**
 * Progress goes to the row as the work moves on. Writes are chained so they land in order, and skipped when
 * the bar moved by less than 5 % within one stage (Leiden reports many small steps).
 */
function progressWriter(db: Database, id: number, observe?: ProgressReporter): { report: ProgressReporter; flush: () => Promise<void> } {
  let chain: Promise<void> = Promise.resolve();
  let last = { fraction: -1, stage: '' };
  return {
    report(fraction, stage) {
      observe?.(fraction, stage);
      if (stage === last.stage && fraction - last.fraction < 0.05) return;
      last = { fraction, stage };
      chain = chain.then(() => updateDiscoveryProgress(db, id, fraction, stage)).catch(() => undefined);
    },
    flush: () => chain,
  };
}

/** The computation of one stored run. No transaction is held: reads, then Leiden, then one UPDATE with the result. */
export async function computeRun(db: Database, id: number, params: DiscoveryParams, options: RunOptions = {}): Promise<DiscoveryResult> {
  const progress = progressWriter(db, id, options.onProgress);
  const ruleSet = loadRuleSet('pp779', params.asOf);
  progress.report(0.01, 'loading');
  const scope = await loadDiscoveryScope(db, params.regions, params.dataAsOf ?? null);
  await setDiscoverySnapshot(db, id, scope.snapshot);
  const output = await runPipeline(scope, params, progress.report, options);
  progress.report(0.9, 'gaps');
  const candidates = describeCandidates(output.candidates, scope, ruleSet, params.asOf);
  await progress.flush();
  return { params, snapshot: scope.snapshot, graph: output.graph, candidates };
}

export interface StartedRun {
  id: number;
  /** Settles when the run is stored as done or failed; never rejects. */
  finished: Promise<void>;
}

/** Creates the run row and computes in the background; the caller gets the id at once. */
export async function startDiscoveryRun(
  db: Database, params: DiscoveryParams, actor: string, repeatOf: number | null = null, options: RunOptions = {},
): Promise<StartedRun> {
  const id = await insertDiscoveryRun(db, { params, seed: params.seed, regionCodes: params.regions, actor, repeatOf });
  const finished = (async () => {
    try {
      const result = await computeRun(db, id, params, options);
      await finishDiscoveryRun(db, id, result);
    } catch (error) {
      await failDiscoveryRun(db, id, error instanceof Error ? error.message : String(error)).catch(() => undefined);
    }
  })();
  return { id, finished };
}

/** A stored run as the API shows it: progress also in whole per cent, and the stage in words. */
export type DiscoveryRunView = DiscoveryRunRow & { percent: number; stageLabel: { ru: string; en: string } };

const viewOf = (run: DiscoveryRunRow): DiscoveryRunView => ({ ...run, percent: Math.floor(run.progress * 100), stageLabel: stageLabel(run.stage) });

export async function requireRun(db: Database, id: number): Promise<DiscoveryRunView> {
  const run = await getDiscoveryRun(db, id);
  if (!run) throw notFound('Расчёт', 'Discovery run', id);
  return viewOf(run);
}

/** The same parameters and seed again: on unchanged data (same snapshot hash) the result is identical. */
export async function repeatDiscoveryRun(db: Database, id: number, actor: string): Promise<StartedRun> {
  const run = await requireRun(db, id);
  return startDiscoveryRun(db, run.params as DiscoveryParams, actor, id);
}

export async function listRuns(db: Database, limit = 50) {
  const runs = await listDiscoveryRuns(db, limit);
  return runs.map(viewOf).map(({ result: _result, candidateCount, ...run }) => ({ ...run, candidates: candidateCount }));
}

/** At server start: runs left 'running' by a stopped process can never finish. */
export function failInterruptedRuns(db: Database): Promise<number> {
  return failInterruptedDiscoveryRuns(db, INTERRUPTED_RUN_MESSAGE);
}

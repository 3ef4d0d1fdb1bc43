import { Worker } from 'node:worker_threads';
import type { CsrGraph, LeidenPosition, LeidenResult, LeidenStage } from '@klaster/core/graph/index.ts';
import type { LeidenJob, WorkerLeidenOptions, WorkerMessage } from './messages.ts';

export type { WorkerLeidenOptions } from './messages.ts';

export interface RunInWorkerOptions {
  /**
   * Hand the graph's buffers to the worker instead of copying them (default true: a 3M-edge graph
   * is ~100 MB). The caller's graph arrays are then detached (length 0) and must not be reused.
   */
  transferGraph?: boolean;
}

function graphBuffers(graph: CsrGraph): ArrayBuffer[] {
  const buffers = [graph.offsets.buffer, graph.targets.buffer, graph.weights.buffer, graph.selfLoops.buffer];
  return [...new Set(buffers)] as ArrayBuffer[];
}

/**
 * Runs Leiden on a worker thread so the server stays responsive; progress arrives through
 * `onProgress`. The worker source is TypeScript: the .mjs bootstrap registers tsx before loading it.
 */
export function runLeidenInWorker(
  graph: CsrGraph,
  options: WorkerLeidenOptions,
  onProgress?: (fraction: number, stage: LeidenStage, at?: LeidenPosition) => void,
  runOptions: RunInWorkerOptions = {},
): Promise<LeidenResult> {
  const job: LeidenJob = { graph, options };
  const transferList = runOptions.transferGraph === false ? [] : graphBuffers(graph);
  const worker = new Worker(new URL('./leiden.worker.mjs', import.meta.url), {
    execArgv: ['--import', 'tsx'],
    workerData: job,
    transferList,
  });
  return new Promise<LeidenResult>((resolve, reject) => {
    let settled = false;
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') onProgress?.(message.fraction, message.stage, message.at);
      else {
        settled = true;
        void worker.terminate();
        if (message.type === 'result') resolve(message.result);
        else reject(new Error(`Leiden worker failed: ${message.message}`));
      }
    });
    worker.on('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new Error(`Leiden worker exited with code ${code} before a result`));
    });
  });
}

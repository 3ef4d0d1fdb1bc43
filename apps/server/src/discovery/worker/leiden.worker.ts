// Worker thread entry: runs Leiden on the graph it was given and posts each progress report (one per stage of each
// level of each pass: a few dozen messages), then the result. The membership buffer is transferred back, not copied.
import { parentPort, workerData } from 'node:worker_threads';
import { leiden } from '@klaster/core/graph/index.ts';
import type { LeidenJob, WorkerMessage } from './messages.ts';

function post(message: WorkerMessage, transfer: ArrayBuffer[] = []): void {
  parentPort?.postMessage(message, transfer);
}

function run(job: LeidenJob): void {
  try {
    const result = leiden(job.graph, {
      ...job.options,
      onProgress: (fraction, stage, at) => post({ type: 'progress', fraction, stage, ...(at ? { at } : {}) }),
    });
    post({ type: 'result', result }, [result.membership.buffer as ArrayBuffer]);
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}

run(workerData as LeidenJob);

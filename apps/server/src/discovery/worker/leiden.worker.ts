// Worker thread entry: runs Leiden on the graph it was given and posts progress, then the result.
// The membership buffer is transferred back, not copied.
import { parentPort, workerData } from 'node:worker_threads';
import { leiden } from '@klaster/core/graph/index.ts';
import type { LeidenJob, WorkerMessage } from './messages.ts';

/** Progress is posted at most this often: a message per level is plenty for a progress bar. */
const MIN_PROGRESS_STEP = 0.01;

function post(message: WorkerMessage, transfer: ArrayBuffer[] = []): void {
  parentPort?.postMessage(message, transfer);
}

function run(job: LeidenJob): void {
  let last = -1;
  try {
    const result = leiden(job.graph, {
      ...job.options,
      onProgress: (fraction, stage) => {
        if (fraction - last < MIN_PROGRESS_STEP && fraction < 1) return;
        last = fraction;
        post({ type: 'progress', fraction, stage });
      },
    });
    post({ type: 'result', result }, [result.membership.buffer as ArrayBuffer]);
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}

run(workerData as LeidenJob);

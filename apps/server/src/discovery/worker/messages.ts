import type { CsrGraph, LeidenPosition, LeidenResult, LeidenStage, QualityFunction } from '@klaster/core/graph/index.ts';

/** Options that can cross the thread boundary (no callbacks). */
export interface WorkerLeidenOptions {
  quality?: QualityFunction;
  resolution?: number;
  seed?: number;
  maxIterations?: number;
  tolerance?: number;
}

/** Sent once to the worker as workerData. */
export interface LeidenJob {
  graph: CsrGraph;
  options: WorkerLeidenOptions;
}

export type WorkerMessage =
  | { type: 'progress'; fraction: number; stage: LeidenStage; at?: LeidenPosition }
  | { type: 'result'; result: LeidenResult }
  | { type: 'error'; message: string };

import type { ImportProgress } from '@klaster/contract';

export type { ImportProgress };

export type ProgressListener = (progress: ImportProgress) => void;

/** Finished entries are kept this long, so a screen that polls late still reads the end. */
const KEEP_MS = 10 * 60 * 1000;

/**
 * Progress of the imports running in this process, under a random key the client chose (it sends the same key with
 * the upload and with its polls, since the upload answers only at the end). Whoever holds the key reads the phase
 * and the counts, nothing else; a key another account is using is not taken over. Kept in memory: progress is of
 * no use after a restart, and the import's outcome is in import_runs.
 */
export class ImportProgressBoard {
  private readonly entries = new Map<string, { owner: string; progress: ImportProgress; finishedAt: number | null }>();

  /** A listener that records the import's progress under `key`; a key another account holds is left alone. */
  track(key: string, owner: string): ProgressListener {
    this.sweep();
    const held = this.entries.get(key);
    if (held && held.owner !== owner) return () => undefined;
    const entry = { owner, progress: { phase: 'reading', rowsTotal: null, rowsValidated: 0, recordsSent: 0 } as ImportProgress, finishedAt: null as number | null };
    this.entries.set(key, entry);
    return (progress) => {
      entry.progress = { ...progress };
      if (progress.phase === 'finished') entry.finishedAt = Date.now();
    };
  }

  /** The progress under `key`: the key is the secret (the uploader's random key), so no account is asked for. */
  read(key: string): ImportProgress | null {
    return this.entries.get(key)?.progress ?? null;
  }

  private sweep(): void {
    const now = Date.now();
    for (const [key, entry] of this.entries) if (entry.finishedAt !== null && now - entry.finishedAt > KEEP_MS) this.entries.delete(key);
  }
}

import { useEffect, useState } from 'react';
import { api } from '../../api/client.ts';
import type { ImportProgress } from '../../api/types.ts';


const POLL_MS = 500;

/**
 * Follows an upload the server is processing: polls its progress twice a second while `active`. The upload itself
 * answers only at the end, so this is the only way to show a 300 000-row file being checked and written. Until the
 * server has seen the key (the file is still arriving) the answer is 404, which just means "not yet".
 */
export function useImportProgress(key: string, active: boolean): ImportProgress | null {
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  useEffect(() => {
    setProgress(null);
    if (!active) return;
    let stopped = false;
    const poll = async () => {
      try {
        const next = await api.get<ImportProgress>(`/api/import/progress/${key}`);
        if (!stopped) setProgress(next);
      } catch {
        // not started yet, or the session went away: the upload's own answer reports real problems
      }
      if (!stopped) timer = setTimeout(() => void poll(), POLL_MS);
    };
    let timer = setTimeout(() => void poll(), POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [key, active]);
  return progress;
}

/** The bar's value for a phase: validation moves it, the other phases are shown full and animated. */
export function progressPercent(p: ImportProgress | null): number | null {
  if (!p || p.phase !== 'validating' || !p.rowsTotal) return null;
  return Math.min(100, Math.round((p.rowsValidated / p.rowsTotal) * 100));
}

/**
 * A fresh key for one upload. crypto.randomUUID exists only in secure contexts (https or localhost) and agencies
 * often serve Klaster over plain http inside their network; getRandomValues works everywhere.
 */
export function newProgressKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

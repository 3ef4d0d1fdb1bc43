import { useCallback, useState } from 'react';

export interface Action<A extends unknown[], R> {
  busy: boolean;
  error: Error | null;
  /** Runs the call; resolves to its result, or to undefined when it failed (the error is kept for the form). */
  run(...args: A): Promise<R | undefined>;
  clear(): void;
}

/** A write the screen waits for: busy while it runs, its error kept to show next to the button that caused it. */
export function useAction<A extends unknown[], R>(call: (...args: A) => Promise<R>): Action<A, R> {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  const run = useCallback(async (...args: A) => {
    setBusy(true);
    setError(null);
    try {
      return await call(...args);
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)));
      return undefined;
    } finally {
      setBusy(false);
    }
    // the call is a fresh closure on every render; the latest one is what the user clicked
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [call]);
  return { busy, error, run, clear: () => setError(null) };
}

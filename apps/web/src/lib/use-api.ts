import { useCallback, useEffect, useState } from 'react';
import { api, type QueryValue } from '../api/client.ts';

export interface ApiState<T> {
  data: T | null;
  error: Error | null;
  loading: boolean;
  reload(): void;
}

/** GETs `path` whenever it or its params change; `path = null` means "nothing to load yet". */
export function useApi<T>(path: string | null, params?: Record<string, QueryValue>): ApiState<T> {
  const key = path === null ? null : path + JSON.stringify(params ?? {});
  const [state, setState] = useState<{ data: T | null; error: Error | null; loading: boolean }>({ data: null, error: null, loading: path !== null });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    if (path === null) return;
    const controller = new AbortController();
    setState((s) => ({ data: s.data, error: null, loading: true }));
    api
      .get<T>(path, params, controller.signal)
      .then((data) => setState({ data, error: null, loading: false }))
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ data: null, error: error instanceof Error ? error : new Error(String(error)), loading: false });
      });
    return () => controller.abort();
    // `key` stands for path + params: objects passed inline would change identity on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, generation]);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { ...state, reload };
}

/** Same-origin fetch wrapper: every failure becomes an ApiError carrying the server's Russian/English message. */
export interface ApiErrorDetail {
  path: string;
  message: string;
  messageEn?: string;
  value?: unknown;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly messageEn: string,
    readonly details: ApiErrorDetail[] = [],
  ) {
    super(message);
  }
  /** Field name → message, for forms: "body.inn" → "inn". */
  fieldErrors(lang: 'ru' | 'en'): Record<string, string> {
    const out: Record<string, string> = {};
    for (const d of this.details) out[d.path.replace(/^body\./, '')] = lang === 'en' && d.messageEn ? d.messageEn : d.message;
    return out;
  }
}

export type QueryValue = string | number | boolean | null | undefined | (string | number)[];

export function buildQuery(params: Record<string, QueryValue> = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value == null || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    search.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

interface ErrorShape {
  error?: { code?: string; message?: string; messageEn?: string; details?: ApiErrorDetail[] };
}

export async function errorFromResponse(response: Response): Promise<ApiError> {
  let body: ErrorShape = {};
  try {
    body = (await response.json()) as ErrorShape;
  } catch {
    // Not JSON (a proxy page, an empty body): fall back to the status line.
  }
  const e = body.error;
  return new ApiError(
    response.status,
    e?.code ?? 'http_' + response.status,
    e?.message ?? `Ошибка сервера: HTTP ${response.status}`,
    e?.messageEn ?? `Server error: HTTP ${response.status}`,
    e?.details ?? [],
  );
}

async function request<T>(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      signal,
      headers: body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'network', 'Сервер недоступен: проверьте подключение', 'The server is unreachable: check the connection');
  }
  if (!response.ok) throw await errorFromResponse(response);
  return (await response.json()) as T;
}

export const api = {
  get: <T>(path: string, params?: Record<string, QueryValue>, signal?: AbortSignal) => request<T>('GET', path + buildQuery(params), undefined, signal),
  post: <T>(path: string, body: unknown) => request<T>('POST', path, body),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  delete: <T>(path: string) => request<T>('DELETE', path),
};

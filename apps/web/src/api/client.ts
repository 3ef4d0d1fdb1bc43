/**
 * Same-origin fetch wrapper: every failure becomes an ApiError carrying the server's Russian/English message.
 * It sends the session cookie and, on unsafe methods, the session's CSRF token.
 */
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

// ── Session plumbing: the CSRF token and who hears about 401/403 ──

/**
 * The CSRF token of the current session, kept in memory only (never in storage a script of another tab could
 * read later): it comes with sign-in and with GET /api/auth/session at start, and goes at sign-out.
 */
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The header every unsafe request of a signed-in user must carry (the server answers 403 without it). */
export function csrfHeaders(method: string): Record<string, string> {
  return csrfToken && UNSAFE_METHODS.has(method.toUpperCase()) ? { 'x-csrf-token': csrfToken } : {};
}

/**
 * Called with every 401 and 403 the API answers (the session provider listens: a 401 means the session is
 * gone, a 403 may mean the password must be changed first). The sign-in call itself is left out: its 401 is
 * "wrong password", shown on the form.
 */
type AuthListener = (error: ApiError, path: string) => void;
const authListeners = new Set<AuthListener>();

export function onAuthError(listener: AuthListener): () => void {
  authListeners.add(listener);
  return () => authListeners.delete(listener);
}

const QUIET_PATHS = /^\/api\/auth\/(login|session|logout)(\?|$)/;

export function reportAuthError(error: ApiError, path: string): void {
  if ((error.status === 401 || error.status === 403) && !QUIET_PATHS.test(path)) for (const listener of authListeners) listener(error, path);
}

async function request<T>(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      signal,
      // The session cookie is httpOnly and SameSite=Strict: sent on our own origin only.
      credentials: 'same-origin',
      headers: {
        accept: 'application/json',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...csrfHeaders(method),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'network', 'Сервер недоступен: проверьте подключение', 'The server is unreachable: check the connection');
  }
  if (!response.ok) {
    const error = await errorFromResponse(response);
    reportAuthError(error, path);
    throw error;
  }
  // 204 (a withdrawn assignment, for one) has no body to parse
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

export const api = {
  get: <T>(path: string, params?: Record<string, QueryValue>, signal?: AbortSignal) => request<T>('GET', path + buildQuery(params), undefined, signal),
  post: <T>(path: string, body: unknown) => request<T>('POST', path, body),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  delete: <T>(path: string) => request<T>('DELETE', path),
};

import { ApiError, csrfHeaders, reportAuthError } from './client.ts';

/**
 * multipart upload through XMLHttpRequest, because fetch cannot report upload progress.
 * `onProgress` gets 0…100 while the file is sent; the promise resolves with the JSON answer. The session cookie
 * goes with it (same origin); the CSRF token is added like in client.ts.
 */
export function uploadFile<T>(url: string, file: File, onProgress: (percent: number) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.responseType = 'json';
    xhr.setRequestHeader('accept', 'application/json');
    for (const [name, value] of Object.entries(csrfHeaders('POST'))) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (e) => { if (e.lengthComputable) onProgress(Math.round((e.loaded / e.total) * 100)); };
    xhr.onload = () => {
      const body = xhr.response as { error?: { code: string; message: string; messageEn: string; details?: { path: string; message: string }[] } } | null;
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as T);
      else {
        const error = new ApiError(xhr.status, body?.error?.code ?? `http_${xhr.status}`, body?.error?.message ?? `Ошибка сервера: HTTP ${xhr.status}`, body?.error?.messageEn ?? `Server error: HTTP ${xhr.status}`, body?.error?.details ?? []);
        reportAuthError(error, url);
        reject(error);
      }
    };
    xhr.onerror = () => reject(new ApiError(0, 'network', 'Сервер недоступен: файл не передан', 'The server is unreachable: the file was not sent'));
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}

import { csrfHeaders, errorFromResponse, reportAuthError } from '../../api/client.ts';

/**
 * DELETE of a route that answers 204 with no body (withdrawing an assignment). The shared client parses every
 * answer as JSON, which an empty body is not; this sends the same cookie and CSRF header and reports errors
 * the same way.
 */
export async function deleteNoContent(path: string): Promise<true> {
  const response = await fetch(path, { method: 'DELETE', credentials: 'same-origin', headers: { accept: 'application/json', ...csrfHeaders('DELETE') } });
  if (!response.ok) {
    const error = await errorFromResponse(response);
    reportAuthError(error, path);
    throw error;
  }
  return true;
}

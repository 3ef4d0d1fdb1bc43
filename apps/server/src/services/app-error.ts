import type { ErrorCode } from '@klaster/contract';

export interface ErrorDetail {
  path: string;
  value?: unknown;
  message: string;
  messageEn?: string;
}

/**
 * The one error type of services: a stable code, a message for people in Russian and English, and
 * details naming what was wrong. The HTTP layer maps the code to a status; the CLI prints it.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly messageRu: string,
    readonly messageEn: string,
    readonly details?: ErrorDetail[],
  ) {
    super(messageEn);
  }
}

export const notFound = (what: string, whatEn: string, id: unknown) =>
  new AppError('not_found', `${what} не найден(а): ${String(id)}`, `${whatEn} not found: ${String(id)}`);

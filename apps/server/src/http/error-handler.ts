import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { ERROR_STATUS, type ErrorBody, type ErrorCode } from '@klaster/contract';
import { isDatabaseUnavailable } from '@klaster/db';
import { TableReadError } from '@klaster/io';
import { AppError } from '../services/app-error.ts';
import { frameworkErrorText } from './framework-errors.ts';
import { isRequestValidationError, validationDetails, validationSummary } from './validation.ts';

export function send(reply: FastifyReply, code: ErrorCode, message: string, messageEn: string, details?: ErrorBody['error']['details'], correlationId?: string) {
  const body: ErrorBody = { error: { code, message, messageEn, ...(details ? { details } : {}), ...(correlationId ? { correlationId } : {}) } };
  return reply.status(ERROR_STATUS[code]).type('application/json; charset=utf-8').send(body);
}

/**
 * One place turns every failure into the one error shape: validation → 400 naming each field and what is wrong
 * with it, in Russian and English (./validation.ts); AppError → its code's status; unreadable upload → 400;
 * fastify's own request errors → 400 in both languages; database server unreachable → 503 with Retry-After;
 * anything unexpected → a bare 500 with a correlation id (logged).
 */
export function installErrorHandler(app: FastifyInstance, webRoot?: string): void {
  const spaIndex = webRoot && existsSync(join(webRoot, 'index.html')) ? 'index.html' : null;
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (isRequestValidationError(error)) {
      const details = validationDetails(error);
      const summary = validationSummary(details);
      return send(reply, 'validation_failed', summary.ru, summary.en, details);
    }
    if (error instanceof AppError) return send(reply, error.code, error.messageRu, error.messageEn, error.details);
    if (error instanceof TableReadError)
      return send(reply, 'file_unreadable', `Файл не прочитан: ${error.messageRu}`, `File cannot be read: ${error.messageEn}`,
        error.line ? [{ path: `line ${error.line}`, message: error.messageRu, messageEn: error.messageEn }] : undefined);
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || error.statusCode === 413)
      return send(reply, 'payload_too_large', 'Файл или запрос слишком велик', 'Payload too large');
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      const text = frameworkErrorText(error);
      return send(reply, 'validation_failed', text.ru, text.en);
    }
    // The database server is down or restarting: the client may retry; nothing was half-written (transactions).
    if (isDatabaseUnavailable(error)) {
      request.log.warn({ err: error }, 'database unavailable');
      return send(reply.header('retry-after', '5'), 'database_unavailable', 'База данных временно недоступна. Повторите запрос через несколько секунд', 'The database is temporarily unavailable. Retry in a few seconds');
    }
    const correlationId = randomUUID();
    request.log.error({ err: error, correlationId }, 'unhandled error');
    return send(reply, 'internal', `Внутренняя ошибка сервера. Код для обращения: ${correlationId}`, `Internal server error. Correlation id: ${correlationId}`, undefined, correlationId);
  });
  app.setNotFoundHandler((request, reply) => {
    // The web UI routes its own paths: any GET outside /api gets the page, which then shows the right screen.
    if (spaIndex && request.method === 'GET' && !request.url.startsWith('/api/')) return reply.sendFile(spaIndex);
    return send(reply, 'not_found', `Адрес не найден: ${request.method} ${request.url}`, `Not found: ${request.method} ${request.url}`);
  });
}

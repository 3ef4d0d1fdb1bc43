import type { FastifySchemaCompiler } from 'fastify';
import { safeParse, type $ZodType } from 'zod/v4/core';
import type { ErrorBody } from '@klaster/contract';
import { describeIssue, GENERIC, type Issue } from './validation-messages.ts';

/**
 * Request validation with zod, as fastify-type-provider-zod's compiler does, except that each failure is put
 * into words here, where the request as sent is at hand: Russian and English, with the value sent (the query's
 * "abc", not the NaN coercion made of it). The error handler turns these entries into `details`.
 */

const MARK = Symbol.for('klaster.validationIssue');

interface ValidationEntry {
  [MARK]: true;
  keyword: string;
  /** JSON pointer inside the request part, as fastify's own validation errors carry it. */
  instancePath: string;
  schemaPath: string;
  /** Russian: fastify builds the error's own message from these. */
  message: string;
  messageEn: string;
  value?: unknown;
  params: Record<string, unknown>;
}

const pointer = (path: readonly PropertyKey[]) => path.map((key) => `/${String(key)}`).join('');

export const validatorCompiler: FastifySchemaCompiler<$ZodType> = ({ schema }) => (data) => {
  // The per-parse map loses to a schema's own messages, so GENERIC marks the issues that have none.
  const result = safeParse(schema, data, { error: () => GENERIC });
  if (!result.error) return { value: result.data };
  const entries: ValidationEntry[] = result.error.issues.flatMap((issue) =>
    describeIssue(issue as unknown as Issue, data).map((text) => ({
      [MARK]: true as const,
      keyword: issue.code,
      instancePath: pointer(text.path),
      schemaPath: `#${pointer(issue.path)}/${issue.code}`,
      message: text.message,
      messageEn: text.messageEn,
      ...('value' in text ? { value: text.value } : {}),
      params: {},
    })),
  );
  return { error: entries as never };
};

function isEntry(value: unknown): value is ValidationEntry {
  return typeof value === 'object' && value !== null && (value as Partial<ValidationEntry>)[MARK] === true;
}

/** A request that failed the route's schema (through the compiler above). */
export function isRequestValidationError(error: unknown): error is { validation: ValidationEntry[]; validationContext?: string } {
  const validation = (error as { validation?: unknown } | null)?.validation;
  return Array.isArray(validation) && validation.length > 0 && validation.every(isEntry);
}

/** Where in the request an entry points: "query.region", "body.participants.3.inn". */
function detailPath(context: string | undefined, instancePath: string): string {
  const part = (context ?? 'request').replace('querystring', 'query');
  return [part, ...instancePath.split('/').filter(Boolean)].join('.');
}

export function validationDetails(error: { validation: ValidationEntry[]; validationContext?: string }): NonNullable<ErrorBody['error']['details']> {
  return error.validation.map((entry) => ({
    path: detailPath(error.validationContext, entry.instancePath),
    ...('value' in entry ? { value: entry.value } : {}),
    message: entry.message,
    messageEn: entry.messageEn,
  }));
}

/** The answer's own message: the one field and what is wrong with it, or the fields (a few, then how many more). */
export function validationSummary(details: NonNullable<ErrorBody['error']['details']>): { ru: string; en: string } {
  if (details.length === 1) {
    const [d] = details;
    return { ru: `Неверные данные запроса: ${d!.path} — ${d!.message}`, en: `Invalid request: ${d!.path} — ${d!.messageEn ?? d!.message}` };
  }
  const paths = [...new Set(details.map((d) => d.path))];
  const shown = paths.slice(0, 5).join(', ');
  const more = paths.length - 5;
  return {
    ru: `Неверные данные запроса (ошибок: ${details.length}): ${shown}${more > 0 ? ` и ещё ${more}` : ''}`,
    en: `Invalid request (${details.length} problems): ${shown}${more > 0 ? ` and ${more} more` : ''}`,
  };
}

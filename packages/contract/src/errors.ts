import { z } from 'zod';

/** Stable error codes of the API, with the HTTP status each maps to (one table, used by the server). */
export const ERROR_STATUS = {
  validation_failed: 400,
  file_unreadable: 400,
  import_refused: 422,
  unknown_reference: 422,
  /** The request is well-formed but what it acts on is not complete yet (a score sheet submitted with criteria unscored). */
  incomplete: 422,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  rate_limited: 429,
  internal: 500,
  database_unavailable: 503,
} as const;
export type ErrorCode = keyof typeof ERROR_STATUS;

/** The one error shape every endpoint returns. `message` is Russian (the UI language), `messageEn` English. */
export const ErrorBody = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      messageEn: z.string(),
      /** Which fields or rows were wrong: path, value, reason. */
      details: z
        .array(z.object({ path: z.string(), value: z.unknown().optional(), message: z.string(), messageEn: z.string().optional() }))
        .optional(),
      correlationId: z.string().optional(),
    }),
  })
  .meta({ id: 'Error' });
export type ErrorBody = z.infer<typeof ErrorBody>;

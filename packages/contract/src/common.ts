import { z } from 'zod';

/** Query parameters arrive as strings; lists may be repeated (?region=22&region=40) or comma-separated. */
export const listParam = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v == null ? undefined : (Array.isArray(v) ? v : [v]).flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean)));

export const pageQuery = {
  page: z.coerce.number().int().min(1).max(1_000_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
};

export const regionCode = z.string().regex(/^\d{2}$/, 'код региона — две цифры');
export const idParam = z.object({ id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) });

export function page<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
}

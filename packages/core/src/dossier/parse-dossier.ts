import type { z } from 'zod';
import { dossierSchema, type Dossier } from './dossier-schema.ts';

/** One problem in a dossier, located by its JSON path (e.g. `participants[3].inn`). */
export interface DossierIssue {
  path: string;
  message: string;
}

export type DossierParseResult = { ok: true; dossier: Dossier } | { ok: false; issues: DossierIssue[] };

/** `['participants', 3, 'inn']` → `participants[3].inn`; the root is `(dossier)`. */
export function formatJsonPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(dossier)' : out;
}

export function issuesFromZod(error: z.ZodError): DossierIssue[] {
  return error.issues.map((issue) => ({ path: formatJsonPath(issue.path), message: issue.message }));
}

/** Validates an already parsed JSON value as a dossier. */
export function parseDossier(value: unknown): DossierParseResult {
  const result = dossierSchema.safeParse(value);
  if (result.success) return { ok: true, dossier: result.data };
  return { ok: false, issues: issuesFromZod(result.error) };
}

/** Parses dossier JSON text; a syntax error becomes one issue at the root. */
export function parseDossierJson(text: string): DossierParseResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, issues: [{ path: '(dossier)', message: `not valid JSON: ${(error as Error).message}` }] };
  }
  return parseDossier(value);
}

export function formatDossierIssues(issues: readonly DossierIssue[]): string {
  return issues.map((i) => `${i.path}: ${i.message}`).join('\n');
}

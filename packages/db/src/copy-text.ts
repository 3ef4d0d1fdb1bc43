/**
 * Rows in PostgreSQL's COPY text format: one line per row, fields separated by tabs, `\N` for null, and
 * backslash, tab, newline and carriage return escaped with a backslash. Each field is encoded by the type of
 * its column, so the server parses the text exactly as it would parse a literal of that type.
 */
export type CopyType = 'text' | 'float8' | 'int' | 'numeric(20,2)' | 'bool' | 'jsonb' | 'text[]';

const SPECIAL = /[\\\t\n\r]/;
const SPECIAL_ALL = /[\\\t\n\r]/g;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
const ARRAY_SPECIAL = /["\\]/g;

function escapeField(text: string): string {
  return SPECIAL.test(text) ? text.replace(SPECIAL_ALL, (c) => ESCAPES[c]!) : text;
}

/** A text[] literal: every element quoted, so commas, braces, spaces and the word NULL stay plain text. */
function textArrayLiteral(items: readonly string[]): string {
  let literal = '{';
  for (let i = 0; i < items.length; i++) literal += (i ? ',"' : '"') + items[i]!.replace(ARRAY_SPECIAL, '\\$&') + '"';
  return literal + '}';
}

function finiteNumber(value: unknown): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new TypeError(`COPY: not a finite number: ${String(value)}`);
  return String(value);
}

/** One field of a row: the value as text of the column's type, escaped for COPY. */
export function copyField(type: CopyType, value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  switch (type) {
    case 'text':
      return escapeField(String(value));
    case 'float8':
    case 'int':
    case 'numeric(20,2)':
      return finiteNumber(value);
    case 'bool':
      return value ? 't' : 'f';
    case 'jsonb':
      return escapeField(JSON.stringify(value));
    case 'text[]':
      return escapeField(textArrayLiteral(value as readonly string[]));
  }
}

/** One row as a COPY line (without the newline). */
export function copyLine(types: readonly CopyType[], values: readonly unknown[]): string {
  let line = copyField(types[0]!, values[0]);
  for (let i = 1; i < types.length; i++) line += '\t' + copyField(types[i]!, values[i]);
  return line;
}

/** Lines per COPY chunk: the server (or PGlite's blob) gets the text in pieces of a few hundred kilobytes. */
const CHUNK_LINES = 2000;

/** COPY lines joined into chunks, each ending with a newline. */
export function copyChunks(lines: readonly string[]): string[] {
  const chunks: string[] = [];
  for (let i = 0; i < lines.length; i += CHUNK_LINES) chunks.push(lines.slice(i, i + CHUNK_LINES).join('\n') + '\n');
  return chunks;
}

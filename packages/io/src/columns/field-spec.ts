import type { ReferenceIndex } from '../validate/reference-index.ts';
import type { ParseOutcome } from './outcome.ts';
import { normaliseName } from './normalise.ts';

/** One column of an import file. */
export interface FieldSpec<T> {
  /** The English header, also the key in code ("inn", "okved_main"). */
  header: string;
  /** Russian headers people write; compared case-insensitively, ё = е, punctuation ignored. */
  aliasesRu: readonly string[];
  /** The header written into templates and exports. */
  headerRu: string;
  required: boolean;
  descriptionRu: string;
  descriptionEn: string;
  /** The value in the template's example row. */
  example: string;
  parse: (raw: string, refs: ReferenceIndex) => ParseOutcome<T>;
}

/** The registry kinds: imported, exported and templated. */
export type ImportKind = 'organisations' | 'links' | 'clusters';
/** Everything a file can be imported as (and has a template): the registry kinds and the reported figures. */
export type ImportFileKind = ImportKind | 'needs' | 'capabilities' | 'purchases' | 'reference-totals';
export const IMPORT_FILE_KINDS: readonly ImportFileKind[] = ['organisations', 'links', 'clusters', 'needs', 'capabilities', 'purchases', 'reference-totals'];

/** A column spec: field key → field. */
export type ColumnSpec = Record<string, FieldSpec<unknown>>;

/** The values of one row after parsing: null when the cell is empty or could not be parsed. */
export type ParsedValues<S extends ColumnSpec> = { [K in keyof S]: S[K] extends FieldSpec<infer T> ? T | null : never };

/** Field key → index of its column in the file (first matching header wins). */
export type ColumnMap<S extends ColumnSpec> = Partial<Record<keyof S & string, number>>;

export function field<T>(spec: FieldSpec<T>): FieldSpec<T> {
  return spec;
}

export function mapColumns<S extends ColumnSpec>(spec: S, headers: readonly string[]): ColumnMap<S> {
  const byName = new Map<string, keyof S & string>();
  for (const key of Object.keys(spec) as (keyof S & string)[]) {
    const f = spec[key]!;
    for (const name of [key, f.header, f.headerRu, ...f.aliasesRu]) byName.set(normaliseName(name), key);
  }
  const map: ColumnMap<S> = {};
  headers.forEach((header, index) => {
    const key = byName.get(normaliseName(header));
    if (key !== undefined && map[key] === undefined) map[key] = index;
  });
  return map;
}

/** Headers in the file that match no field: reported so a typo in a header is not silently ignored. */
export function unknownHeaders(spec: ColumnSpec, headers: readonly string[]): string[] {
  const map = mapColumns(spec, headers);
  const used = new Set(Object.values(map));
  return headers.filter((h, i) => h !== '' && !used.has(i));
}

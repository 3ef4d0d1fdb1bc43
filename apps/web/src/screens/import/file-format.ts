import { useEffect, useState } from 'react';
import type { ImportKind } from '../../api/types.ts';

/** The formats an import file is read as on the server (packages/io: readTable, readClusterFile). */
export type FileFormat = 'csv' | 'xlsx' | 'json';
/** What the import screen uploads: the registry kinds and the matchmaking lists. */
export type UploadKind = ImportKind | 'needs' | 'capabilities';

/**
 * Kinds whose server reader also takes JSON: clusters (cluster-import.ts → readClusterFile reads the JSON export,
 * { "kind": "clusters", "records": [...] }). Every other kind is read as a table (CSV or XLSX) only.
 */
const JSON_KINDS: readonly UploadKind[] = ['clusters'];

export const readsJson = (kind: UploadKind): boolean => JSON_KINDS.includes(kind);

/** The file picker's filter: tables for every kind, JSON where the server reads it. */
export function acceptFor(kind: UploadKind): string {
  return readsJson(kind) ? '.csv,.xlsx,.txt,.json' : '.csv,.xlsx,.txt';
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/**
 * The format the server will read a file as, told by its first bytes as the server tells it (readClusterFile):
 * JSON by its first character after a BOM and blanks, XLSX by the zip signature, anything else as CSV.
 */
export function sniffFormat(head: Uint8Array): FileFormat {
  if (ZIP_MAGIC.every((b, i) => head[i] === b)) return 'xlsx';
  const text = new TextDecoder('utf-8').decode(head).replace(/^\uFEFF/, '').trimStart();
  return text.startsWith('{') || text.startsWith('[') ? 'json' : 'csv';
}

/** The chosen file's format, once its first bytes are read (null until then, or with no file). */
export function useFileFormat(file: File | null): FileFormat | null {
  const [format, setFormat] = useState<{ file: File; format: FileFormat } | null>(null);
  useEffect(() => {
    if (!file) return;
    let live = true;
    void file.slice(0, 64).arrayBuffer().then((buffer) => { if (live) setFormat({ file, format: sniffFormat(new Uint8Array(buffer)) }); });
    return () => { live = false; };
  }, [file]);
  return file && format?.file === file ? format.format : null;
}

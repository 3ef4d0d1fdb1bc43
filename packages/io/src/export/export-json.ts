import type { ImportKind } from '../columns/field-spec.ts';
import type { RecordsByKind } from './record-rows.ts';

export interface JsonExport<K extends ImportKind> {
  kind: K;
  count: number;
  records: RecordsByKind[K][];
}

/** JSON export: the input shapes as they are (no neutralisation needed: JSON is not opened by spreadsheets). */
export function exportJson<K extends ImportKind>(kind: K, records: Iterable<RecordsByKind[K]>): string {
  const list = [...records];
  const body: JsonExport<K> = { kind, count: list.length, records: list };
  return JSON.stringify(body, null, 2) + '\n';
}

/** Reads a JSON export back; refuses a file of another kind. */
export function readJsonExport<K extends ImportKind>(text: string, kind: K): RecordsByKind[K][] {
  const parsed = JSON.parse(text) as Partial<JsonExport<ImportKind>>;
  if (parsed.kind !== kind || !Array.isArray(parsed.records)) {
    throw new Error(`JSON-файл не является выгрузкой «${kind}» / the JSON file is not a "${kind}" export`);
  }
  return parsed.records as RecordsByKind[K][];
}

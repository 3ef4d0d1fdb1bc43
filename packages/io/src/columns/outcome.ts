/** Result of reading one cell: a typed value or a reason in Russian and English. */
export type ParseOutcome<T> = { ok: true; value: T } | { ok: false; reasonRu: string; reasonEn: string };

export function ok<T>(value: T): ParseOutcome<T> {
  return { ok: true, value };
}

export function fail<T = never>(reasonRu: string, reasonEn: string): ParseOutcome<T> {
  return { ok: false, reasonRu, reasonEn };
}

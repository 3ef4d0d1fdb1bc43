import { useMemo, useState } from 'react';
import type { TablePaging } from '../components/DataTable.tsx';

type SortValue = string | number | null | undefined;

/** Sorting and pagination in the browser, for lists the server returns whole (cluster participants, row errors). */
export function useClientTable<T>(rows: T[], sortValues: Record<string, (row: T) => SortValue>, pageSize = 15, initialSort = '') {
  const [sort, setSort] = useState(initialSort);
  const [page, setPage] = useState(1);
  const sorted = useMemo(() => {
    const key = sort.replace(/^-/, '');
    const value = sortValues[key];
    if (!value) return rows;
    const direction = sort.startsWith('-') ? -1 : 1;
    return [...rows].sort((a, b) => direction * compare(value(a), value(b)));
    // sortValues is a literal object in callers; the sort key is what changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [rows, sort]);
  const pageRows = sorted.slice((page - 1) * pageSize, page * pageSize);
  const paging: TablePaging = { page, pageSize, total: rows.length, onPage: setPage };
  return { rows: pageRows, sort, onSort: (s: string) => { setSort(s); setPage(1); }, paging };
}

function compare(a: SortValue, b: SortValue): number {
  if (a == null && b == null) return 0;
  if (a == null) return 1;
  if (b == null) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), 'ru');
}

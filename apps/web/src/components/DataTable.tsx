import type { ReactNode } from 'react';
import { Group, Pagination, ScrollArea, Table, Text, UnstyledButton } from '@mantine/core';
import { useI18n } from '../i18n/i18n.tsx';
import { formatInt } from '../lib/format.ts';
import { EmptyState } from './States.tsx';

export interface Column<T> {
  key: string;
  title: string;
  render(row: T): ReactNode;
  /** When set, the header sorts by this key ("name" ascending, "-name" descending). */
  sortKey?: string;
  align?: 'left' | 'right';
  width?: number | string;
}

export interface TablePaging {
  page: number;
  pageSize: number;
  total: number;
  onPage(page: number): void;
}

interface Props<T> {
  columns: Column<T>[];
  rows: T[];
  rowKey(row: T): string | number;
  sort?: string;
  onSort?(sort: string): void;
  paging?: TablePaging;
  emptyTitle?: string;
  testId?: string;
  loading?: boolean;
  /** Extra attributes of a row (data-* for tests and styles). */
  rowAttributes?(row: T): Record<string, string | number | boolean | undefined>;
}

function SortHeader({ title, active, descending, onClick }: { title: string; active: boolean; descending: boolean; onClick(): void }) {
  return (
    <UnstyledButton onClick={onClick} fw={600} fz="sm" aria-sort={active ? (descending ? 'descending' : 'ascending') : 'none'}>
      {title} <Text span c={active ? 'blue' : 'dimmed'} fz="xs">{active ? (descending ? '▼' : '▲') : '↕'}</Text>
    </UnstyledButton>
  );
}

export function DataTable<T>({ columns, rows, rowKey, sort, onSort, paging, emptyTitle, testId, loading, rowAttributes }: Props<T>) {
  const { t } = useI18n();
  const toggle = (key: string) => onSort?.(sort === key ? `-${key}` : key);
  return (
    <div data-testid={testId} style={{ opacity: loading ? 0.55 : 1, transition: 'opacity 120ms' }}>
      <ScrollArea type="auto">
        <Table striped highlightOnHover verticalSpacing="xs" horizontalSpacing="sm" miw={720}>
          <Table.Thead>
            <Table.Tr>
              {columns.map((c) => (
                <Table.Th key={c.key} style={{ textAlign: c.align ?? 'left', width: c.width, whiteSpace: 'nowrap' }}>
                  {c.sortKey && onSort
                    ? <SortHeader title={c.title} active={sort?.replace('-', '') === c.sortKey} descending={sort === `-${c.sortKey}`} onClick={() => toggle(c.sortKey!)} />
                    : c.title}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={rowKey(row)} {...rowAttributes?.(row)}>
                {columns.map((c) => (
                  <Table.Td key={c.key} style={{ textAlign: c.align ?? 'left', whiteSpace: c.align === 'right' ? 'nowrap' : undefined }}>{c.render(row)}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
      {rows.length === 0 && !loading && <EmptyState title={emptyTitle} />}
      {paging && paging.total > paging.pageSize && (
        <Group justify="space-between" mt="md">
          <Text size="sm" c="dimmed" data-testid="table-total">{t('common.total', { n: formatInt(paging.total) })}</Text>
          <Pagination size="sm" total={Math.ceil(paging.total / paging.pageSize)} value={paging.page} onChange={paging.onPage} />
        </Group>
      )}
      {paging && paging.total <= paging.pageSize && rows.length > 0 && (
        <Text size="sm" c="dimmed" mt="sm" data-testid="table-total">{t('common.total', { n: formatInt(paging.total) })}</Text>
      )}
    </div>
  );
}

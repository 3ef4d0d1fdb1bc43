import { useState } from 'react';
import { Chip, Group, Paper, Progress, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { ALL_STATUSES, type LifecycleBoard, type LifecycleBoardItem } from '../../api/lifecycle-types.ts';
import { ClusterStatusBadge, DemoBadge } from '../../components/Badges.tsx';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorState } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatDate } from '../../lib/format.ts';
import { regionOptions, useRegions } from '../../lib/reference.ts';
import { RouterLink, setQuery, useLocation } from '../../lib/router.tsx';
import { useApi } from '../../lib/use-api.ts';
import { DeadlineBadge } from './DeadlineBadge.tsx';

const PAGE_SIZE = 25;

function useColumns(): Column<LifecycleBoardItem>[] {
  const { t, lang, label } = useI18n();
  return [
    {
      key: 'name', title: t('lc.board.cluster'),
      render: (c) => (
        <Stack gap={0}>
          <Group gap={6} wrap="nowrap"><RouterLink className="klaster-link" to={`/clusters/${c.id}?tab=lifecycle`} data-testid="board-cluster-link">{c.name}</RouterLink><DemoBadge show={c.isDemo} /></Group>
          <Text size="xs" c="dimmed">{c.regionNames.join(', ')}</Text>
        </Stack>
      ),
    },
    {
      key: 'status', title: t('common.status'),
      render: (c) => <Stack gap={2} miw={230} align="flex-start"><ClusterStatusBadge status={c.status} />{c.lastEvent && <Text size="xs" c="dimmed">{t('lc.since', { d: formatDate(c.lastEvent.happenedOn) })}</Text>}</Stack>,
    },
    {
      key: 'next', title: t('lc.nextStep'),
      render: (c) => c.next ? (
        <Stack gap={0} maw={260}>
          <Text size="sm">{lang === 'en' ? c.next.en : c.next.ru}</Text>
          <Text size="xs" c={c.next.blockingRemaining > 0 ? 'red.7' : 'green.8'}>
            {c.next.items === 0 ? t('lc.noItemsShort') : c.next.remaining === 0 ? t('lc.allDone') : t('lc.remainingOf', { n: c.next.remaining, m: c.next.items })}
          </Text>
        </Stack>
      ) : <Text size="sm" c="dimmed">{t('lc.noStepsLeft')}</Text>,
    },
    {
      key: 'progress', title: t('lc.toRegistry'), width: 170,
      render: (c) => c.progress ? (
        <Stack gap={4} data-testid="board-progress">
          <Text size="sm" fw={600}>{c.progress.done}/{c.progress.total}</Text>
          <Progress value={c.progress.total ? (100 * c.progress.done) / c.progress.total : 0} size="sm" color={c.progress.done === c.progress.total ? 'green' : 'blue'} aria-label={t('lc.toRegistry')} />
        </Stack>
      ) : <Text size="sm" c="dimmed">—</Text>,
    },
    {
      key: 'deadline', title: t('lc.nearestDeadline'),
      render: (c) => c.deadline ? (
        <Stack gap={2} miw={150} align="flex-start" data-testid="board-deadline">
          <Text size="sm" fw={600} c={c.deadline.state === 'overdue' ? 'red.7' : undefined} data-testid="board-deadline-date">{formatDate(c.deadline.dueOn)}</Text>
          <DeadlineBadge deadline={c.deadline} size="xs" />
          <Text size="xs" c="dimmed">{t('lc.board.deadlineFor', { status: label('clStatus', c.deadline.targetStatus) })}{c.overdueCount > 1 ? ` · ${t('lc.board.overdueMore', { n: c.overdueCount })}` : ''}</Text>
        </Stack>
      ) : <Text size="sm" c="dimmed">{t('lc.noDeadline')}</Text>,
    },
  ];
}

/**
 * «Жизненный цикл кластеров»: the clusters the user may see, by status, with the next step, the checklist to
 * the registry and the nearest deadline, overdue first. A row leads to the cluster's life-cycle tab.
 */
export function LifecycleBoardScreen() {
  const { t, label, lang } = useI18n();
  const { query } = useLocation();
  const regions = useRegions();
  const [text, setText] = useState('');
  const [q] = useDebouncedValue(text.trim(), 300);
  const status = query.get('status');
  const page = Number(query.get('page')) || 1;
  const board = useApi<LifecycleBoard>('/api/lifecycle/clusters', { q, status, region: query.get('region'), page, pageSize: PAGE_SIZE });
  const columns = useColumns();
  const counts = new Map((board.data?.counts ?? []).map((c) => [c.status, c.count]));
  const all = board.data?.counts.reduce((s, c) => s + c.count, 0);
  return (
    <>
      <PageHeader title={t('lc.board.title')} subtitle={t('lc.board.subtitle')} />
      <Paper withBorder p="md">
        <Group gap="sm" mb="sm" align="flex-end">
          <TextInput label={t('common.search')} placeholder={t('cl.searchPlaceholder')} value={text} onChange={(e) => { setText(e.currentTarget.value); setQuery({ page: null }); }} w={260} data-testid="board-search" />
          <Select label={t('common.region')} placeholder={t('common.all')} data={regionOptions(regions, lang)} value={query.get('region')} onChange={(v) => setQuery({ region: v, page: null })} clearable searchable w={260} />
        </Group>
        <Chip.Group multiple={false} value={status ?? 'all'} onChange={(v) => setQuery({ status: v === 'all' ? null : v, page: null })}>
          <Group gap={6} mb="md" data-testid="board-status-filter">
            <Chip value="all" size="sm" variant="light">{t('common.all')}{all != null ? ` · ${all}` : ''}</Chip>
            {ALL_STATUSES.map((s) => (
              <Chip key={s} value={s} size="sm" variant="light" disabled={board.data != null && !counts.get(s) && status !== s} data-testid="board-status-chip" data-status={s}>
                {label('clStatus', s)}{board.data ? ` · ${counts.get(s) ?? 0}` : ''}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
        {board.error ? <ErrorState error={board.error} onRetry={board.reload} /> : (
          <DataTable testId="lifecycle-board" columns={columns} rows={board.data?.items ?? []} rowKey={(c) => c.id} loading={board.loading}
            emptyTitle={t('lc.board.empty')} rowAttributes={(c) => ({ 'data-code': c.code, 'data-status': c.status, 'data-deadline-state': c.deadline?.state ?? 'none' })}
            paging={board.data ? { page, pageSize: PAGE_SIZE, total: board.data.total, onPage: (p) => setQuery({ page: p === 1 ? null : String(p) }) } : undefined} />
        )}
        {board.data && <Text size="xs" c="dimmed" mt="sm">{t('lc.board.asOf', { d: formatDate(board.data.asOf) })}</Text>}
      </Paper>
    </>
  );
}

import { Group, Paper, Select, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import type { ClusterListItem, Page } from '../api/types.ts';
import { ClusterKindBadge, ClusterStatusBadge, DemoBadge } from '../components/Badges.tsx';
import { DataTable, type Column } from '../components/DataTable.tsx';
import { ExportButtons } from '../components/ExportButtons.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { ErrorState } from '../components/States.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { formatInt } from '../lib/format.ts';
import { regionOptions, useRegions } from '../lib/reference.ts';
import { RouterLink, setQuery, useLocation } from '../lib/router.tsx';
import { useApi } from '../lib/use-api.ts';
import { useClientTable } from '../lib/use-client-table.ts';

const KINDS = ['industrial', 'innovative', 'local', 'candidate'];
const STATUSES = ['candidate', 'initiative', 'agreement_signed', 'specialized_org_set', 'application', 'pre_defence', 'in_registry', 'excluded'];

function useColumns(): Column<ClusterListItem>[] {
  const { t } = useI18n();
  return [
    {
      key: 'name', title: t('common.name'), sortKey: 'name',
      render: (c) => (
        <div>
          <Group gap={6} wrap="nowrap"><RouterLink className="klaster-link" to={`/clusters/${c.id}`}>{c.name}</RouterLink><DemoBadge show={c.isDemo} /></Group>
          <Text size="xs" c="dimmed" lineClamp={1}>{c.specialization}</Text>
        </div>
      ),
    },
    { key: 'kind', title: t('common.kind'), sortKey: 'kind', render: (c) => <ClusterKindBadge kind={c.kind} /> },
    { key: 'status', title: t('common.status'), sortKey: 'status', render: (c) => <ClusterStatusBadge status={c.status} /> },
    { key: 'regions', title: t('cl.territory'), render: (c) => c.regionNames.join(', ') },
    { key: 'participants', title: t('cl.participants'), sortKey: 'participants', align: 'right', render: (c) => formatInt(c.participantCount) },
    { key: 'industrial', title: t('cl.industrial'), sortKey: 'industrial', align: 'right', render: (c) => formatInt(c.industrialCount) },
    { key: 'sme', title: t('dash.sme'), align: 'right', render: (c) => formatInt(c.smeCount) },
  ];
}

export function ClustersScreen() {
  const { t, label, lang } = useI18n();
  const { query } = useLocation();
  const regions = useRegions();
  const [text, setText] = useState('');
  const [q] = useDebouncedValue(text, 300);
  const list = useApi<Page<ClusterListItem>>('/api/clusters', { q, region: query.get('region'), kind: query.get('kind'), status: query.get('status'), pageSize: 500 });
  const table = useClientTable(list.data?.items ?? [], {
    name: (c) => c.name, kind: (c) => c.kind, status: (c) => STATUSES.indexOf(c.status),
    participants: (c) => c.participantCount, industrial: (c) => c.industrialCount,
  }, 20, 'name');
  const columns = useColumns();
  const select = (name: string) => (v: string | null) => setQuery({ [name]: v });
  return (
    <>
      <PageHeader title={t('cl.title')} actions={<ExportButtons kind="clusters" />} />
      <Paper withBorder p="md">
        <Group gap="sm" mb="md" align="flex-end">
          <TextInput label={t('common.search')} placeholder={t('cl.searchPlaceholder')} value={text} onChange={(e) => setText(e.currentTarget.value)} w={260} />
          <Select label={t('common.region')} placeholder={t('common.all')} data={regionOptions(regions, lang)} value={query.get('region')} onChange={select('region')} clearable searchable w={260} />
          <Select label={t('common.kind')} placeholder={t('common.all')} data={KINDS.map((k) => ({ value: k, label: label('clKind', k) }))} value={query.get('kind')} onChange={select('kind')} clearable w={250} />
          <Select label={t('common.status')} placeholder={t('common.all')} data={STATUSES.map((k) => ({ value: k, label: label('clStatus', k) }))} value={query.get('status')} onChange={select('status')} clearable w={250} />
        </Group>
        {list.error ? <ErrorState error={list.error} onRetry={list.reload} /> : (
          <DataTable testId="cluster-table" columns={columns} rows={table.rows} rowKey={(c) => c.id} loading={list.loading} sort={table.sort} onSort={table.onSort} paging={table.paging} />
        )}
      </Paper>
    </>
  );
}

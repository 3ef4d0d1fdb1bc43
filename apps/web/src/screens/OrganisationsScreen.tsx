import { useEffect, useState } from 'react';
import { Button, Group, Paper, Select, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { Organisation, Page } from '../api/types.ts';
import { DemoBadge } from '../components/Badges.tsx';
import { DataTable, type Column } from '../components/DataTable.tsx';
import { ExportButtons } from '../components/ExportButtons.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { ErrorState } from '../components/States.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { formatInt, formatRub } from '../lib/format.ts';
import { regionOptions, useRegions } from '../lib/reference.ts';
import { navigate, RouterLink, setQuery, useLocation } from '../lib/router.tsx';
import { allows, REGISTRY_EDITORS } from '../lib/access.ts';
import { useSession } from '../lib/session.tsx';
import { useApi } from '../lib/use-api.ts';

const PAGE_SIZE = 25;
const KINDS = ['industrial', 'research', 'education', 'infrastructure', 'finance', 'authority', 'public', 'other'];
const SME = ['micro', 'small', 'medium', 'large'];

function useColumns(): Column<Organisation>[] {
  const { t, label, lang } = useI18n();
  return [
    {
      key: 'name', title: t('common.name'), sortKey: 'name',
      render: (o) => (
        <Group gap={6} wrap="nowrap">
          <RouterLink className="klaster-link" to={`/organisations/${o.id}`}>{o.shortName ?? o.name}</RouterLink>
          <DemoBadge show={o.isDemo} />
        </Group>
      ),
    },
    { key: 'inn', title: t('common.inn'), sortKey: 'inn', render: (o) => <Text ff="monospace" size="sm">{o.inn}</Text> },
    { key: 'kind', title: t('common.kind'), render: (o) => label('kind', o.kind) },
    { key: 'region', title: t('common.region'), render: (o) => <div><Text size="sm">{o.regionName}</Text><Text c="dimmed" size="xs">{o.municipalityName ?? ''}</Text></div> },
    { key: 'okved', title: t('org.okved'), render: (o) => o.okvedMain },
    { key: 'sme', title: t('org.sme'), render: (o) => label('sme', o.smeCategory) },
    { key: 'headcount', title: t('org.headcount'), sortKey: 'headcount', align: 'right', render: (o) => formatInt(o.headcount) },
    { key: 'revenue', title: t('org.revenue'), sortKey: 'revenue', align: 'right', render: (o) => formatRub(o.revenue, lang) },
  ];
}

function Filters() {
  const { t, label, lang } = useI18n();
  const { query } = useLocation();
  const regions = useRegions();
  const [text, setText] = useState(query.get('q') ?? '');
  const [debounced] = useDebouncedValue(text, 300);
  useEffect(() => {
    if ((query.get('q') ?? '') !== debounced) setQuery({ q: debounced, page: null });
    // Only the typed text drives this effect; the URL is its destination.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debounced]);
  const select = (name: string) => (v: string | null) => setQuery({ [name]: v, page: null });
  return (
    <Group gap="sm" mb="md" align="flex-end">
      <TextInput label={t('common.search')} placeholder={t('org.searchPlaceholder')} value={text} onChange={(e) => setText(e.currentTarget.value)} w={280} data-testid="org-search" />
      <Select label={t('common.region')} placeholder={t('common.all')} data={regionOptions(regions, lang)} value={query.get('region')} onChange={select('region')} clearable searchable w={260} data-testid="org-region" />
      <Select label={t('common.kind')} placeholder={t('common.all')} data={KINDS.map((k) => ({ value: k, label: label('kind', k) }))} value={query.get('kind')} onChange={select('kind')} clearable w={230} />
      <Select label={t('org.sme')} placeholder={t('common.all')} data={SME.map((k) => ({ value: k, label: label('sme', k) }))} value={query.get('sme')} onChange={select('sme')} clearable w={150} />
    </Group>
  );
}

export function OrganisationsScreen() {
  const { t } = useI18n();
  const { user } = useSession();
  const { query } = useLocation();
  const page = Number(query.get('page') ?? 1);
  const sort = query.get('sort') ?? 'name';
  const list = useApi<Page<Organisation>>('/api/organisations', {
    q: query.get('q'), region: query.get('region'), kind: query.get('kind'), sme: query.get('sme'), sort, page, pageSize: PAGE_SIZE,
  });
  const columns = useColumns();
  return (
    <>
      <PageHeader
        title={t('org.title')}
        actions={<><ExportButtons kind="organisations" />{allows(REGISTRY_EDITORS, user) && <Button size="xs" onClick={() => navigate('/organisations/new')}>{t('org.create')}</Button>}</>}
      />
      <Paper withBorder p="md">
        <Filters />
        {list.error ? <ErrorState error={list.error} onRetry={list.reload} /> : (
          <DataTable
            testId="org-table" columns={columns} rows={list.data?.items ?? []} rowKey={(o) => o.id} loading={list.loading}
            sort={sort} onSort={(s) => setQuery({ sort: s, page: null })}
            paging={list.data ? { page, pageSize: PAGE_SIZE, total: list.data.total, onPage: (p) => setQuery({ page: String(p) }) } : undefined}
          />
        )}
      </Paper>
    </>
  );
}

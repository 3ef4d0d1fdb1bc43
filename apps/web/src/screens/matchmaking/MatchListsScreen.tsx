import { useEffect, useState } from 'react';
import { Badge, Button, CloseButton, Group, Paper, Select, Stack, Tabs, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { Capability, Need, Organisation, OrganisationProfile, Page } from '../../api/types.ts';
import { DemoBadge } from '../../components/Badges.tsx';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorState } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatDate } from '../../lib/format.ts';
import { regionOptions, useRegions } from '../../lib/reference.ts';
import { navigate, RouterLink, setQuery, useLocation } from '../../lib/router.tsx';
import { useSession } from '../../lib/session.tsx';
import { useApi } from '../../lib/use-api.ts';
import { OrganisationPicker } from '../rules/OrganisationPicker.tsx';
import { formatAmount, regionName } from './format-match.ts';
import { NeedStatusBadges } from './NeedScreen.tsx';
import { mayImport, mayListRequests } from './permissions.ts';

const PAGE_SIZE = 25;
/** What the API's okpd2 filter accepts: a class and optionally deeper digits ("25", "25.6", "25.62.2"). */
const OKPD2_PREFIX = /^\d{2}(\.\d{0,3}){0,4}$/;

type Tab = 'needs' | 'capabilities';

function useNeedColumns(): Column<Need>[] {
  const { t, lang } = useI18n();
  const regions = useRegions();
  return [
    {
      key: 'need', title: t('mm.need'),
      render: (n) => (
        <Group gap={6} wrap="nowrap" maw={340}><RouterLink className="klaster-link" to={`/matchmaking/needs/${n.id}`} data-testid="need-link">{n.description || n.okpd2.join(', ')}</RouterLink><DemoBadge show={n.isDemo} /></Group>
      ),
    },
    { key: 'buyer', title: t('mm.buyer'), sortKey: 'name', render: (n) => <RouterLink className="klaster-link" to={`/organisations/${n.buyerId}`}>{n.buyerName}</RouterLink> },
    { key: 'okpd2', title: t('mm.okpd2'), render: (n) => <Text ff="monospace" size="sm">{n.okpd2.join(', ')}</Text> },
    { key: 'volume', title: t('mm.volume'), sortKey: 'volume', align: 'right', render: (n) => formatAmount(n.volume, n.unit, lang) },
    { key: 'region', title: t('mm.deliveryRegion'), sortKey: 'region', render: (n) => regionName(regions, n.deliveryRegion, lang) },
    { key: 'deadline', title: t('mm.deadline'), sortKey: 'deadline', render: (n) => formatDate(n.deadline) },
    { key: 'status', title: t('common.status'), render: (n) => <Stack gap={4} align="flex-start" miw={130}><NeedStatusBadges need={{ ...n, isDemo: false }} size="xs" /></Stack> },
    { key: 'open', title: '', render: (n) => <RouterLink className="klaster-link" to={`/matchmaking/needs/${n.id}`} style={{ whiteSpace: 'nowrap' }}>{t('mm.findSuppliers')} →</RouterLink> },
  ];
}

function useCapabilityColumns(): Column<Capability>[] {
  const { t, lang, label } = useI18n();
  const regions = useRegions();
  return [
    {
      key: 'supplier', title: t('mm.supplier'), sortKey: 'name',
      render: (c) => (
        <Stack gap={0} maw={380}>
          <Group gap={6} wrap="nowrap"><RouterLink className="klaster-link" to={`/matchmaking/capabilities/${c.id}`} data-testid="capability-link">{c.supplierName}</RouterLink><DemoBadge show={c.isDemo} /></Group>
          <Text size="xs" c="dimmed" lineClamp={2}>{c.description}</Text>
        </Stack>
      ),
    },
    { key: 'okpd2', title: t('mm.okpd2'), render: (c) => <Text ff="monospace" size="sm">{c.okpd2.join(', ')}</Text> },
    { key: 'capacity', title: t('mm.capacity'), sortKey: 'capacity', align: 'right', render: (c) => formatAmount(c.capacity, c.unit, lang) },
    { key: 'region', title: t('common.region'), sortKey: 'region', render: (c) => regionName(regions, c.regionCode, lang) },
    { key: 'sme', title: t('org.sme'), render: (c) => label('sme', c.smeCategory) },
    { key: 'open', title: '', render: (c) => <RouterLink className="klaster-link" to={`/matchmaking/capabilities/${c.id}`} style={{ whiteSpace: 'nowrap' }}>{t('mm.findNeeds')} →</RouterLink> },
  ];
}

/** The organisation a list is narrowed to, shown as a removable chip (its name looked up by id). */
function OrganisationChip({ id }: { id: number }) {
  const { t } = useI18n();
  const org = useApi<OrganisationProfile>(`/api/organisations/${id}`);
  return (
    <Badge size="lg" variant="light" style={{ textTransform: 'none' }} data-testid="list-organisation"
      rightSection={<CloseButton size="xs" aria-label={t('mm.clearOrganisation')} onClick={() => setQuery({ organisation: null, page: null })} />}>
      {org.data?.name ?? `№ ${id}`}
    </Badge>
  );
}

function ListFilters({ tab }: { tab: Tab }) {
  const { t, lang, label } = useI18n();
  const { query } = useLocation();
  const regions = useRegions();
  const [code, setCode] = useState(query.get('okpd2') ?? '');
  const [debounced] = useDebouncedValue(code.trim(), 300);
  const codeValid = debounced === '' || OKPD2_PREFIX.test(debounced);
  useEffect(() => {
    if (codeValid && (query.get('okpd2') ?? '') !== debounced) setQuery({ okpd2: debounced, page: null });
    // The typed code drives this effect; the URL is its destination.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debounced, codeValid]);
  const organisation = Number(query.get('organisation')) || null;
  return (
    <Group gap="sm" mb="md" align="flex-end">
      <Select label={t('common.region')} placeholder={t('common.all')} data={regionOptions(regions, lang)} value={query.get('region')} w={280}
        onChange={(v) => setQuery({ region: v, page: null })} clearable searchable data-testid="list-region" />
      <TextInput label={t('mm.okpd2Prefix')} placeholder="25.62" value={code} onChange={(e) => setCode(e.currentTarget.value)} w={150}
        error={codeValid ? undefined : t('mm.okpd2Invalid')} data-testid="list-okpd2" />
      {tab === 'needs' && (
        <Select label={t('common.status')} placeholder={t('common.all')} w={150} clearable value={query.get('status')} onChange={(v) => setQuery({ status: v, page: null })}
          data={['open', 'closed'].map((s) => ({ value: s, label: label('mm.needStatus', s) }))} data-testid="list-status" />
      )}
      <Stack gap={4}>
        <Text size="sm" fw={500}>{t('mm.organisation')}</Text>
        {organisation ? <OrganisationChip id={organisation} />
          : <OrganisationPicker exclude={new Set()} onPick={(o: Organisation) => setQuery({ organisation: String(o.id), page: null })} testId="list-organisation-picker" />}
      </Stack>
    </Group>
  );
}

function ListTable<T extends { id: number }>({ path, columns, testId }: { path: string; columns: Column<T>[]; testId: string }) {
  const { query } = useLocation();
  const page = Number(query.get('page') ?? 1);
  const sort = query.get('sort') ?? '';
  const list = useApi<Page<T>>(path, {
    region: query.get('region'), okpd2: query.get('okpd2'), status: path === '/api/needs' ? query.get('status') : null,
    organisation: query.get('organisation'), sort, page, pageSize: PAGE_SIZE,
  });
  if (list.error) return <ErrorState error={list.error} onRetry={list.reload} />;
  return (
    <DataTable
      testId={testId} columns={columns} rows={list.data?.items ?? []} rowKey={(r) => r.id} loading={list.loading}
      sort={sort} onSort={(s) => setQuery({ sort: s, page: null })}
      paging={list.data ? { page, pageSize: PAGE_SIZE, total: list.data.total, onPage: (p) => setQuery({ page: String(p) }) } : undefined}
    />
  );
}

/** «Подбор партнёров»: buyers' needs and suppliers' capabilities, each opening its ranked matches. */
export function MatchListsScreen() {
  const { t } = useI18n();
  const { user } = useSession();
  const tab: Tab = useLocation().query.get('tab') === 'capabilities' ? 'capabilities' : 'needs';
  const needColumns = useNeedColumns();
  const capabilityColumns = useCapabilityColumns();
  return (
    <>
      <PageHeader title={t('mm.title')} subtitle={t('mm.subtitle')}
        actions={<>
          {mayListRequests(user) && <Button size="xs" variant="default" onClick={() => navigate('/contact-requests')}>{t('nav.contactRequests')}</Button>}
          {mayImport(user) && <Button size="xs" variant="default" onClick={() => navigate(`/import?kind=${tab}`)}>{t('mm.importLink')}</Button>}
        </>} />
      <Tabs value={tab} onChange={(v) => setQuery({ tab: v === 'needs' ? null : v, page: null, sort: null, status: null })} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="needs" data-testid="tab-needs">{t('mm.needs')}</Tabs.Tab>
          <Tabs.Tab value="capabilities" data-testid="tab-capabilities">{t('mm.capabilities')}</Tabs.Tab>
        </Tabs.List>
        <Paper withBorder p="md">
          <ListFilters key={tab} tab={tab} />
          <Tabs.Panel value="needs"><ListTable path="/api/needs" columns={needColumns} testId="needs-table" /></Tabs.Panel>
          <Tabs.Panel value="capabilities"><ListTable path="/api/capabilities" columns={capabilityColumns} testId="capabilities-table" /></Tabs.Panel>
        </Paper>
      </Tabs>
    </>
  );
}

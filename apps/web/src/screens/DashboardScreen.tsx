import { Paper, Select, SimpleGrid, Title } from '@mantine/core';
import type { RegistryStats } from '../api/types.ts';
import { BarChart } from '../components/BarChart.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { AsyncView } from '../components/States.tsx';
import { StatCard } from '../components/StatCard.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { CLUSTER_KIND_COLOURS, CLUSTER_STATUS_COLOURS } from '../lib/colours.ts';
import { formatInt, formatRub } from '../lib/format.ts';
import { PILOT_REGIONS, regionOptions, useRegions } from '../lib/reference.ts';
import { setQuery, useLocation } from '../lib/router.tsx';
import { useApi } from '../lib/use-api.ts';

function Figures({ stats }: { stats: RegistryStats }) {
  const { t, lang } = useI18n();
  const cards = [
    { id: 'organisations', label: t('dash.organisations'), value: formatInt(stats.organisations) },
    { id: 'industrial', label: t('dash.industrial'), value: formatInt(stats.industrial) },
    { id: 'sme', label: t('dash.sme'), value: formatInt(stats.sme) },
    { id: 'links', label: t('dash.links'), value: formatInt(stats.links) },
    { id: 'link-volume', label: t('dash.linkVolume'), value: formatRub(stats.linkVolume, lang) },
    { id: 'clusters', label: t('dash.clusters'), value: formatInt(stats.clusters) },
    { id: 'in-registry', label: t('dash.inRegistry'), value: formatInt(stats.clustersInRegistry) },
    { id: 'participants', label: t('dash.participants'), value: formatInt(stats.participantsInRegistry) },
  ];
  return (
    <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md" mb="lg">
      {cards.map((c) => <StatCard key={c.id} testId={`stat-${c.id}`} label={c.label} value={c.value} />)}
    </SimpleGrid>
  );
}

function Charts({ stats }: { stats: RegistryStats }) {
  const { t, label } = useI18n();
  const pilot = PILOT_REGIONS.map((code) => stats.byRegion.find((r) => r.code === code)).filter((r) => r !== undefined);
  return (
    <SimpleGrid cols={{ base: 1, lg: 3 }} spacing="md">
      <Paper withBorder p="md">
        <Title order={4} mb="md">{t('dash.byStatus')}</Title>
        <BarChart testId="chart-status" emptyText={t('common.empty')} bars={stats.clustersByStatus.map((s) => ({ key: s.status, label: label('clStatus', s.status), value: s.count, colour: CLUSTER_STATUS_COLOURS[s.status] }))} />
      </Paper>
      <Paper withBorder p="md">
        <Title order={4} mb="md">{t('dash.byKind')}</Title>
        <BarChart testId="chart-kind" emptyText={t('common.empty')} bars={stats.clustersByKind.map((k) => ({ key: k.kind, label: label('clKind', k.kind), value: k.count, colour: CLUSTER_KIND_COLOURS[k.kind] }))} />
      </Paper>
      <Paper withBorder p="md">
        <Title order={4} mb="md">{t('dash.byRegion')}</Title>
        <BarChart testId="chart-region" emptyText={t('common.empty')} bars={pilot.map((r) => ({ key: r.code, label: r.name, value: r.organisations }))} />
      </Paper>
    </SimpleGrid>
  );
}

export function DashboardScreen() {
  const { t, lang } = useI18n();
  const { query } = useLocation();
  const region = query.get('region');
  const regions = useRegions();
  const stats = useApi<RegistryStats>('/api/stats', { region });
  return (
    <>
      <PageHeader
        title={t('dash.title')}
        subtitle={stats.data ? `${t('dash.subtitle')} · ${t('dash.regionsCovered', { n: stats.data.regionsCovered })}` : t('dash.subtitle')}
        actions={
          <Select
            aria-label={t('dash.scope')} placeholder={t('dash.country')} data={regionOptions(regions, lang)} value={region}
            onChange={(v) => setQuery({ region: v })} clearable searchable w={300} data-testid="dash-region"
          />
        }
      />
      <AsyncView state={stats}>
        {(s) => (
          <>
            <Figures stats={s} />
            <Charts stats={s} />
          </>
        )}
      </AsyncView>
    </>
  );
}

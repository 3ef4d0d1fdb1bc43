import { useMemo } from 'react';
import { Box, Group, Paper, SegmentedControl, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ClusterListItem, MapPoint, MapPoints, Page, RegistryStats } from '../api/types.ts';
import { boundsOfRegions, type MapPointFeature } from '../components/map/map-style.ts';
import { CHOROPLETH_STEPS, RegionMap } from '../components/map/RegionMap.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { ErrorState } from '../components/States.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { CLUSTER_KIND_COLOURS, CLUSTER_STATUS_COLOURS, NO_CLUSTER_COLOUR } from '../lib/colours.ts';
import { formatInt } from '../lib/format.ts';
import { regionOptions, useRegions } from '../lib/reference.ts';
import { setQuery, useLocation } from '../lib/router.tsx';
import { useApi } from '../lib/use-api.ts';
import { useRegionBoundaries } from '../lib/use-geojson.ts';

type ColourMode = 'kind' | 'status';

function Swatch({ colour, text }: { colour: string; text: string }) {
  return (
    <Group gap={6} wrap="nowrap">
      <Box w={12} h={12} style={{ borderRadius: 6, background: colour, flexShrink: 0 }} />
      <Text size="xs">{text}</Text>
    </Group>
  );
}

function Legend({ mode, used }: { mode: ColourMode; used: Set<string> }) {
  const { t, label } = useI18n();
  const entries = mode === 'kind' ? CLUSTER_KIND_COLOURS : CLUSTER_STATUS_COLOURS;
  return (
    <Stack gap={6} data-testid="map-legend">
      {Object.entries(entries).filter(([k]) => used.has(k)).map(([k, c]) => <Swatch key={k} colour={c} text={label(mode === 'kind' ? 'clKind' : 'clStatus', k)} />)}
      <Swatch colour={NO_CLUSTER_COLOUR} text={t('map.noCluster')} />
      <Text size="xs" c="dimmed" mt="sm">{t('map.legendChoropleth')}</Text>
      <Group gap={4}>
        {CHOROPLETH_STEPS.map((s) => <Box key={s.from} title={`≥ ${s.from}`} px={6} py={2} style={{ background: s.colour, border: '1px solid #ccd', borderRadius: 3 }}><Text size="xs">{s.from}+</Text></Box>)}
      </Group>
    </Stack>
  );
}

/**
 * A point takes the colour of its first cluster (kind or status); enterprises outside clusters are grey and drawn
 * beneath members, so in a dense town the members stay visible.
 */
function toFeatures(points: MapPoint[], clusters: Map<number, ClusterListItem>, mode: ColourMode, kindLabel: (k: string) => string): MapPointFeature[] {
  return points.map((p) => {
    const cluster = p.clusterIds.map((id) => clusters.get(id)).find((c) => c !== undefined);
    const colour = !cluster ? NO_CLUSTER_COLOUR : (mode === 'kind' ? CLUSTER_KIND_COLOURS[cluster.kind] : CLUSTER_STATUS_COLOURS[cluster.status]) ?? NO_CLUSTER_COLOUR;
    return { id: p.id, name: p.name, lat: p.lat, lon: p.lon, colour, emphasis: !!cluster, detail: cluster ? `${kindLabel(p.kind)} · ${cluster.name}` : kindLabel(p.kind) };
  });
}

export function MapScreen() {
  const { t, label, lang } = useI18n();
  const { query } = useLocation();
  const region = query.get('region');
  const mode: ColourMode = query.get('colour') === 'status' ? 'status' : 'kind';
  const regions = useRegions();
  const boundaries = useRegionBoundaries();
  const stats = useApi<RegistryStats>('/api/stats');
  const points = useApi<MapPoints>('/api/map/points', { region });
  const clusters = useApi<Page<ClusterListItem>>('/api/clusters', { pageSize: 500 });
  const clusterById = useMemo(() => new Map((clusters.data?.items ?? []).map((c) => [c.id, c])), [clusters.data]);
  const features = useMemo(() => toFeatures(points.data?.items ?? [], clusterById, mode, (k) => label('kind', k)), [points.data, clusterById, mode, label]);
  const counts = useMemo(() => Object.fromEntries((stats.data?.byRegion ?? []).map((r) => [r.code, r.organisations])), [stats.data]);
  const bounds = useMemo(() => (region && boundaries.data ? boundsOfRegions(boundaries.data, [region]) : null), [region, boundaries.data]);
  const used = new Set((clusters.data?.items ?? []).map((c) => (mode === 'kind' ? c.kind : c.status)));
  const error = boundaries.error ?? points.error ?? stats.error ?? clusters.error;
  return (
    <>
      <PageHeader title={t('map.title')} subtitle={points.data ? t('map.points', { n: formatInt(points.data.items.length) }) : undefined}
        actions={<Select aria-label={t('common.region')} placeholder={t('dash.country')} data={regionOptions(regions, lang)} value={region} onChange={(v) => setQuery({ region: v })} clearable searchable w={300} />} />
      {error && <ErrorState error={error} />}
      <SimpleGrid cols={{ base: 1, md: 1 }} spacing="md">
        <Group align="stretch" wrap="nowrap" gap="md">
          <Box style={{ flex: 1, minWidth: 0 }} data-testid="map-points" data-members={features.filter((f) => f.emphasis).length}>
            <RegionMap testId="main-map" regions={boundaries.data} points={features} choropleth={counts} bounds={bounds} height="calc(100vh - 210px)" webglMissingText={t('map.webglMissing')} />
          </Box>
          <Paper withBorder p="md" w={250} style={{ flexShrink: 0 }}>
            <Text size="sm" fw={600} mb={6}>{t('map.colourBy')}</Text>
            <SegmentedControl fullWidth size="xs" mb="md" value={mode} onChange={(v) => setQuery({ colour: v === 'kind' ? null : v })}
              data={[{ value: 'kind', label: t('map.byKind') }, { value: 'status', label: t('map.byStatus') }]} orientation="vertical" />
            <Legend mode={mode} used={used} />
          </Paper>
        </Group>
      </SimpleGrid>
    </>
  );
}

import { useMemo } from 'react';
import { Button, SimpleGrid, Stack, Tabs } from '@mantine/core';
import type { ClusterProfile, Link, Page } from '../api/types.ts';
import { ClusterKindBadge, ClusterStatusBadge, DemoBadge } from '../components/Badges.tsx';
import { GraphPanel } from '../components/graph/GraphPanel.tsx';
import { boundsOf, type MapPointFeature } from '../components/map/map-style.ts';
import { RegionMap } from '../components/map/RegionMap.tsx';
import { HistoryTimeline } from '../components/HistoryTimeline.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { AsyncView, ErrorState, LoadingState } from '../components/States.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { categoryColour } from '../lib/colours.ts';
import { useMunicipalities } from '../lib/reference.ts';
import { navigate, setQuery, useLocation } from '../lib/router.tsx';
import { useApi } from '../lib/use-api.ts';
import { allows, LINK_READERS } from '../lib/access.ts';
import { useSession } from '../lib/session.tsx';
import { HistoryClosed, LinksClosed } from './account/LinksClosed.tsx';
import { useRegionBoundaries } from '../lib/use-geojson.ts';
import { ClusterRulesTab } from './rules/ClusterRulesTab.tsx';
import { ClusterMeasuresPanel } from './support/ClusterMeasuresPanel.tsx';
import { ValueChainGapsPanel } from './matchmaking/ValueChainGapsPanel.tsx';
import { mayManageCluster } from './matchmaking/permissions.ts';
import { ClusterProjectsTab } from './projects/ClusterProjectsTab.tsx';
import { ClusterApplicationsTab } from './applications/ClusterApplicationsTab.tsx';
import { LifecycleTab } from './lifecycle/LifecycleTab.tsx';
import { useClusterLifecycle } from './lifecycle/use-lifecycle.ts';
import { Agreements, ClusterFacts, ClusterKpis, ParticipantsTable, Preferences, Section } from './cluster/ClusterSections.tsx';

/** Members with coordinates, coloured by municipality like the municipal scheme. */
function memberPoints(cluster: ClusterProfile, roleLabel: (r: string) => string): MapPointFeature[] {
  const municipalities = [...new Set(cluster.participantsDetailed.map((p) => p.municipalityName ?? ''))];
  return cluster.participantsDetailed
    .filter((p) => p.lat != null && p.lon != null)
    .map((p) => ({ id: p.organisationId, name: p.name, lat: p.lat!, lon: p.lon!, colour: categoryColour(municipalities.indexOf(p.municipalityName ?? '')), detail: `${roleLabel(p.role)} · ${p.municipalityName ?? ''}` }));
}

function ClusterBody({ cluster }: { cluster: ClusterProfile }) {
  const { t, label } = useI18n();
  const { user } = useSession();
  // Links inside the cluster are commercial data: asked for only by roles that may read links.
  const mayReadLinks = allows(LINK_READERS, user);
  const links = useApi<Page<Link>>(mayReadLinks ? '/api/links' : null, { cluster: cluster.id, pageSize: 5000 });
  const boundaries = useRegionBoundaries();
  const municipalities = useMunicipalities(cluster.regions[0] ?? null);
  const points = useMemo(() => memberPoints(cluster, (r) => label('role', r)), [cluster, label]);
  const bounds = useMemo(() => boundsOf(points), [points]);
  const orgs = useMemo(() => cluster.participantsDetailed.map((p) => ({ id: p.organisationId, name: p.name, municipality: p.municipalityName, okvedMain: p.okvedMain, lat: p.lat, lon: p.lon })), [cluster]);
  const innerVolume = !mayReadLinks ? 'closed' : links.data ? links.data.items.reduce((s, l) => s + l.volume, 0) : null;
  const municipalityNames = cluster.municipalities.map((code) => municipalities?.find((m) => m.oktmo === code)?.name_ru ?? code);
  return (
    <>
      <ClusterKpis cluster={cluster} innerVolume={innerVolume} />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md" mb="md">
        <Stack gap="md">
          <ClusterFacts cluster={cluster} municipalityNames={municipalityNames} />
          <Section title={t('cl.agreements')}><Agreements cluster={cluster} /></Section>
        </Stack>
        <Section title={t('cl.membersMap')}>
          <RegionMap testId="cluster-map" regions={boundaries.data} points={points} bounds={bounds} height={380} webglMissingText={t('map.webglMissing')} />
        </Section>
      </SimpleGrid>
      <Stack gap="md">
        <Section title={`${t('cl.participants')} (${cluster.participantsDetailed.length})`} testId="participants"><ParticipantsTable participants={cluster.participantsDetailed} /></Section>
        <Section title={t('cl.preferences')}><Preferences cluster={cluster} /></Section>
        <Section title={t('cl.graph')}>
          {!mayReadLinks ? <LinksClosed /> : links.error ? <ErrorState error={links.error} onRetry={links.reload} /> : !links.data ? <LoadingState /> : <GraphPanel orgs={orgs} links={links.data.items} mode="municipality" height={460} testId="cluster-graph" />}
        </Section>
        <Section title={t('org.history')}>{user ? <HistoryTimeline entity="cluster" entityId={cluster.id} /> : <HistoryClosed />}</Section>
      </Stack>
    </>
  );
}

/** Profile, «Проверка требований (ПП № 779)» and support measures; the open tab lives in the URL (?tab=). */
function ClusterTabs({ cluster }: { cluster: ClusterProfile }) {
  const { t } = useI18n();
  const { user } = useSession();
  // Value-chain gaps read the members' purchases: only the cluster's managers get them (server: manage access).
  const chains = mayManageCluster(user, cluster);
  const lifecycle = useClusterLifecycle(cluster.id);
  const tab = useLocation().query.get('tab') ?? 'profile';
  return (
    <Tabs value={tab} onChange={(v) => setQuery({ tab: v === 'profile' ? null : v })} keepMounted={false}>
      <Tabs.List mb="md">
        <Tabs.Tab value="profile">{t('cl.tabProfile')}</Tabs.Tab>
        {lifecycle.visible && <Tabs.Tab value="lifecycle" data-testid="tab-lifecycle">{t('lc.tab')}</Tabs.Tab>}
        <Tabs.Tab value="rules" data-testid="tab-rules">{t('rq.tab')}</Tabs.Tab>
        <Tabs.Tab value="measures" data-testid="tab-measures">{t('ms.tab')}</Tabs.Tab>
        <Tabs.Tab value="projects" data-testid="tab-projects">{t('pj.tab')}</Tabs.Tab>
        {user && <Tabs.Tab value="applications" data-testid="tab-applications">{t('ap.tab')}</Tabs.Tab>}
        {chains && <Tabs.Tab value="chains" data-testid="tab-chains">{t('mm.gapsTab')}</Tabs.Tab>}
      </Tabs.List>
      <Tabs.Panel value="profile"><ClusterBody cluster={cluster} /></Tabs.Panel>
      {lifecycle.visible && <Tabs.Panel value="lifecycle"><LifecycleTab cluster={cluster} lifecycle={lifecycle} /></Tabs.Panel>}
      <Tabs.Panel value="rules"><ClusterRulesTab cluster={cluster} /></Tabs.Panel>
      <Tabs.Panel value="measures"><Section title={t('ms.forCluster')}><ClusterMeasuresPanel clusterId={cluster.id} /></Section></Tabs.Panel>
      <Tabs.Panel value="projects"><ClusterProjectsTab cluster={cluster} /></Tabs.Panel>
      {user && <Tabs.Panel value="applications"><ClusterApplicationsTab cluster={cluster} /></Tabs.Panel>}
      {chains && <Tabs.Panel value="chains"><ValueChainGapsPanel clusterId={cluster.id} /></Tabs.Panel>}
    </Tabs>
  );
}

export function ClusterProfileScreen({ id }: { id: number }) {
  const { t } = useI18n();
  const profile = useApi<ClusterProfile>(`/api/clusters/${id}`);
  return (
    <AsyncView state={profile}>
      {(cluster) => (
        <>
          <PageHeader
            title={cluster.name}
            badges={<><ClusterKindBadge kind={cluster.kind} /><ClusterStatusBadge status={cluster.status} /><DemoBadge show={cluster.isDemo} /></>}
            actions={<Button size="xs" variant="default" onClick={() => navigate(`/graph?region=${cluster.regions[0] ?? ''}&cluster=${cluster.id}`)}>{t('cl.openGraph')}</Button>}
          />
          <ClusterTabs cluster={cluster} />
        </>
      )}
    </AsyncView>
  );
}

import { useMemo } from 'react';
import { Group, MultiSelect, Paper, SegmentedControl, Select } from '@mantine/core';
import type { ClusterListItem, Link, Organisation, Page } from '../api/types.ts';
import { GraphPanel } from '../components/graph/GraphPanel.tsx';
import type { ColourMode, GraphOrganisation } from '../components/graph/graph-model.ts';
import { PageHeader } from '../components/PageHeader.tsx';
import { ErrorState, LoadingState } from '../components/States.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { regionOptions, useRegions } from '../lib/reference.ts';
import { setQuery, useLocation } from '../lib/router.tsx';
import { useApi } from '../lib/use-api.ts';
import { allows, LINK_READERS } from '../lib/access.ts';
import { useSession } from '../lib/session.tsx';
import { LinksClosed } from './account/LinksClosed.tsx';

const DEFAULT_REGION = '22';

function toGraphOrganisation(o: Organisation): GraphOrganisation {
  return { id: o.id, name: o.shortName ?? o.name, municipality: o.municipalityName, okvedMain: o.okvedMain, lat: o.lat, lon: o.lon };
}

/** Keeps the chosen municipalities and the links between them: the municipal cooperation scheme of a territory. */
function cutToMunicipalities(orgs: Organisation[], links: Link[], chosen: string[]): { orgs: Organisation[]; links: Link[] } {
  if (chosen.length === 0) return { orgs, links };
  const kept = orgs.filter((o) => o.municipalityName && chosen.includes(o.municipalityName));
  const ids = new Set(kept.map((o) => o.id));
  return { orgs: kept, links: links.filter((l) => ids.has(l.supplierId) && ids.has(l.buyerId)) };
}

export function GraphScreen() {
  const { t, lang } = useI18n();
  const { query } = useLocation();
  const region = query.get('region') ?? DEFAULT_REGION;
  const cluster = query.get('cluster');
  const chosen = useMemo(() => (query.get('mun') ?? '').split('|').filter(Boolean), [query]);
  const mode: ColourMode = query.get('colour') === 'okved' ? 'okved' : 'municipality';
  const regions = useRegions();
  // The graph is made of supply links, which only these roles may read (each within its scope).
  const mayReadLinks = allows(LINK_READERS, useSession().user);
  const clusters = useApi<Page<ClusterListItem>>('/api/clusters', { region, pageSize: 500 });
  const scope = cluster ? { cluster } : { region };
  const orgs = useApi<Page<Organisation>>(mayReadLinks ? '/api/organisations' : null, { ...scope, pageSize: 500 });
  const links = useApi<Page<Link>>(mayReadLinks ? '/api/links' : null, { ...scope, pageSize: 5000 });
  const municipalities = useMemo(() => [...new Set((orgs.data?.items ?? []).map((o) => o.municipalityName).filter((m): m is string => !!m))].sort((a, b) => a.localeCompare(b, 'ru')), [orgs.data]);
  const cut = useMemo(() => (orgs.data && links.data ? cutToMunicipalities(orgs.data.items, links.data.items, chosen) : null), [orgs.data, links.data, chosen]);
  const graphOrgs = useMemo(() => cut?.orgs.map(toGraphOrganisation) ?? [], [cut]);
  const error = orgs.error ?? links.error;
  return (
    <>
      <PageHeader title={t('graph.title')} subtitle={t('graph.subtitle')} />
      <Paper withBorder p="md">
        <Group gap="sm" mb="md" align="flex-end">
          <Select label={t('graph.region')} data={regionOptions(regions, lang)} value={region} onChange={(v) => v && setQuery({ region: v, cluster: null, mun: null })} searchable allowDeselect={false} w={280} data-testid="graph-region" />
          <MultiSelect label={t('graph.municipalities')} placeholder={t('common.all')} data={municipalities} value={chosen} onChange={(v) => setQuery({ mun: v.join('|') || null })} searchable clearable w={340} disabled={!!cluster} data-testid="graph-municipalities" />
          <Select label={t('graph.cluster')} placeholder={t('graph.anyCluster')} data={(clusters.data?.items ?? []).map((c) => ({ value: String(c.id), label: c.name }))} value={cluster} onChange={(v) => setQuery({ cluster: v, mun: null })} clearable w={300} data-testid="graph-cluster" />
          <SegmentedControl value={mode} onChange={(v) => setQuery({ colour: v === 'municipality' ? null : v })} data={[{ value: 'municipality', label: t('graph.municipal') }, { value: 'okved', label: t('graph.okved') }]} data-testid="graph-colour" />
        </Group>
        {!mayReadLinks ? <LinksClosed /> : error ? <ErrorState error={error} onRetry={() => { orgs.reload(); links.reload(); }} /> : !cut || orgs.loading || links.loading ? <LoadingState /> : (
          <GraphPanel orgs={graphOrgs} links={cut.links} mode={mode} height="calc(100vh - 300px)" testId="coop-graph" />
        )}
      </Paper>
    </>
  );
}

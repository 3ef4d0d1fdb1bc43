import { Group, Paper, Select } from '@mantine/core';
import { PROJECT_STATUSES, type ProjectSummary } from '../../api/projects-types.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { AsyncView } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { setQuery, useLocation } from '../../lib/router.tsx';
import { useApi } from '../../lib/use-api.ts';
import { NewProjectButton } from './NewProjectButton.tsx';
import { ProjectsTable } from './ProjectsTable.tsx';

/** Distinct clusters of the listed projects, by name, for the cluster filter. */
function clusterOptions(items: ProjectSummary[]): { value: string; label: string }[] {
  const byId = new Map(items.map((p) => [p.clusterId, p.clusterName]));
  return [...byId].map(([id, name]) => ({ value: String(id), label: name })).sort((a, b) => a.label.localeCompare(b.label, 'ru'));
}

/**
 * «Совместные проекты»: every joint project the user may see (the server filters by scope: the public sees
 * those of published clusters), filtered by cluster and status in the URL.
 */
export function ProjectsScreen() {
  const { t, label } = useI18n();
  const { query } = useLocation();
  const list = useApi<{ items: ProjectSummary[] }>('/api/projects');
  const cluster = query.get('cluster');
  const status = query.get('status');
  return (
    <>
      <PageHeader title={t('pj.title')} subtitle={t('pj.subtitle')} actions={<NewProjectButton />} />
      <Paper withBorder p="md">
        <AsyncView state={list}>
          {({ items }) => {
            const shown = items.filter((p) => (!cluster || String(p.clusterId) === cluster) && (!status || p.status === status));
            return (
              <>
                <Group mb="md" align="flex-end">
                  <Select label={t('pj.cluster')} placeholder={t('common.all')} clearable searchable w={380} data-testid="projects-filter-cluster"
                    data={clusterOptions(items)} value={cluster} onChange={(v) => setQuery({ cluster: v })} />
                  <Select label={t('common.status')} placeholder={t('common.all')} clearable w={240} data-testid="projects-filter-status"
                    data={PROJECT_STATUSES.map((s) => ({ value: s, label: label('pjStatus', s) }))} value={status} onChange={(v) => setQuery({ status: v })} />
                </Group>
                <ProjectsTable projects={shown} showCluster emptyHint={t(items.length ? 'pj.filteredNone' : 'pj.noneHint')} />
              </>
            );
          }}
        </AsyncView>
      </Paper>
    </>
  );
}

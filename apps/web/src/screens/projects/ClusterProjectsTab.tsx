import { Group, Paper, Stack, Text } from '@mantine/core';
import type { ProjectSummary } from '../../api/projects-types.ts';
import { AsyncView } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useApi } from '../../lib/use-api.ts';
import { NewProjectButton } from './NewProjectButton.tsx';
import { ProjectsTable } from './ProjectsTable.tsx';

/** «Проекты» of a cluster profile: its joint projects and, for its managers, «Новый проект». */
export function ClusterProjectsTab({ cluster }: { cluster: { id: number; regions: readonly string[] } }) {
  const { t } = useI18n();
  const list = useApi<{ items: ProjectSummary[] }>(`/api/clusters/${cluster.id}/projects`);
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Group justify="space-between">
          <Text size="sm" c="dimmed">{t('pj.clusterHint')}</Text>
          <NewProjectButton cluster={cluster} />
        </Group>
        <AsyncView state={list}>{({ items }) => <ProjectsTable projects={items} showCluster={false} emptyHint={t('pj.noneHint')} testId="cluster-projects" />}</AsyncView>
      </Stack>
    </Paper>
  );
}

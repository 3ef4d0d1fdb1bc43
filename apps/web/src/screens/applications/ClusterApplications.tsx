import { Group, Stack, Text } from '@mantine/core';
import type { ApplicationSummary } from '../../api/projects-types.ts';
import { AsyncView } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useSession } from '../../lib/session.tsx';
import { useApi } from '../../lib/use-api.ts';
import { ApplicationsTable } from './ApplicationsTable.tsx';
import { NewApplicationButton } from './NewApplicationButton.tsx';

/**
 * The applications of a cluster (its «Заявки» tab), or of one of its projects: applications are working papers,
 * so only the signed-in within the cluster's scope read them (GET /api/clusters/:id/applications).
 */
export function ClusterApplications({ cluster, project }: { cluster: { id: number; regions: readonly string[] }; project?: { id: number; title: string } }) {
  const { t } = useI18n();
  const { user } = useSession();
  const list = useApi<{ items: ApplicationSummary[] }>(user ? `/api/clusters/${cluster.id}/applications` : null);
  if (!user) return <Text size="sm" c="dimmed" data-testid="applications-closed">{t('ap.signInToSee')}</Text>;
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">{t(project ? 'ap.projectHint' : 'ap.clusterHint')}</Text>
        <NewApplicationButton cluster={cluster} project={project} />
      </Group>
      <AsyncView state={list}>
        {({ items }) => <ApplicationsTable applications={project ? items.filter((a) => a.projectId === project.id) : items} emptyHint={t(project ? 'ap.noneProjectHint' : 'ap.noneHint')} testId={project ? 'project-applications' : 'cluster-applications'} />}
      </AsyncView>
    </Stack>
  );
}

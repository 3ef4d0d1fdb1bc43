import { Group, Stack, Text } from '@mantine/core';
import type { ProjectSummary } from '../../api/projects-types.ts';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { DemoBadge } from '../../components/Badges.tsx';
import { EmptyState } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatDate, formatInt, formatRub } from '../../lib/format.ts';
import { RouterLink } from '../../lib/router.tsx';
import { useClientTable } from '../../lib/use-client-table.ts';
import { ProjectStatusBadge } from './ProjectBadges.tsx';

/**
 * The subsidy the project can claim by the pp41 calculator (the list carries it, computed by the server with each
 * cluster's pp779 check: no request per row); a supported project also shows what was granted.
 */
function SubsidyCell({ project }: { project: ProjectSummary }) {
  const { t, lang } = useI18n();
  return (
    <Stack gap={0} align="flex-end">
      <Text size="sm" data-testid="project-subsidy-claimed">{project.subsidyAmount == null ? '—' : formatRub(project.subsidyAmount, lang)}</Text>
      {project.supportAmount != null && <Text size="xs" c="green.8" data-testid="project-subsidy-granted">{t('pj.granted', { amount: formatRub(project.supportAmount, lang), date: formatDate(project.supportedOn) })}</Text>}
    </Stack>
  );
}

/** Joint projects, sortable; the cluster column only where projects of several clusters are listed. */
export function ProjectsTable({ projects, showCluster, emptyHint, testId = 'projects-table' }: { projects: ProjectSummary[]; showCluster: boolean; emptyHint: string; testId?: string }) {
  const { t, lang } = useI18n();
  const table = useClientTable(projects, {
    cluster: (p) => p.clusterName, title: (p) => p.title, participants: (p) => p.participants, budget: (p) => p.budgetTotal, subsidy: (p) => p.subsidyAmount, status: (p) => p.status, updated: (p) => p.updatedAt,
  }, 25, '-updated');
  const columns: Column<ProjectSummary>[] = [
    ...(showCluster ? [{ key: 'cluster', title: t('pj.cluster'), sortKey: 'cluster', render: (p: ProjectSummary) => <RouterLink className="klaster-link" to={`/clusters/${p.clusterId}`}>{p.clusterName}</RouterLink> }] : []),
    {
      key: 'title', title: t('pj.project'), sortKey: 'title',
      render: (p) => (
        <Stack gap={0}>
          <RouterLink className="klaster-link" to={`/projects/${p.id}`} data-testid="project-link">{p.title}</RouterLink>
          <Group gap={6} wrap="nowrap"><Text size="xs" c="dimmed">{t('pj.productLine', { code: p.productOkpd2, name: p.productName })}</Text><DemoBadge show={p.isDemo} /></Group>
        </Stack>
      ),
    },
    { key: 'participants', title: t('pj.participants'), sortKey: 'participants', align: 'right', render: (p) => formatInt(p.participants) },
    { key: 'budget', title: t('pj.budget'), sortKey: 'budget', align: 'right', render: (p) => formatRub(p.budgetTotal, lang) },
    { key: 'subsidy', title: t('pj.subsidyClaimed'), sortKey: 'subsidy', align: 'right', render: (p) => <SubsidyCell project={p} /> },
    { key: 'status', title: t('common.status'), sortKey: 'status', width: 190, render: (p) => <ProjectStatusBadge status={p.status} /> },
    { key: 'updated', title: t('pj.updated'), sortKey: 'updated', render: (p) => <Text size="sm" style={{ whiteSpace: 'nowrap' }}>{formatDate(p.updatedAt)}</Text> },
  ];
  if (projects.length === 0) return <div data-testid={testId}><EmptyState title={t('pj.none')} hint={emptyHint} /></div>;
  return <DataTable testId={testId} columns={columns} rows={table.rows} rowKey={(p) => p.id} sort={table.sort} onSort={table.onSort} paging={table.paging} emptyTitle={t('pj.none')} rowAttributes={(p) => ({ 'data-testid': 'project-row', 'data-project-id': p.id })} />;
}

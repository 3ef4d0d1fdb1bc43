import { Text } from '@mantine/core';
import type { ApplicationSummary } from '../../api/projects-types.ts';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { EmptyState } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { RouterLink } from '../../lib/router.tsx';
import { useClientTable } from '../../lib/use-client-table.ts';
import { ApplicationStatusBadge } from '../projects/ProjectBadges.tsx';

/** Applications of a cluster or a project: kind, project, status, the latest submitted version. */
export function ApplicationsTable({ applications, emptyHint, testId = 'applications-table' }: { applications: ApplicationSummary[]; emptyHint: string; testId?: string }) {
  const { t, label } = useI18n();
  const table = useClientTable(applications, { id: (a) => a.id, kind: (a) => a.kind, status: (a) => a.status, updated: (a) => a.updatedAt }, 15, '-id');
  const columns: Column<ApplicationSummary>[] = [
    { key: 'id', title: t('ap.number'), sortKey: 'id', render: (a) => <RouterLink className="klaster-link" to={`/applications/${a.id}`} data-testid="application-link">{t('ap.title', { n: a.id })}</RouterLink> },
    { key: 'kind', title: t('ap.kind'), sortKey: 'kind', render: (a) => label('apKind', a.kind) },
    { key: 'project', title: t('ap.project'), render: (a) => (a.projectId ? <RouterLink className="klaster-link" to={`/projects/${a.projectId}`}>{a.projectTitle}</RouterLink> : '—') },
    { key: 'status', title: t('common.status'), sortKey: 'status', width: 200, render: (a) => <ApplicationStatusBadge status={a.status} /> },
    { key: 'version', title: t('ap.currentVersion'), align: 'right', render: (a) => (a.currentVersion ?? '—') },
    { key: 'updated', title: t('pj.updated'), sortKey: 'updated', render: (a) => <Text size="sm" style={{ whiteSpace: 'nowrap' }}>{formatDateTime(a.updatedAt)}</Text> },
  ];
  if (applications.length === 0) return <div data-testid={testId}><EmptyState title={t('ap.none')} hint={emptyHint} /></div>;
  return <DataTable testId={testId} columns={columns} rows={table.rows} rowKey={(a) => a.id} sort={table.sort} onSort={table.onSort} paging={table.paging} emptyTitle={t('ap.none')} rowAttributes={(a) => ({ 'data-testid': 'application-row', 'data-application-id': a.id })} />;
}

import { Badge, Stack, Text } from '@mantine/core';
import type { ExpertAssignment } from '../../api/expert-types.ts';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { EmptyState } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatDate, formatDateTime } from '../../lib/format.ts';
import { RouterLink } from '../../lib/router.tsx';
import { assignmentState, isOverdue, sortAssignments } from './assignment-state.ts';
import { AssignmentStateBadge, RoundKindBadge, WHOLE } from './ExpertBadges.tsx';

/** «Мои назначения»: every application the expert reviews, overdue first, with where each sheet stands. */
export function AssignmentsTable({ items, now }: { items: ExpertAssignment[]; now: Date }) {
  const { t } = useI18n();
  const columns: Column<ExpertAssignment>[] = [
    {
      key: 'application', title: t('ex.application'),
      render: (a) => (
        <Stack gap={0}>
          <RouterLink className="klaster-link" to={`/expert/assignments/${a.id}`} data-testid="assignment-link">{a.application.clusterName}</RouterLink>
          <Text size="xs" c="dimmed">{t('ex.applicationLine', { id: a.application.id, version: a.round.version })}</Text>
        </Stack>
      ),
    },
    {
      key: 'session', title: t('ex.session'),
      render: (a) => (
        <Stack gap={2}>
          <Text size="sm">{a.session.title}</Text>
          <Text size="xs" c="dimmed">{t('ex.roundNo', { n: a.round.number })} · {formatDate(a.session.heldOn)}</Text>
        </Stack>
      ),
    },
    { key: 'round', title: t('ex.roundKind'), render: (a) => <RoundKindBadge kind={a.round.kind} /> },
    {
      key: 'due', title: t('ex.scoresDue'),
      render: (a) => (
        <Stack gap={2}>
          <Text size="sm" c={isOverdue(a, now) ? 'red' : undefined} fw={isOverdue(a, now) ? 600 : undefined} style={{ whiteSpace: 'nowrap' }}>{formatDateTime(a.session.scoresDue)}</Text>
          {isOverdue(a, now) && <Badge size="xs" color="red" variant="filled" {...WHOLE} data-testid="overdue">{t('ex.overdue')}</Badge>}
        </Stack>
      ),
    },
    { key: 'state', title: t('common.status'), render: (a) => <AssignmentStateBadge state={assignmentState(a)} scored={a.scored} criteria={a.criteria} /> },
    { key: 'remarks', title: t('ex.myRemarks'), align: 'right', render: (a) => a.remarks },
  ];
  if (items.length === 0) return <EmptyState title={t('ex.noAssignments')} hint={t('ex.noAssignmentsHint')} />;
  return (
    <DataTable testId="assignments-table" columns={columns} rows={sortAssignments(items, now)} rowKey={(a) => a.id}
      rowAttributes={(a) => ({
        'data-testid': 'assignment-row', 'data-assignment-id': a.id, 'data-application-id': a.application.id, 'data-state': assignmentState(a), 'data-round-kind': a.round.kind,
        'data-overdue': isOverdue(a, now),
      })} />
  );
}

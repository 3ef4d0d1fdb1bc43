import { useState } from 'react';
import { Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { CommissionSummary, ExpertAssignment, ExpertRemindersList } from '../../api/expert-types.ts';
import { expertPaths } from '../../api/expert-types.ts';
import { DemoBadge } from '../../components/Badges.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { AsyncView, EmptyState } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { RouterLink } from '../../lib/router.tsx';
import { useSession } from '../../lib/session.tsx';
import { useApi } from '../../lib/use-api.ts';
import { AssignmentsTable } from './AssignmentsTable.tsx';
import { CommissionsPanel } from './CommissionsPanel.tsx';
import { MyConflicts } from './MyConflicts.tsx';
import { reminderText } from './reminder-text.ts';

/** «Экспертиза»: an expert's own work; the secretary (administrator) gets the commissions they run. */
export function ExpertHomeScreen() {
  const { t } = useI18n();
  const { user } = useSession();
  const secretary = user?.role === 'admin';
  return (
    <>
      <PageHeader title={t('ex.title')} subtitle={secretary ? t('ex.subtitleSecretary') : t('ex.subtitleExpert')} />
      {secretary ? <CommissionsPanel /> : <ExpertWorkspace />}
    </>
  );
}

function ExpertWorkspace() {
  const { t } = useI18n();
  const assignments = useApi<{ items: ExpertAssignment[] }>(expertPaths.assignments);
  // the table's "overdue" is judged against one moment per load
  const [now] = useState(() => new Date());
  return (
    <Stack gap="md">
      <Paper withBorder p="md">
        <Title order={4} mb="sm">{t('ex.myAssignments')}</Title>
        <AsyncView state={assignments}>{(data) => <AssignmentsTable items={data.items} now={now} />}</AsyncView>
      </Paper>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <MyReminders assignments={assignments.data?.items ?? []} />
        <MyCommissions />
      </SimpleGrid>
      <MyConflicts />
    </Stack>
  );
}

/** The reminders addressed to this expert, with whether the secretary has sent them. */
function MyReminders({ assignments }: { assignments: ExpertAssignment[] }) {
  const { t } = useI18n();
  const reminders = useApi<ExpertRemindersList>(expertPaths.reminders);
  const clusterOf = (applicationId: number) => assignments.find((a) => a.application.id === applicationId)?.application.clusterName ?? t('ex.applicationNo', { id: applicationId });
  return (
    <Paper withBorder p="md" data-testid="my-reminders">
      <Title order={5} mb="xs">{t('ex.myReminders')}</Title>
      <AsyncView state={reminders}>
        {(data) => data.items.length === 0 ? <Text size="sm" c="dimmed">{t('ex.noRemindersForMe')}</Text> : (
          <Stack gap={6}>
            {data.items.map((r) => (
              <Group key={r.key} justify="space-between" wrap="nowrap" align="flex-start" data-testid="my-reminder" data-kind={r.kind}>
                <Text size="sm">
                  {r.assignmentId ? <RouterLink className="klaster-link" to={`/expert/assignments/${r.assignmentId}`}>{reminderText(t, r, clusterOf(r.applicationId))}</RouterLink> : reminderText(t, r, clusterOf(r.applicationId))}
                </Text>
                <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>{r.sentAt ? t('ex.sentAt', { at: formatDateTime(r.sentAt) }) : t('ex.notSent')}</Text>
              </Group>
            ))}
          </Stack>
        )}
      </AsyncView>
    </Paper>
  );
}

function MyCommissions() {
  const { t } = useI18n();
  const commissions = useApi<{ items: CommissionSummary[] }>(expertPaths.commissions);
  return (
    <Paper withBorder p="md" data-testid="my-commissions">
      <Title order={5} mb="xs">{t('ex.myCommissions')}</Title>
      <AsyncView state={commissions}>
        {(data) => data.items.length === 0 ? <EmptyState title={t('ex.noCommissionsForMe')} hint={t('ex.noCommissionsForMeHint')} /> : (
          <Stack gap={6}>
            {data.items.map((c) => (
              <Group key={c.id} gap="xs" wrap="nowrap">
                <RouterLink className="klaster-link" to={`/expert/commissions/${c.id}`}>{c.name}</RouterLink>
                <DemoBadge show={c.isDemo} />
              </Group>
            ))}
          </Stack>
        )}
      </AsyncView>
    </Paper>
  );
}

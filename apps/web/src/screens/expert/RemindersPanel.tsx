import { useState } from 'react';
import { Alert, Badge, Button, Group, Paper, Text, Title } from '@mantine/core';
import { api } from '../../api/client.ts';
import type { CommissionMember, ExpertReminder, ExpertRemindersList, ExpertRemindersSent, SessionAgenda } from '../../api/expert-types.ts';
import { expertPaths } from '../../api/expert-types.ts';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { DateField } from '../../components/DateField.tsx';
import { ErrorDetails } from '../../components/ErrorDetails.tsx';
import { EmptyState, ErrorState } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { WHOLE } from './ExpertBadges.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { useApi } from '../../lib/use-api.ts';
import { localDay, reminderMoment } from './expert-format.ts';
import { reminderText } from './reminder-text.ts';
import { useAction } from './use-action.ts';

/**
 * Deadline reminders of this session: who must act (experts whose sheets are incomplete, the applicant with
 * remarks to answer, the secretary with a decision due), and whether each went out. The secretary can look
 * ahead to a day (what will be due then) and send the reminders due now; each goes out once.
 */
export function RemindersPanel({ agenda, members }: { agenda: SessionAgenda; members: CommissionMember[] }) {
  const { t } = useI18n();
  const [now] = useState(() => new Date());
  const [day, setDay] = useState<string | null>(localDay(now));
  const asOf = reminderMoment(day, now);
  const list = useApi<ExpertRemindersList>(expertPaths.reminders, { asOf });
  const send = useAction(() => api.post<ExpertRemindersSent>(expertPaths.sendReminders, {}));
  const [result, setResult] = useState<ExpertRemindersSent | null>(null);
  const sessionId = agenda.session.id;
  const items = (list.data?.items ?? []).filter((r) => r.sessionId === sessionId);
  const clusterOf = (applicationId: number) =>
    [...agenda.items.map((i) => i.application), ...agenda.waiting.map((w) => w.application)].find((a) => a.id === applicationId)?.clusterName ?? t('ex.applicationNo', { id: applicationId });
  const recipient = (r: ExpertReminder) =>
    r.recipient.role === 'expert' ? members.find((m) => m.userId === r.recipient.userId)?.displayName ?? t('ex.expertNo', { id: r.recipient.userId ?? 0 })
      : r.recipient.role === 'specialised_org' ? t('ex.applicantOf', { cluster: clusterOf(r.applicationId) }) : t('ex.secretary');
  const columns: Column<ExpertReminder>[] = [
    { key: 'to', title: t('ex.recipient'), render: (r) => <Text size="sm" data-testid="reminder-recipient">{recipient(r)}</Text> },
    { key: 'what', title: t('ex.reminderWhat'), render: (r) => <Text size="sm">{reminderText(t, r, clusterOf(r.applicationId))}</Text> },
    {
      key: 'sent', title: t('ex.sent'),
      render: (r) => r.sentAt
        ? <Badge size="sm" variant="light" color="green" {...WHOLE} data-testid="reminder-sent">{t('ex.sentAt', { at: formatDateTime(r.sentAt) })}</Badge>
        : <Badge size="sm" variant="light" color="gray" {...WHOLE}>{t('ex.notSent')}</Badge>,
    },
  ];
  const sendNow = async () => {
    const sent = await send.run();
    if (sent) { setResult(sent); list.reload(); }
  };
  const today = asOf === undefined;
  return (
    <Paper withBorder p="md" data-testid="reminders">
      <Title order={4} mb={4}>{t('ex.reminders')}</Title>
      <Text size="sm" c="dimmed" mb="sm">{t('ex.remindersHint')}</Text>
      <Group align="flex-end" gap="sm" mb="sm" wrap="wrap">
        <DateField label={t('ex.remindersAsOf')} value={day} onChange={setDay} clearable={false} w={180} data-testid="reminders-day" />
        <Button onClick={() => void sendNow()} loading={send.busy} disabled={!today} data-testid="reminders-send">{t('ex.sendReminders')}</Button>
        {!today && <Text size="xs" c="dimmed" maw={360}>{t('ex.sendOnlyToday')}</Text>}
      </Group>
      {send.error && <ErrorDetails error={send.error} testId="reminders-error" />}
      {result && (
        <Alert color="green" mb="sm" py={6} data-testid="reminders-result">
          <Text size="sm">{t('ex.remindersSent', { sent: result.sent.length, here: result.sent.filter((r) => r.sessionId === sessionId).length, already: result.alreadySent })}</Text>
        </Alert>
      )}
      {list.error ? <ErrorState error={list.error} onRetry={list.reload} /> : list.data && items.length === 0 ? (
        <EmptyState title={t('ex.noReminders')} hint={t('ex.noRemindersHint')} />
      ) : (
        <DataTable testId="reminders-table" columns={columns} rows={items} rowKey={(r) => r.key} loading={list.loading}
          rowAttributes={(r) => ({ 'data-testid': 'reminder-row', 'data-kind': r.kind, 'data-sent': r.sentAt !== null })} />
      )}
    </Paper>
  );
}

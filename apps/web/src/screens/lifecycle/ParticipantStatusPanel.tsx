import { useState } from 'react';
import { Badge, Button, Group, Stack, Text, Tooltip } from '@mantine/core';
import type { ClusterLifecycle, ParticipantStatus, ParticipantStatusRow } from '../../api/lifecycle-types.ts';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatDate } from '../../lib/format.ts';
import { RouterLink } from '../../lib/router.tsx';
import { documentLine, participantCounts } from './format-lifecycle.ts';
import { ParticipantStatusModal } from './ParticipantStatusModal.tsx';

export const PARTICIPANT_STATUS_COLOUR: Record<ParticipantStatus, string> = { listed: 'gray', intent: 'blue', confirmed: 'green', declined: 'red' };

function StatusCell({ row }: { row: ParticipantStatusRow }) {
  const { t } = useI18n();
  // A party to a signed agreement counts as confirmed whatever was recorded: say so, or the badge would surprise.
  const byAgreement = row.effectiveStatus === 'confirmed' && row.status !== 'confirmed';
  return (
    <Stack gap={2}>
      <Badge color={PARTICIPANT_STATUS_COLOUR[row.effectiveStatus]} variant="light" style={{ textTransform: 'none' }} data-testid="participant-status" data-status={row.effectiveStatus}>
        {t(`lc.pstatus.${row.effectiveStatus}`)}
      </Badge>
      {byAgreement && <Text size="xs" c="dimmed">{t('lc.byAgreement')}</Text>}
      {row.status === null && !byAgreement && <Text size="xs" c="dimmed">{t('lc.notRecordedStatus')}</Text>}
    </Stack>
  );
}

/**
 * Whether each enterprise has taken the status of a participant (listed, letter of intent, confirmed, declined),
 * with the document and the day it was recorded; changed by the cluster side.
 */
export function ParticipantStatusPanel({ life, editable, onChanged }: { life: ClusterLifecycle; editable: boolean; onChanged(): void }) {
  const { t, label } = useI18n();
  const [editing, setEditing] = useState<ParticipantStatusRow | null>(null);
  const counts = participantCounts(life.participants);
  const words = { no: '№', of: t('lc.of') };
  const columns: Column<ParticipantStatusRow>[] = [
    { key: 'name', title: t('common.name'), render: (r) => <Stack gap={0}><RouterLink className="klaster-link" to={`/organisations/${r.organisationId}`}>{r.name}</RouterLink><Text size="xs" c="dimmed">{label('role', r.role)}</Text></Stack> },
    { key: 'inn', title: t('common.inn'), render: (r) => <Text ff="monospace" size="sm">{r.inn}</Text> },
    { key: 'status', title: t('lc.participantStatus'), render: (r) => <StatusCell row={r} /> },
    { key: 'document', title: t('lc.document'), render: (r) => <Text size="sm" maw={320}>{documentLine(r.document, formatDate, words)}</Text> },
    {
      key: 'updated', title: t('lc.statusDate'),
      render: (r) => r.updatedAt ? (
        <Tooltip label={r.updatedBy ? t('lc.recordedByWho', { who: r.updatedBy }) : t('lc.recorded')} disabled={!r.updatedBy}>
          <Text size="sm" style={{ whiteSpace: 'nowrap' }} data-testid="participant-status-date">{formatDate(r.document?.date ?? r.updatedAt)}</Text>
        </Tooltip>
      ) : <Text size="sm" c="dimmed">—</Text>,
    },
    ...(editable ? [{ key: 'action', title: '', render: (r: ParticipantStatusRow) => <Button size="compact-xs" variant="light" onClick={() => setEditing(r)} data-testid="participant-status-change">{t('lc.change')}</Button> }] : []),
  ];
  return (
    <Stack gap="sm" data-testid="participant-statuses">
      <Group gap="xs">
        {(['confirmed', 'intent', 'listed', 'declined'] as const).map((s) => (
          <Badge key={s} size="lg" variant="light" color={PARTICIPANT_STATUS_COLOUR[s]} style={{ textTransform: 'none' }} data-testid={`participant-count-${s}`}>
            {t(`lc.pcount.${s}`, { n: counts[s] })}
          </Badge>
        ))}
      </Group>
      <DataTable testId="participant-status-table" columns={columns} rows={life.participants} rowKey={(r) => r.organisationId} emptyTitle={t('lc.noParticipants')}
        rowAttributes={(r) => ({ 'data-inn': r.inn, 'data-status': r.effectiveStatus })} />
      {editing && (
        <ParticipantStatusModal clusterId={life.cluster.id} row={editing} onClose={() => setEditing(null)} onSaved={() => { setEditing(null); onChanged(); }} />
      )}
      <Text size="xs" c="dimmed">{t('lc.statusDateHint')}</Text>
    </Stack>
  );
}

import { useState } from 'react';
import { Button, Group, Stack, Table, Text } from '@mantine/core';
import { MAIN_LINE, type ClusterLifecycle, type DeadlineOutlook } from '../../api/lifecycle-types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatDate } from '../../lib/format.ts';
import { DeadlineBadge } from './DeadlineBadge.tsx';
import { DeadlineModal } from './DeadlineModal.tsx';

/**
 * The deadline set for each status: the day, its state (overdue in red with the days over, open with the days
 * left, met with its day), changed by those allowed to (`editable`).
 */
export function DeadlinesPanel({ life, editable, onChanged }: { life: ClusterLifecycle; editable: boolean; onChanged(): void }) {
  const { t, label } = useI18n();
  const [editing, setEditing] = useState<DeadlineOutlook | 'new' | null>(null);
  // A new deadline is for a status still ahead (an excluded cluster starts again from the initiative).
  const current = life.cluster.status === 'excluded' ? 0 : MAIN_LINE.indexOf(life.cluster.status);
  const ahead = MAIN_LINE.slice(current + 1).filter((s) => !life.deadlines.some((d) => d.targetStatus === s));
  return (
    <Stack gap="sm" data-testid="deadlines">
      {life.deadlines.length === 0 ? <Text size="sm" c="dimmed" data-testid="deadlines-empty">{t('lc.noDeadlines')}</Text> : (
        <Table verticalSpacing={6} fz="sm">
          <Table.Thead><Table.Tr><Table.Th>{t('lc.deadlineFor')}</Table.Th><Table.Th>{t('lc.dueOnLabel')}</Table.Th><Table.Th>{t('common.status')}</Table.Th>{editable && <Table.Th />}</Table.Tr></Table.Thead>
          <Table.Tbody>
            {life.deadlines.map((d) => (
              <Table.Tr key={d.targetStatus} data-testid="deadline-row" data-target={d.targetStatus} data-state={d.state}>
                <Table.Td><Text size="sm" fw={500}>{label('clStatus', d.targetStatus)}</Text><Text size="xs" c="dimmed">{d.title}</Text></Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}><Text size="sm" fw={600} c={d.state === 'overdue' ? 'red.7' : undefined} data-testid="deadline-date-text">{formatDate(d.dueOn)}</Text></Table.Td>
                <Table.Td miw={150}><DeadlineBadge deadline={d} /></Table.Td>
                {editable && <Table.Td ta="right"><Button size="compact-xs" variant="subtle" onClick={() => setEditing(d)} data-testid="deadline-edit">{t('lc.change')}</Button></Table.Td>}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {editable && ahead.length > 0 && (
        <Group><Button size="xs" variant="light" onClick={() => setEditing('new')} data-testid="deadline-add">{t('lc.addDeadline')}</Button></Group>
      )}
      {editing && (
        <DeadlineModal clusterId={life.cluster.id} existing={editing === 'new' ? null : editing} targets={editing === 'new' ? ahead : [editing.targetStatus]}
          onClose={() => setEditing(null)} onSaved={() => { setEditing(null); onChanged(); }} />
      )}
    </Stack>
  );
}

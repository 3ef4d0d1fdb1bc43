import { Code, Group, Table, Text, Timeline } from '@mantine/core';
import type { HistoryEntry, Page } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { formatDateTime } from '../lib/format.ts';
import { useApi } from '../lib/use-api.ts';
import { AsyncView } from './States.tsx';

/** Values of any shape shown as short text (objects and arrays as compact JSON). */
function show(value: unknown): string {
  if (value == null) return '—';
  if (typeof value === 'string') return value;
  const text = JSON.stringify(value);
  return text.length > 160 ? text.slice(0, 157) + '…' : text;
}

const ACTION_COLOURS: Record<string, string> = { create: 'green', update: 'blue', delete: 'red', restore: 'teal' };

function Changes({ entry }: { entry: HistoryEntry }) {
  const { t } = useI18n();
  const fields = entry.changedFields.filter((f) => !['version', 'updated_at', 'updatedAt'].includes(f));
  if (entry.action === 'create' || fields.length === 0) return null;
  return (
    <Table withRowBorders={false} verticalSpacing={2} fz="xs" mt={4}>
      <Table.Tbody>
        {fields.map((field) => (
          <Table.Tr key={field}>
            <Table.Td w={140}><Code>{field}</Code></Table.Td>
            <Table.Td><Text size="xs" c="red.8" td="line-through">{t('org.before')}: {show(entry.before?.[field])}</Text></Table.Td>
            <Table.Td><Text size="xs" c="green.8">{t('org.after')}: {show(entry.after?.[field])}</Text></Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

export function HistoryTimeline({ entity, entityId }: { entity: 'organisation' | 'cluster' | 'link' | 'project' | 'application'; entityId: number }) {
  const { t } = useI18n();
  const history = useApi<Page<HistoryEntry>>('/api/history', { entity, entityId, pageSize: 50 });
  return (
    <AsyncView state={history}>
      {(page) =>
        page.items.length === 0 ? <Text c="dimmed" size="sm">{t('org.historyEmpty')}</Text> : (
          <Timeline bulletSize={14} lineWidth={2} data-testid="history">
            {page.items.map((entry) => (
              <Timeline.Item key={entry.id} color={ACTION_COLOURS[entry.action] ?? 'gray'} title={
                <Group gap="xs"><Text fw={600} size="sm">{entry.action}</Text><Text size="xs" c="dimmed">{formatDateTime(entry.at)} · {entry.actor}</Text></Group>
              }>
                {entry.action !== 'create' && <Text size="xs" c="dimmed">{t('org.changed', { f: entry.changedFields.join(', ') })}</Text>}
                <Changes entry={entry} />
              </Timeline.Item>
            ))}
          </Timeline>
        )}
    </AsyncView>
  );
}

import { Text, Timeline } from '@mantine/core';
import type { ClusterEvent } from '../../api/lifecycle-types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatDate } from '../../lib/format.ts';
import { documentLine } from './format-lifecycle.ts';

const COLOUR: Record<string, string> = { excluded: 'red', in_registry: 'green' };

/** Every recorded step, returns included, newest first: the day, the change, its document, who and why. */
export function EventJournal({ events }: { events: readonly ClusterEvent[] }) {
  const { t, label } = useI18n();
  if (events.length === 0) return <Text size="sm" c="dimmed">{t('lc.noSteps')}</Text>;
  const words = { no: '№', of: t('lc.of') };
  return (
    <Timeline bulletSize={12} lineWidth={2} active={events.length - 1} data-testid="event-journal">
      {[...events].reverse().map((e) => (
        <Timeline.Item key={e.id} color={COLOUR[e.toStatus]} data-testid="event-row" data-to={e.toStatus}
          title={<Text size="sm"><b>{formatDate(e.happenedOn)}</b> · {e.fromStatus ? `${label('clStatus', e.fromStatus)} → ` : ''}<b>{label('clStatus', e.toStatus)}</b></Text>}>
          {e.document && <Text size="sm">{documentLine(e.document, formatDate, words)}</Text>}
          <Text size="xs" c="dimmed">{[e.actor, e.actorRole ? label('userRole', e.actorRole).toLowerCase() : ''].filter(Boolean).join(', ') || '—'}</Text>
          {e.note && <Text size="xs" c="dimmed" fs="italic">{e.note}</Text>}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}

import { Alert, List, Stack, Text, Title } from '@mantine/core';
import type { Suggestions } from '../../api/types.ts';
import { AsyncView } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatPercent } from '../../lib/format.ts';
import { useApi } from '../../lib/use-api.ts';

type Change = Suggestions['critical'][number]['breaks'][number];

function changeText(changes: Change[], { t, label }: ReturnType<typeof useI18n>): string {
  return changes.map((c) => t('wi.change', { r: label('rqn', c.id), from: t(`rq.status.${c.from}`), to: t(`rq.status.${c.to}`) })).join('; ');
}

/** Whom to add to close the gaps (greedy selection of the engine) and whose leaving would break compliance. */
export function SuggestionsPanel({ clusterId, asOf }: { clusterId: number; asOf: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const state = useApi<Suggestions>(`/api/clusters/${clusterId}/suggestions`, { asOf });
  return (
    <AsyncView state={state}>
      {(s) => (
        <Stack gap="sm" data-testid="suggestions">
          <Title order={5}>{t('sg.additions')}</Title>
          {s.additions.effects.length === 0 ? <Text size="sm" c="dimmed">{t('sg.none')}</Text> : (
            <>
              {s.additions.selection.length > 0 && (
                <Alert color={s.additions.closesGaps ? 'green' : 'yellow'} py={6} data-testid="suggestion-selection">
                  {t(s.additions.closesGaps ? 'sg.closes' : 'sg.partly', { n: s.additions.selection.length })}{' '}
                  {s.additions.selection.map((inn) => s.additions.effects.find((e) => e.inn === inn)?.name ?? inn).join(', ')}
                </Alert>
              )}
              <List size="sm" spacing={4}>
                {s.additions.effects.slice(0, 10).map((e) => (
                  <List.Item key={e.inn} data-testid="suggestion">
                    <Text span fw={500} size="sm">{e.name}</Text>{' '}
                    <Text span size="sm" c="dimmed">({t('sg.delta', { i: e.industrialDelta, d: e.dependenceDelta == null ? '—' : formatPercent(e.dependenceDelta) })}) {changeText(e.changes, i18n)}</Text>
                  </List.Item>
                ))}
              </List>
            </>
          )}
          <Title order={5}>{t('sg.critical')}</Title>
          {s.critical.length === 0 ? <Text size="sm" c="dimmed">{t('sg.noCritical')}</Text> : (
            <List size="sm" spacing={4} data-testid="critical">
              {s.critical.map((c) => <List.Item key={c.inn}><Text span fw={500} size="sm">{c.name}</Text> — <Text span size="sm">{changeText(c.breaks, i18n)}</Text></List.Item>)}
            </List>
          )}
        </Stack>
      )}
    </AsyncView>
  );
}

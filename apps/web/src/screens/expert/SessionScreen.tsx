import { useState } from 'react';
import { Button, Group, Paper, Stack, Tabs, Text } from '@mantine/core';
import type { Commission, RankingOrder, SessionAgenda } from '../../api/expert-types.ts';
import { expertPaths } from '../../api/expert-types.ts';
import { DemoBadge } from '../../components/Badges.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { EmptyState, LoadingState } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatDate, formatDateTime } from '../../lib/format.ts';
import { navigate, RouterLink, setQuery, useLocation } from '../../lib/router.tsx';
import { useApi } from '../../lib/use-api.ts';
import { AddToAgenda } from './AddToAgenda.tsx';
import { AgendaItemCard } from './AgendaItemCard.tsx';
import { DecisionModal, type DecisionTarget } from './DecisionModal.tsx';
import { RoundKindBadge } from './ExpertBadges.tsx';
import { ExpertLoadError } from './NotFoundState.tsx';
import { RankingPanel } from './RankingPanel.tsx';
import { RemindersPanel } from './RemindersPanel.tsx';

const TABS = ['agenda', 'ranking', 'reminders'] as const;
type Tab = (typeof TABS)[number];

/** A session, as its secretary runs it: the agenda with assignments and decisions, the ranking, the reminders. */
export function SessionScreen({ id }: { id: number }) {
  const { t } = useI18n();
  const { query } = useLocation();
  const tab: Tab = (TABS as readonly string[]).includes(query.get('tab') ?? '') ? (query.get('tab') as Tab) : 'agenda';
  const by: RankingOrder = query.get('by') === 'remarks' ? 'remarks' : 'score';
  const agenda = useApi<SessionAgenda>(expertPaths.session(id));
  const commission = useApi<Commission>(agenda.data ? expertPaths.commission(agenda.data.session.commissionId) : null);
  const [decide, setDecide] = useState<DecisionTarget | null>(null);
  // bumped on every change, so the ranking reloads with the agenda
  const [version, setVersion] = useState(0);
  const changed = () => { agenda.reload(); setVersion((v) => v + 1); };
  if (agenda.error) return <ExpertLoadError error={agenda.error} onRetry={agenda.reload} title={t('ex.sessionNotFound')} hint={t('ex.sessionNotFoundHint')} back={{ to: '/expert', label: t('ex.backToExpert') }} />;
  if (!agenda.data) return <LoadingState />;
  const { session, items, criteria } = agenda.data;
  const members = commission.data?.members ?? [];
  return (
    <>
      <PageHeader
        title={session.title}
        subtitle={<><RouterLink className="klaster-link" to={`/expert/commissions/${session.commissionId}`}>{session.commissionName}</RouterLink></>}
        badges={<><RoundKindBadge kind={session.round} /><DemoBadge show={session.isDemo} /></>}
        actions={<Button size="xs" variant="default" onClick={() => navigate('/expert')}>{t('ex.backToExpert')}</Button>}
      />
      <Paper withBorder p="sm" mb="md" data-testid="session-facts">
        <Group gap="xs" style={{ columnGap: 'var(--mantine-spacing-xl)' }} wrap="wrap">
          <Text size="sm"><Text span c="dimmed">{t('ex.heldOn')}: </Text>{formatDate(session.heldOn)}{session.place ? `, ${session.place}` : ''}</Text>
          <Text size="sm"><Text span c="dimmed">{t('ex.scoresDue')}: </Text>{formatDateTime(session.scoresDue)}</Text>
          <Text size="sm"><Text span c="dimmed">{t('ex.answersDue')}: </Text>{formatDateTime(session.answersDue)}</Text>
          <Text size="sm"><Text span c="dimmed">{t('ex.criteria')}: </Text>{criteria.map((c) => `${c.name} (${c.weight} %)`).join('; ') || '—'}</Text>
        </Group>
      </Paper>
      <Tabs value={tab} onChange={(v) => setQuery({ tab: v === 'agenda' ? null : v })} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="agenda" data-testid="tab-agenda">{t('ex.agenda', { n: items.length })}</Tabs.Tab>
          <Tabs.Tab value="ranking" data-testid="tab-ranking">{t('ex.ranking')}</Tabs.Tab>
          <Tabs.Tab value="reminders" data-testid="tab-reminders">{t('ex.reminders')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="agenda">
          <Stack gap="md">
            {items.length === 0 ? <EmptyState title={t('ex.emptyAgenda')} hint={t('ex.emptyAgendaHint')} />
              : items.map((item) => <AgendaItemCard key={item.round.id} item={item} criteria={criteria} members={members} onChanged={changed} onDecide={setDecide} />)}
            <AddToAgenda agenda={agenda.data} onAdded={changed} />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="ranking">
          <RankingPanel agenda={agenda.data} by={by} version={version} onDecide={setDecide} />
        </Tabs.Panel>
        <Tabs.Panel value="reminders">
          <RemindersPanel agenda={agenda.data} members={members} />
        </Tabs.Panel>
      </Tabs>
      <DecisionModal target={decide} onClose={() => setDecide(null)} onDecided={() => { setDecide(null); changed(); }} />
    </>
  );
}

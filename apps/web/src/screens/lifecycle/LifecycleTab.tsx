import { useState } from 'react';
import { Alert, Grid, Stack } from '@mantine/core';
import type { ClusterProfile } from '../../api/types.ts';
import type { Checklist, TransitionResult } from '../../api/lifecycle-types.ts';
import { ErrorState, LoadingState } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useSession } from '../../lib/session.tsx';
import { useApi } from '../../lib/use-api.ts';
import { Section } from '../cluster/ClusterSections.tsx';
import { ChecklistPanel } from './ChecklistPanel.tsx';
import { DeadlinesPanel } from './DeadlinesPanel.tsx';
import { EventJournal } from './EventJournal.tsx';
import { LifecyclePath } from './LifecyclePath.tsx';
import { LifecycleSummary } from './LifecycleSummary.tsx';
import { ParticipantStatusPanel } from './ParticipantStatusPanel.tsx';
import { mayChangeParticipantStatus, maySetDeadlines } from './permissions.ts';
import type { LifecycleTabState } from './use-lifecycle.ts';

/**
 * «Жизненный цикл»: where the cluster stands on its way to the registry, the steps the user may record, the
 * checklist before each step, the deadlines and whether each enterprise has taken the status of a participant.
 */
export function LifecycleTab({ cluster, lifecycle }: { cluster: ClusterProfile; lifecycle: LifecycleTabState }) {
  const { t, label } = useI18n();
  const { user } = useSession();
  const checklist = useApi<Checklist>(`/api/clusters/${cluster.id}/checklist`);
  const [recorded, setRecorded] = useState<TransitionResult | null>(null);
  const life = lifecycle.state;
  const reload = () => {
    life.reload();
    checklist.reload();
  };
  const error = life.error ?? checklist.error;
  if (error) return <ErrorState error={error} onRetry={reload} />;
  if (!life.data || !checklist.data) return <LoadingState />;
  const data = life.data;
  return (
    <Stack gap="md" data-testid="lifecycle-tab">
      {recorded && (
        <Alert color="green" withCloseButton onClose={() => setRecorded(null)} data-testid="transition-recorded">
          {t('lc.recordedStep', { from: label('clStatus', recorded.event.fromStatus), to: label('clStatus', recorded.event.toStatus) })}
        </Alert>
      )}
      <LifecycleSummary life={data} checklist={checklist.data} onRecorded={(r) => { setRecorded(r); reload(); }} />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Section title={t('lc.path')} testId="lifecycle-path-section"><LifecyclePath life={data} checklist={checklist.data} /></Section>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="md">
            <Section title={t('lc.deadlines')} testId="deadlines-section"><DeadlinesPanel life={data} editable={maySetDeadlines(user, cluster)} onChanged={reload} /></Section>
            <Section title={t('lc.journal')}><EventJournal events={data.events} /></Section>
          </Stack>
        </Grid.Col>
      </Grid>
      <Section title={t('lc.checklist')} testId="checklist-section"><ChecklistPanel checklist={checklist.data} clusterId={cluster.id} /></Section>
      <Section title={t('lc.participants')} testId="participants-section">
        <ParticipantStatusPanel life={data} editable={mayChangeParticipantStatus(user, cluster)} onChanged={reload} />
      </Section>
    </Stack>
  );
}

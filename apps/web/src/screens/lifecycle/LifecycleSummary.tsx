import { useState } from 'react';
import { Button, Divider, Group, Paper, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import type { AvailableTransition, Checklist, ChecklistStep, ClusterLifecycle, TransitionResult } from '../../api/lifecycle-types.ts';
import { STATUS_BADGE } from '../../lib/colours.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatDate } from '../../lib/format.ts';
import { useSession } from '../../lib/session.tsx';
import { DeadlineBadge } from './DeadlineBadge.tsx';
import { checklistProgress, participantAnswers } from './format-lifecycle.ts';
import { TransitionModal } from './TransitionModal.tsx';

function Cell({ title, children, testId }: { title: string; children: React.ReactNode; testId: string }) {
  return (
    <Stack gap={6} data-testid={testId}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} style={{ letterSpacing: 0.4 }}>{title}</Text>
      {children}
    </Stack>
  );
}

/** What stands before the next step: its blocking items not done, and how many enterprises have answered. */
function NextStepBlockers({ step }: { step: ChecklistStep }) {
  const { t, lang } = useI18n();
  const blocking = step.items.filter((i) => i.blocking && i.done !== true);
  const answers = participantAnswers(step);
  if (blocking.length === 0 && !answers) return null;
  return (
    <Stack gap={4} mt="md" data-testid="next-step-blockers">
      <Text size="sm" fw={600}>{t('lc.beforeNext', { step: lang === 'en' ? step.en : step.ru })}</Text>
      {blocking.map((i) => (
        <Group key={i.id} gap={6} wrap="nowrap" align="flex-start">
          <Text size="sm" c="red.7" aria-hidden="true">✗</Text>
          <Text size="sm">{lang === 'en' ? i.messageEn : i.message}</Text>
        </Group>
      ))}
      {answers && (
        <Group gap={6} wrap="nowrap">
          <Text size="sm" c={answers.done === answers.total ? 'green.8' : 'orange.7'} aria-hidden="true">{answers.done === answers.total ? '✓' : '•'}</Text>
          <Text size="sm" data-testid="summary-answers">{t('lc.lettersOf', { n: answers.done, m: answers.total })}</Text>
        </Group>
      )}
    </Stack>
  );
}

const BUTTON_LOOK: Record<AvailableTransition['direction'], { variant: string; color?: string }> = {
  forward: { variant: 'filled' },
  back: { variant: 'default' },
  exclusion: { variant: 'light', color: 'red' },
};

/**
 * Where the cluster stands at a glance — its status and since when, the next step and what remains before it,
 * the nearest deadline, the checklist to the registry — and the steps the signed-in user may record now.
 */
export function LifecycleSummary({ life, checklist, onRecorded }: { life: ClusterLifecycle; checklist: Checklist; onRecorded(result: TransitionResult): void }) {
  const { t, lang, label } = useI18n();
  const { user } = useSession();
  const [chosen, setChosen] = useState<AvailableTransition | null>(null);
  const since = [...life.events].reverse().find((e) => e.toStatus === life.cluster.status)?.happenedOn ?? null;
  const next = checklist.next;
  const deadline = checklist.deadline;
  const progress = checklistProgress(checklist);
  const allowed = life.transitions.filter((tr) => tr.allowed);
  const others = life.transitions.filter((tr) => !tr.allowed);
  const roles = (tr: AvailableTransition) => tr.roles.map((r) => label('userRole', r)).join(', ');
  return (
    <Paper withBorder p="md" data-testid="lifecycle-summary">
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="lg">
        <Cell title={t('lc.currentStatus')} testId="summary-status">
          {/* Text, not a badge: the longest status name («Специализированная организация определена») must not be cut. */}
          <Text size="lg" fw={700} c={`${STATUS_BADGE[life.cluster.status] ?? 'gray'}.8`} data-testid="summary-status-label">{label('clStatus', life.cluster.status)}</Text>
          <Text size="sm" c="dimmed">{since ? t('lc.since', { d: formatDate(since) }) : t('lc.noSteps')}</Text>
        </Cell>
        <Cell title={t('lc.nextStep')} testId="summary-next">
          {next ? (
            <>
              <Text size="sm" fw={600}>{lang === 'en' ? next.en : next.ru}</Text>
              <Text size="sm" c={next.blockingRemaining > 0 ? 'red.7' : 'green.8'}>
                {next.items.length === 0 ? t('lc.noItemsShort') : next.remaining === 0 ? t('lc.allDone') : t('lc.remainingOf', { n: next.remaining, m: next.items.length })}
              </Text>
            </>
          ) : <Text size="sm">{t('lc.noStepsLeft')}</Text>}
        </Cell>
        <Cell title={t('lc.nearestDeadline')} testId="summary-deadline">
          {deadline ? (
            <>
              <Group gap="xs"><Text size="lg" fw={700} c={deadline.state === 'overdue' ? 'red.7' : undefined} data-testid="summary-deadline-date">{formatDate(deadline.dueOn)}</Text><DeadlineBadge deadline={deadline} /></Group>
              <Text size="xs" c="dimmed">{label('clStatus', deadline.targetStatus)} · {deadline.title}</Text>
            </>
          ) : <Text size="sm" c="dimmed">{t('lc.noDeadline')}</Text>}
        </Cell>
        <Cell title={t('lc.toRegistry')} testId="summary-progress">
          {progress.total > 0 ? (
            <>
              <Text size="lg" fw={700}>{t('lc.progress', { done: progress.done, total: progress.total })}</Text>
              <Progress value={(100 * progress.done) / progress.total} color={progress.done === progress.total ? 'green' : 'blue'} size="md" aria-label={t('lc.toRegistry')} />
            </>
          ) : <Text size="sm" c="dimmed">{t('lc.noStepsLeft')}</Text>}
        </Cell>
      </SimpleGrid>
      {next && <NextStepBlockers step={next} />}
      <Divider my="md" />
      {allowed.length > 0 ? (
        <Group gap="sm" data-testid="transition-actions">
          <Text size="sm" fw={600}>{t('lc.recordStep')}</Text>
          {allowed.map((tr) => (
            <Button key={tr.to} size="sm" {...BUTTON_LOOK[tr.direction]} onClick={() => setChosen(tr)} data-testid="transition-button" data-to={tr.to}>
              {lang === 'en' ? tr.en : tr.ru}
            </Button>
          ))}
        </Group>
      ) : (
        <Text size="sm" c="dimmed" data-testid="transition-readonly">
          {others.length === 0 ? t('lc.noTransitions') : user ? t('lc.stepsRecordedBy', { who: [...new Set(others.flatMap((tr) => tr.roles))].map((r) => label('userRole', r)).join(', ') }) : t('lc.publicReadOnly')}
        </Text>
      )}
      {allowed.length > 0 && others.length > 0 && (
        <Text size="xs" c="dimmed" mt="xs">{others.map((tr) => t('lc.otherStep', { step: lang === 'en' ? tr.en : tr.ru, who: roles(tr) })).join(' · ')}</Text>
      )}
      {chosen && (
        <TransitionModal clusterId={life.cluster.id} transition={chosen} opened onClose={() => setChosen(null)}
          step={chosen.direction === 'forward' ? checklist.steps.find((s) => s.to === chosen.to) ?? null : null}
          onRecorded={(result) => { setChosen(null); onRecorded(result); }} />
      )}
    </Paper>
  );
}

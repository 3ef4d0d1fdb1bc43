import { Badge, Group, Stack, Stepper, Text } from '@mantine/core';
import type { Checklist, ClusterLifecycle } from '../../api/lifecycle-types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatDate } from '../../lib/format.ts';
import { DeadlineBadge } from './DeadlineBadge.tsx';
import { pathOf, type PathStep } from './format-lifecycle.ts';

function StepDetail({ step }: { step: PathStep }) {
  const { t, label, lang } = useI18n();
  return (
    <Stack gap={2} mt={2}>
      {step.state === 'current' && <Badge size="xs" variant="filled" color="blue" style={{ textTransform: 'none', alignSelf: 'flex-start' }}>{t('lc.currentStatus')}</Badge>}
      {step.state === 'next' && <Badge size="xs" variant="outline" color="blue" style={{ textTransform: 'none', alignSelf: 'flex-start' }}>{t('lc.nextStep')}</Badge>}
      {step.event && (
        <>
          <Text size="xs" data-testid="path-event">
            {formatDate(step.event.happenedOn)}
            {step.event.actor ? ` · ${step.event.actor}` : ''}
            {step.event.actorRole ? ` (${label('userRole', step.event.actorRole).toLowerCase()})` : ''}
          </Text>
        </>
      )}
      {!step.event && (step.state === 'reached' || step.state === 'current') && <Text size="xs" c="dimmed">{t('lc.notRecorded')}</Text>}
      {step.step && (
        <Text size="xs" c={step.step.blockingRemaining > 0 ? 'red.7' : 'dimmed'}>
          {step.step.items.length === 0
            ? t('lc.noItemsShort')
            : step.step.remaining === 0 ? t('lc.allDone') : t('lc.remainingOf', { n: step.step.remaining, m: step.step.items.length })}
        </Text>
      )}
      {step.deadline && (
        <Group gap={6}>
          <Text size="xs" c={step.deadline.state === 'overdue' ? 'red.7' : undefined} fw={500}>{t('lc.dueOn', { d: formatDate(step.deadline.dueOn) })}</Text>
          <DeadlineBadge deadline={step.deadline} size="xs" />
        </Group>
      )}
      {step.state === 'next' && step.step && <Text size="xs" c="dimmed">{lang === 'en' ? step.step.en : step.step.ru}</Text>}
    </Stack>
  );
}

/**
 * The way into the registry as a vertical stepper: reached statuses with the day, who recorded them and the
 * document; the current one; what lies ahead with its remaining checklist items and deadline.
 */
export function LifecyclePath({ life, checklist }: { life: ClusterLifecycle; checklist: Checklist }) {
  const { label } = useI18n();
  const steps = pathOf(life, checklist);
  // Reached statuses and the current one are done (✓); the step being worked on is the next one.
  const active = steps.findIndex((s) => s.state === 'next');
  return (
    <Stepper active={active === -1 ? steps.length : active} orientation="vertical" size="sm" allowNextStepsSelect={false} data-testid="lifecycle-path"
      color={life.cluster.status === 'excluded' ? 'red' : 'klaster'}>
      {steps.map((s) => (
        <Stepper.Step key={s.status} label={<Text size="sm" fw={s.state === 'current' || s.state === 'next' ? 700 : 500}>{label('clStatus', s.status)}</Text>}
          description={<StepDetail step={s} />} data-status={s.status} data-state={s.state} color={s.state === 'excluded' ? 'red' : undefined} />
      ))}
    </Stepper>
  );
}

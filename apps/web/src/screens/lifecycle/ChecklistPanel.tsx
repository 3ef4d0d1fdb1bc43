import { useState } from 'react';
import { Badge, Button, Group, Paper, Stack, Table, Text, Tooltip } from '@mantine/core';
import type { Checklist, ChecklistItem, ChecklistStep } from '../../api/lifecycle-types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatDate } from '../../lib/format.ts';
import { RouterLink } from '../../lib/router.tsx';
import { useSession } from '../../lib/session.tsx';
import { fromRulesEngine, itemState, participantAnswers, type ItemState } from './format-lifecycle.ts';

const STATE_LOOK: Record<ItemState, { colour: string; icon: string }> = {
  done: { colour: 'green', icon: '✓' },
  missing: { colour: 'red', icon: '✗' },
  unknown: { colour: 'gray', icon: '?' },
};

function StateBadge({ state }: { state: ItemState }) {
  const { t } = useI18n();
  const look = STATE_LOOK[state];
  return <Badge color={look.colour} variant="light" leftSection={<span aria-hidden="true">{look.icon}</span>} style={{ textTransform: 'none' }} data-testid="item-state" data-state={state}>{t(`lc.item.${state}`)}</Badge>;
}

/** The figure that proves an item, where the item has one that reads as a count ("0 из 9"). */
function evidence(item: ChecklistItem, t: ReturnType<typeof useI18n>['t']): string {
  if (item.kind === 'participant' && item.found != null && item.required != null) return t('lc.ofTotal', { n: item.found, m: item.required });
  if (item.kind === 'compliance' && item.found != null && item.required != null) return t('lc.requirementsMet', { n: item.found, m: item.required });
  if (item.kind === 'agreement') return item.done ? t('lc.partiesN', { n: item.found ?? 0 }) : t('lc.noAgreement');
  if (item.kind === 'document') return item.done ? t('lc.attached') : t('lc.notAttached');
  return '';
}

function Source({ item, clusterId }: { item: ChecklistItem; clusterId: number }) {
  const { t } = useI18n();
  const { user } = useSession();
  // Applications are the signed-in users' («Заявки» tab): the public reads where the item comes from, without a link.
  if ((item.kind === 'document' || item.kind === 'application') && user)
    return <RouterLink className="klaster-link" to={`/clusters/${clusterId}?tab=applications`} data-testid="item-applications-link">{t('lc.source.application')}</RouterLink>;
  if (fromRulesEngine(item)) return <RouterLink className="klaster-link" to={`/clusters/${clusterId}?tab=rules`} data-testid="item-rules-link">{t('lc.source.rules')}</RouterLink>;
  if (item.kind === 'participant' || item.kind === 'agreement') return <Text size="xs" c="dimmed">{t(item.kind === 'agreement' ? 'lc.source.agreements' : 'lc.source.participants')}</Text>;
  if (item.kind === 'document' || item.kind === 'application') return <Text size="xs" c="dimmed">{t('lc.source.application')}</Text>;
  return null;
}

/** One item; `nested` for an enterprise's answer under the line that sums them up. */
function ItemRow({ item, clusterId, nested = false }: { item: ChecklistItem; clusterId: number; nested?: boolean }) {
  const { t, lang } = useI18n();
  return (
    <Table.Tr data-testid="checklist-item" data-item={item.id} data-state={itemState(item)} style={nested ? { background: 'var(--mantine-color-gray-0)' } : undefined}>
      <Table.Td w={150} pl={nested ? 'lg' : undefined}><StateBadge state={itemState(item)} /></Table.Td>
      <Table.Td pl={nested ? 'lg' : undefined}>
        <Text size="sm">{lang === 'en' ? item.messageEn : item.message}</Text>
        <Group gap={6} mt={nested ? 0 : 2}>
          {!item.blocking && !nested && <Text size="xs" c="dimmed">{t('lc.notBlocking')}</Text>}
          {item.legalBasis && <Text size="xs" c="dimmed">{item.legalBasis}</Text>}
          {item.confidence === 'assumed' && <Tooltip label={t('rq.assumedHint')} multiline w={260}><Badge size="xs" color="orange" variant="outline" style={{ textTransform: 'none' }}>{t('rq.assumed')}</Badge></Tooltip>}
        </Group>
      </Table.Td>
      <Table.Td w={170}><Text size="sm" data-testid="item-evidence">{evidence(item, t) || (nested ? '' : '—')}</Text></Table.Td>
      <Table.Td w={170}>{!nested && <Source item={item} clusterId={clusterId} />}</Table.Td>
    </Table.Tr>
  );
}

/** Whether the enterprises have answered: one line ("6 из 9 направили письма о намерении"), opened on demand. */
function AnswersRows({ step, clusterId }: { step: ChecklistStep; clusterId: number }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const answers = participantAnswers(step);
  if (!answers) return null;
  const state: ItemState = answers.done === answers.total ? 'done' : 'missing';
  return (
    <>
      <Table.Tr data-testid="participant-answers" data-state={state}>
        <Table.Td><StateBadge state={state} /></Table.Td>
        <Table.Td>
          <Text size="sm" fw={500}>{t('lc.answers', { n: answers.done, m: answers.total })}</Text>
          <Group gap={6} mt={2}>
            <Text size="xs" c="dimmed">{t('lc.notBlocking')}</Text>
            <Button size="compact-xs" variant="subtle" onClick={() => setOpen((v) => !v)} data-testid="answers-toggle">{t(open ? 'lc.hideEach' : 'lc.showEach')}</Button>
          </Group>
        </Table.Td>
        <Table.Td><Text size="sm" fw={600} data-testid="answers-evidence">{t('lc.lettersOf', { n: answers.done, m: answers.total })}</Text></Table.Td>
        <Table.Td><Text size="xs" c="dimmed">{t('lc.source.participants')}</Text></Table.Td>
      </Table.Tr>
      {open && answers.items.map((i) => <ItemRow key={i.id} item={i} clusterId={clusterId} nested />)}
    </>
  );
}

function StepBlock({ step, index, clusterId }: { step: ChecklistStep; index: number; clusterId: number }) {
  const { t, label, lang } = useI18n();
  const others = step.items.filter((i) => !i.id.startsWith('participant-status:'));
  return (
    <Paper withBorder p="sm" data-testid="checklist-step" data-to={step.to}>
      <Group justify="space-between" mb="xs" wrap="nowrap" align="flex-start">
        <div>
          <Text fw={650}>{t('lc.stepN', { n: index + 1 })} {lang === 'en' ? step.en : step.ru}</Text>
          <Text size="xs" c="dimmed">{label('clStatus', step.from)} → {label('clStatus', step.to)} · {t('lc.recordedBy', { who: step.roles.map((r) => label('userRole', r)).join(', ') })}</Text>
        </div>
        <Badge color={step.items.length === 0 ? 'gray' : step.blockingRemaining > 0 ? 'red' : 'green'} variant="light" style={{ textTransform: 'none', flexShrink: 0 }} data-testid="step-remaining">
          {step.items.length === 0 ? t('lc.notApplicable') : step.remaining === 0 ? t('lc.allDone') : t('lc.remainingOf', { n: step.remaining, m: step.items.length })}
        </Badge>
      </Group>
      {step.items.length === 0 ? <Text size="sm" c="dimmed" data-testid="step-no-items">{t('lc.noItems')}</Text> : (
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing={6} fz="sm">
            <Table.Tbody>
              {others.map((item) => <ItemRow key={item.id} item={item} clusterId={clusterId} />)}
              <AnswersRows step={step} clusterId={clusterId} />
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}

/**
 * What remains before each step on the way to the registry: every item done, missing or unknown (the rules
 * engine lacked data), with its evidence and where it comes from (the pp779 check, participants, the application).
 */
export function ChecklistPanel({ checklist, clusterId }: { checklist: Checklist; clusterId: number }) {
  const { t, lang } = useI18n();
  return (
    <Stack gap="sm" data-testid="checklist">
      {checklist.steps.length === 0 ? <Text size="sm" c="dimmed" data-testid="checklist-empty">{t('lc.noStepsLeftLong')}</Text> : (
        <>
          <Text size="sm" data-testid="checklist-summary">{lang === 'en' ? checklist.summaryEn : checklist.summary}</Text>
          <Text size="xs" c="dimmed">{t('lc.checkedAs', { d: formatDate(checklist.asOf), ruleset: checklist.check.ruleset })}</Text>
          {checklist.steps.map((s, i) => <StepBlock key={s.to} step={s} index={i} clusterId={clusterId} />)}
        </>
      )}
    </Stack>
  );
}

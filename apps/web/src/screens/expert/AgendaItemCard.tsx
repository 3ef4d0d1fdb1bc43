import { useState } from 'react';
import { Badge, Button, Group, Paper, Select, Stack, Table, Text } from '@mantine/core';
import { api } from '../../api/client.ts';
import type { AgendaAssignment, AgendaItem, CommissionMember, ExpertCriterion } from '../../api/expert-types.ts';
import { expertPaths } from '../../api/expert-types.ts';
import { ErrorDetails } from '../../components/ErrorDetails.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { RouterLink } from '../../lib/router.tsx';
import type { DecisionTarget } from './DecisionModal.tsx';
import { DecisionBadge, RoundKindBadge, SheetStateBadge, WHOLE } from './ExpertBadges.tsx';
import { ReturnSheetModal } from './ReturnSheetModal.tsx';
import { formatPoints } from './expert-format.ts';
import { useAction } from './use-action.ts';

export function decisionTarget(item: AgendaItem): DecisionTarget {
  return {
    roundId: item.round.id, roundKind: item.round.kind, clusterName: item.application.clusterName, weightedScore: item.weightedScore,
    submittedSheets: item.submittedSheets, sheets: item.assignments.length, unresolvedRemarks: item.remarks.unresolved,
  };
}

function ExpertRow({ a, criteria, decided, onChanged, onReturn }: { a: AgendaAssignment; criteria: number; decided: boolean; onChanged(): void; onReturn(a: AgendaAssignment): void }) {
  const { t, lang } = useI18n();
  // true once withdrawn (the route answers 204 with no body); a refusal leaves it undefined
  const unassign = useAction(async () => { await api.delete<void>(expertPaths.unassign(a.id)); return true; });
  return (
    <Table.Tr data-testid="agenda-expert" data-expert-id={a.expertId} data-complete={a.complete} data-submitted={a.submittedAt !== null}>
      <Table.Td>{a.expertName}{a.conflict && <Badge ml={6} size="xs" color="red" variant="light" {...WHOLE} data-testid="expert-conflict">{t('ex.conflictDeclared')}</Badge>}</Table.Td>
      <Table.Td><SheetStateBadge scored={a.scored} criteria={criteria} submittedAt={a.submittedAt} /></Table.Td>
      <Table.Td ta="right" data-testid="expert-total">{formatPoints(a.total, lang)}</Table.Td>
      <Table.Td ta="right">
        {!decided && a.scored === 0 && (
          <Button size="compact-xs" variant="subtle" color="red" loading={unassign.busy} onClick={async () => { if (await unassign.run()) onChanged(); }}>{t('ex.unassign')}</Button>
        )}
        {!decided && a.submittedAt !== null && (
          <Button size="compact-xs" variant="subtle" color="orange" onClick={() => onReturn(a)} data-testid="agenda-return">{t('ex.returnToExpert')}</Button>
        )}
        {unassign.error && <ErrorDetails error={unassign.error} />}
      </Table.Td>
    </Table.Tr>
  );
}

/** Assigning an expert of the commission; a declared conflict of interest is refused by the server, which names the organisation. */
function AssignForm({ item, members, onAssigned }: { item: AgendaItem; members: CommissionMember[]; onAssigned(): void }) {
  const { t } = useI18n();
  const [expertId, setExpertId] = useState<string | null>(null);
  const assign = useAction(() => api.post<AgendaAssignment>(expertPaths.assign(item.round.id), { expertId: Number(expertId) }));
  const assigned = new Set(item.assignments.map((a) => a.expertId));
  const free = members.filter((m) => !assigned.has(m.userId));
  return (
    <Stack gap={4}>
      <Group gap="xs" align="flex-end">
        <Select size="xs" w={320} label={t('ex.assignExpert')} placeholder={free.length ? t('ex.chooseExpert') : t('ex.allAssigned')} disabled={free.length === 0}
          data={free.map((m) => ({ value: String(m.userId), label: m.displayName }))} value={expertId} onChange={(v) => { assign.clear(); setExpertId(v); }} data-testid="assign-select" />
        <Button size="xs" disabled={!expertId} loading={assign.busy} onClick={async () => { if (await assign.run()) { setExpertId(null); onAssigned(); } }} data-testid="assign-button">{t('ex.assign')}</Button>
      </Group>
      {assign.error && <ErrorDetails error={assign.error} testId="assign-error" />}
    </Stack>
  );
}

/** One application on the agenda: its round, experts and their progress, remarks, score and decision. */
export function AgendaItemCard({ item, criteria, members, onChanged, onDecide }: {
  item: AgendaItem; criteria: ExpertCriterion[]; members: CommissionMember[]; onChanged(): void; onDecide(target: DecisionTarget): void;
}) {
  const { t, lang } = useI18n();
  const decided = item.decision !== null;
  const r = item.remarks;
  const [returning, setReturning] = useState<AgendaAssignment | null>(null);
  return (
    <Paper withBorder p="md" data-testid="agenda-item" data-application-id={item.application.id} data-round-id={item.round.id}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" mb="xs">
        <Stack gap={2}>
          <Group gap="xs">
            <RouterLink className="klaster-link" to={`/applications/${item.application.id}/review`} data-testid="agenda-application"><Text fw={600} span>{item.application.clusterName}</Text></RouterLink>
            <RoundKindBadge kind={item.round.kind} />
          </Group>
          <Text size="xs" c="dimmed">
            {t('ex.agendaLine', { id: item.application.id, round: item.round.number, version: item.round.version })}
            {item.round.openedBy === 'resubmission' ? ` · ${t('ex.openedByResubmission')}` : ''}
          </Text>
        </Stack>
        <Stack gap={4} align="flex-end">
          <DecisionBadge outcome={item.decision?.outcome ?? null} />
          <Text size="sm" data-testid="agenda-score">{t('ex.meanScore', { score: formatPoints(item.weightedScore, lang), submitted: item.submittedSheets, sheets: item.assignments.length })}</Text>
        </Stack>
      </Group>
      <Text size="xs" c="dimmed" mb="xs" data-testid="agenda-remarks">{t('ex.remarkCounts', { open: r.open + r.rejected, answered: r.answered, accepted: r.accepted })}</Text>
      {item.assignments.length === 0 ? <Text size="sm" c="orange" mb="xs">{t('ex.noExpertsYet')}</Text> : (
        <Table fz="sm" mb="xs">
          <Table.Thead><Table.Tr><Table.Th>{t('ex.expert')}</Table.Th><Table.Th>{t('ex.sheet')}</Table.Th><Table.Th ta="right">{t('ex.expertTotal')}</Table.Th><Table.Th /></Table.Tr></Table.Thead>
          <Table.Tbody>{item.assignments.map((a) => <ExpertRow key={a.id} a={a} criteria={criteria.length} decided={decided} onChanged={onChanged} onReturn={setReturning} />)}</Table.Tbody>
        </Table>
      )}
      {decided ? (
        <Paper p="xs" bg="var(--mantine-color-gray-0)" data-testid="agenda-decision">
          <Text size="sm">{item.decision!.reason}</Text>
          <Text size="xs" c="dimmed">{t('ex.decidedLine', { at: formatDateTime(item.decision!.decidedAt), by: item.decision!.decidedBy, score: formatPoints(item.decision!.weightedScore, lang), remarks: item.decision!.unresolvedRemarks })}</Text>
        </Paper>
      ) : (
        <Group justify="space-between" align="flex-end" wrap="wrap">
          <AssignForm item={item} members={members} onAssigned={onChanged} />
          <Button size="xs" variant="light" color="violet" onClick={() => onDecide(decisionTarget(item))} data-testid="decide">{t('ex.recordDecision')}</Button>
        </Group>
      )}
      <ReturnSheetModal assignmentId={returning?.id ?? null} expertName={returning?.expertName ?? ''} onClose={() => setReturning(null)}
        onReturned={() => { setReturning(null); onChanged(); }} />
    </Paper>
  );
}

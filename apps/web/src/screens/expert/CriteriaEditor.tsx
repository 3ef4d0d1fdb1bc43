import { useState } from 'react';
import { Alert, Badge, Button, CloseButton, Group, NumberInput, Stack, Table, Text, TextInput } from '@mantine/core';
import { api } from '../../api/client.ts';
import type { Commission } from '../../api/expert-types.ts';
import { expertPaths } from '../../api/expert-types.ts';
import { ErrorDetails } from '../../components/ErrorDetails.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { WHOLE } from './ExpertBadges.tsx';
import { criteriaPayload, draftsFrom, newKey, weightSum, type CriterionDraft } from './criteria-form.ts';
import { useAction } from './use-action.ts';

/** The criteria as they stand: read-only for experts, and for everyone once scores exist. */
function CriteriaTable({ commission }: { commission: Commission }) {
  const { t } = useI18n();
  return (
    <Table fz="sm" data-testid="criteria-table">
      <Table.Thead><Table.Tr><Table.Th>№</Table.Th><Table.Th>{t('ex.criterion')}</Table.Th><Table.Th ta="right">{t('ex.weightTitle')}</Table.Th></Table.Tr></Table.Thead>
      <Table.Tbody>
        {commission.criteria.map((c, i) => (
          <Table.Tr key={c.id} data-testid="criterion-line" data-weight={c.weight}>
            <Table.Td>{i + 1}</Table.Td>
            <Table.Td><Text size="sm" fw={500}>{c.name}</Text>{c.description && <Text size="xs" c="dimmed">{c.description}</Text>}</Table.Td>
            <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{c.weight} %</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
      <Table.Tfoot><Table.Tr><Table.Td /><Table.Td><Text size="sm" c="dimmed">{t('ex.weightSum')}</Text></Table.Td><Table.Td ta="right" fw={600} style={{ whiteSpace: 'nowrap' }}>{commission.criteria.reduce((s, c) => s + c.weight, 0)} %</Table.Td></Table.Tr></Table.Tfoot>
    </Table>
  );
}

/**
 * The secretary sets the criteria as a whole set. The sum is shown while typing; saving a sum other than 100
 * is sent anyway, so the server's refusal (with the sum it counted) is what the secretary reads — one rule,
 * in one place.
 */
export function CriteriaEditor({ commission, editable, onSaved }: { commission: Commission; editable: boolean; onSaved(c: Commission): void }) {
  const { t } = useI18n();
  const [editing, setEditing] = useState(false);
  const [drafts, setDrafts] = useState<CriterionDraft[]>([]);
  const save = useAction(() => api.put<Commission>(expertPaths.criteria(commission.id), criteriaPayload(drafts)));
  const sum = weightSum(drafts);
  const start = () => {
    setDrafts(commission.criteria.length ? draftsFrom(commission.criteria) : [{ key: newKey(), name: '', description: '', weight: '' }]);
    save.clear();
    setEditing(true);
  };
  const change = (key: string, patch: Partial<CriterionDraft>) => setDrafts((ds) => ds.map((d) => (d.key === key ? { ...d, ...patch } : d)));
  const submit = async () => {
    const saved = await save.run();
    if (saved) { setEditing(false); onSaved(saved); }
  };
  if (!editing) {
    return (
      <Stack gap="xs">
        {commission.criteria.length ? <CriteriaTable commission={commission} /> : <Text size="sm" c="dimmed" data-testid="no-criteria">{t('ex.noCriteria')}</Text>}
        {editable && commission.criteriaLocked && <Text size="xs" c="dimmed" data-testid="criteria-locked">{t('ex.criteriaLocked')}</Text>}
        {editable && !commission.criteriaLocked && <Group><Button size="xs" variant="light" onClick={start} data-testid="criteria-edit">{t('ex.editCriteria')}</Button></Group>}
      </Stack>
    );
  }
  return (
    <Stack gap="xs" data-testid="criteria-editor">
      {drafts.map((d, i) => (
        <Group key={d.key} gap="xs" align="flex-start" wrap="nowrap" data-testid="criterion-draft">
          <Text size="sm" c="dimmed" w={20} mt={6}>{i + 1}</Text>
          <Stack gap={4} style={{ flex: 1 }}>
            <TextInput size="xs" placeholder={t('ex.criterionName')} value={d.name} onChange={(e) => change(d.key, { name: e.currentTarget.value })} data-testid="criterion-name" aria-label={t('ex.criterionName')} />
            <TextInput size="xs" placeholder={t('ex.criterionDescription')} value={d.description} onChange={(e) => change(d.key, { description: e.currentTarget.value })} aria-label={t('ex.criterionDescription')} />
          </Stack>
          <NumberInput size="xs" w={90} min={0} max={100} allowDecimal={false} suffix=" %" value={d.weight} onChange={(v) => change(d.key, { weight: typeof v === 'number' ? v : '' })}
            data-testid="criterion-weight-input" aria-label={t('ex.weightTitle')} />
          <CloseButton mt={2} aria-label={t('ex.removeCriterion')} onClick={() => setDrafts((ds) => ds.filter((x) => x.key !== d.key))} />
        </Group>
      ))}
      <Group justify="space-between">
        <Button size="xs" variant="subtle" onClick={() => setDrafts((ds) => [...ds, { key: newKey(), name: '', description: '', weight: '' }])} data-testid="criterion-add">{t('ex.addCriterion')}</Button>
        <Badge size="lg" variant="light" color={sum === 100 ? 'green' : 'red'} {...WHOLE} data-testid="weight-sum" data-sum={sum}>{t('ex.weightSumOf', { sum })}</Badge>
      </Group>
      {sum !== 100 && <Alert color="yellow" py={6}><Text size="sm">{t('ex.weightSumHint', { sum })}</Text></Alert>}
      {save.error && <ErrorDetails error={save.error} testId="criteria-error" />}
      <Group justify="flex-end">
        <Button size="xs" variant="default" onClick={() => setEditing(false)}>{t('common.cancel')}</Button>
        <Button size="xs" loading={save.busy} onClick={() => void submit()} data-testid="criteria-save">{t('ex.saveCriteria')}</Button>
      </Group>
    </Stack>
  );
}

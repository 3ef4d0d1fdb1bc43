import { useState } from 'react';
import { Button, Group, Modal, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { api } from '../../api/client.ts';
import type { Commission, CommissionSummary } from '../../api/expert-types.ts';
import { expertPaths } from '../../api/expert-types.ts';
import { DemoBadge } from '../../components/Badges.tsx';
import { ErrorDetails } from '../../components/ErrorDetails.tsx';
import { AsyncView, EmptyState } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatDate, formatDateTime } from '../../lib/format.ts';
import { navigate, RouterLink } from '../../lib/router.tsx';
import { useApi } from '../../lib/use-api.ts';
import { RoundKindBadge } from './ExpertBadges.tsx';
import { useAction } from './use-action.ts';

/** The secretary's start: every commission with its sessions, and a new commission. */
export function CommissionsPanel() {
  const { t } = useI18n();
  const commissions = useApi<{ items: CommissionSummary[] }>(expertPaths.commissions);
  const [creating, setCreating] = useState(false);
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={4}>{t('ex.commissions')}</Title>
        <Button size="xs" onClick={() => setCreating(true)} data-testid="new-commission">{t('ex.newCommission')}</Button>
      </Group>
      <AsyncView state={commissions}>
        {(data) => data.items.length === 0
          ? <EmptyState title={t('ex.noCommissions')} hint={t('ex.noCommissionsHint')} />
          : <Stack gap="md">{data.items.map((c) => <CommissionCard key={c.id} summary={c} />)}</Stack>}
      </AsyncView>
      <NewCommissionModal opened={creating} onClose={() => setCreating(false)} />
    </Stack>
  );
}

function CommissionCard({ summary }: { summary: CommissionSummary }) {
  const { t } = useI18n();
  const commission = useApi<Commission>(expertPaths.commission(summary.id));
  return (
    <Paper withBorder p="md" data-testid="commission-card" data-commission-id={summary.id}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={2}>
          <Group gap="xs">
            <RouterLink className="klaster-link" to={`/expert/commissions/${summary.id}`} data-testid="commission-link"><Text fw={600} span>{summary.name}</Text></RouterLink>
            <DemoBadge show={summary.isDemo} />
          </Group>
          {summary.description && <Text size="sm" c="dimmed">{summary.description}</Text>}
        </Stack>
        <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>{t('ex.commissionCounts', { members: summary.members, sessions: summary.sessions })}</Text>
      </Group>
      <AsyncView state={commission}>
        {(c) => c.sessions.length === 0 ? <Text size="sm" c="dimmed" mt="sm">{t('ex.noSessions')}</Text> : (
          <Stack gap={4} mt="sm">
            {c.sessions.map((s) => (
              <Group key={s.id} gap="sm" wrap="nowrap" data-testid="session-line">
                <RoundKindBadge kind={s.round} />
                <RouterLink className="klaster-link" to={`/expert/sessions/${s.id}`} data-testid="session-link">{s.title}</RouterLink>
                <Text size="xs" c="dimmed">{formatDate(s.heldOn)}{s.place ? ` · ${s.place}` : ''} · {t('ex.scoresDueShort', { at: formatDateTime(s.scoresDue) })}</Text>
              </Group>
            ))}
          </Stack>
        )}
      </AsyncView>
    </Paper>
  );
}

function NewCommissionModal({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const create = useAction(() => api.post<Commission>(expertPaths.commissions, { name, description }));
  const submit = async () => {
    const made = await create.run();
    if (made) navigate(`/expert/commissions/${made.id}`);
  };
  return (
    <Modal opened={opened} onClose={onClose} title={t('ex.newCommission')} size="lg">
      <Stack gap="sm">
        <TextInput label={t('ex.commissionName')} required value={name} onChange={(e) => setName(e.currentTarget.value)} data-testid="commission-name" />
        <Textarea label={t('ex.commissionDescription')} autosize minRows={2} value={description} onChange={(e) => setDescription(e.currentTarget.value)} />
        {create.error && <ErrorDetails error={create.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button loading={create.busy} disabled={!name.trim()} onClick={() => void submit()} data-testid="commission-create">{t('ex.create')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}

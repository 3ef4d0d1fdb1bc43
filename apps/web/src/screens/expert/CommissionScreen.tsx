import { useState } from 'react';
import { Button, Grid, Group, Paper, Table, Text, Title } from '@mantine/core';
import type { Commission } from '../../api/expert-types.ts';
import { expertPaths } from '../../api/expert-types.ts';
import { DemoBadge } from '../../components/Badges.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { LoadingState } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatDate, formatDateTime } from '../../lib/format.ts';
import { navigate, RouterLink } from '../../lib/router.tsx';
import { useSession } from '../../lib/session.tsx';
import { useApi } from '../../lib/use-api.ts';
import { CriteriaEditor } from './CriteriaEditor.tsx';
import { RoundKindBadge } from './ExpertBadges.tsx';
import { MembersPanel } from './MembersPanel.tsx';
import { ExpertLoadError } from './NotFoundState.tsx';
import { SessionFormModal } from './SessionFormModal.tsx';

/** A commission: its experts, its weighted criteria and its sessions. The secretary edits; a member reads. */
export function CommissionScreen({ id }: { id: number }) {
  const { t } = useI18n();
  const { user } = useSession();
  const secretary = user?.role === 'admin';
  const loaded = useApi<Commission>(expertPaths.commission(id));
  const [latest, setLatest] = useState<Commission | null>(null);
  const [newSession, setNewSession] = useState(false);
  const commission = latest ?? loaded.data;
  if (loaded.error) return <ExpertLoadError error={loaded.error} onRetry={loaded.reload} title={t('ex.commissionNotFound')} hint={t('ex.commissionNotFoundHint')} back={{ to: '/expert', label: t('ex.backToExpert') }} />;
  if (!commission) return <LoadingState />;
  return (
    <>
      <PageHeader title={commission.name} subtitle={commission.description || undefined} badges={<DemoBadge show={commission.isDemo} />}
        actions={<Button size="xs" variant="default" onClick={() => navigate('/expert')}>{t('ex.backToExpert')}</Button>} />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <Paper withBorder p="md" h="100%" data-testid="commission-members">
            <Title order={4} mb="sm">{t('ex.members', { n: commission.members.length })}</Title>
            <MembersPanel commission={commission} editable={secretary} onChanged={setLatest} />
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <Paper withBorder p="md" h="100%" data-testid="commission-criteria">
            <Title order={4} mb={4}>{t('ex.criteria')}</Title>
            <Text size="sm" c="dimmed" mb="sm">{t('ex.criteriaHint')}</Text>
            <CriteriaEditor commission={commission} editable={secretary} onSaved={setLatest} />
          </Paper>
        </Grid.Col>
      </Grid>
      <Paper withBorder p="md" mt="md" data-testid="commission-sessions">
        <Group justify="space-between" mb="sm">
          <Title order={4}>{t('ex.sessions')}</Title>
          {secretary && <Button size="xs" onClick={() => setNewSession(true)} data-testid="new-session">{t('ex.newSession')}</Button>}
        </Group>
        {commission.sessions.length === 0 ? <Text size="sm" c="dimmed">{t('ex.noSessions')}</Text> : (
          <Table fz="sm" striped>
            <Table.Thead><Table.Tr><Table.Th>{t('ex.sessionTitle')}</Table.Th><Table.Th>{t('ex.roundKind')}</Table.Th><Table.Th>{t('ex.heldOn')}</Table.Th><Table.Th>{t('ex.place')}</Table.Th><Table.Th>{t('ex.scoresDue')}</Table.Th><Table.Th>{t('ex.answersDue')}</Table.Th></Table.Tr></Table.Thead>
            <Table.Tbody>
              {commission.sessions.map((s) => (
                <Table.Tr key={s.id} data-testid="session-row">
                  <Table.Td>{secretary ? <RouterLink className="klaster-link" to={`/expert/sessions/${s.id}`} data-testid="session-link">{s.title}</RouterLink> : s.title}</Table.Td>
                  <Table.Td><RoundKindBadge kind={s.round} /></Table.Td>
                  <Table.Td>{formatDate(s.heldOn)}</Table.Td>
                  <Table.Td>{s.place || '—'}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(s.scoresDue)}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(s.answersDue)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
      {secretary && <SessionFormModal commissionId={commission.id} opened={newSession} onClose={() => setNewSession(false)} />}
    </>
  );
}

import { useState } from 'react';
import { Button, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { api } from '../../api/client.ts';
import type { ExpertRound, SessionAgenda } from '../../api/expert-types.ts';
import { expertPaths } from '../../api/expert-types.ts';
import type { ClusterListItem, Page } from '../../api/types.ts';
import { ErrorDetails } from '../../components/ErrorDetails.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useApi } from '../../lib/use-api.ts';
import { RoundKindBadge } from './ExpertBadges.tsx';
import { useAction } from './use-action.ts';

interface ClusterApplication { id: number; kind: string; status: string; currentVersion: number | null; projectTitle: string | null }

/** Applications nobody can take up yet: a draft (never submitted) or withdrawn; the server refuses them with the reason. */
const NOT_SUBMITTED = new Set(['draft', 'withdrawn']);

/**
 * Putting applications on the agenda: the ones a resubmission sent back to the commission wait here for a
 * session of their kind; any other submitted application is found by its cluster. The server decides
 * whether the application may come to this session (its round rules) and says why not.
 */
export function AddToAgenda({ agenda, onAdded }: { agenda: SessionAgenda; onAdded(): void }) {
  const { t, label } = useI18n();
  const put = useAction((applicationId: number) => api.post<ExpertRound>(expertPaths.agenda(agenda.session.id), { applicationId }));
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const [clusterId, setClusterId] = useState<string | null>(null);
  const [applicationId, setApplicationId] = useState<string | null>(null);
  const clusters = useApi<Page<ClusterListItem>>('/api/clusters', { q: debounced || undefined, pageSize: 30 });
  const applications = useApi<{ items: ClusterApplication[] }>(clusterId ? `/api/clusters/${clusterId}/applications` : null);
  const candidates = (applications.data?.items ?? []).filter((a) => !NOT_SUBMITTED.has(a.status));
  const add = async (id: number) => {
    if (await put.run(id)) { setApplicationId(null); onAdded(); }
  };
  return (
    <Paper withBorder p="md" data-testid="add-to-agenda">
      <Title order={5} mb="xs">{t('ex.addToAgenda')}</Title>
      {agenda.waiting.length > 0 && (
        <Stack gap={4} mb="md">
          <Text size="sm" c="dimmed">{t('ex.waitingHint')}</Text>
          <Table fz="sm" data-testid="waiting-table">
            <Table.Tbody>
              {agenda.waiting.map((w) => (
                <Table.Tr key={w.round.id} data-testid="waiting-row" data-application-id={w.application.id}>
                  <Table.Td>{w.application.clusterName}</Table.Td>
                  <Table.Td>{t('ex.agendaLine', { id: w.application.id, round: w.round.number, version: w.round.version })}</Table.Td>
                  <Table.Td><RoundKindBadge kind={w.round.kind} /></Table.Td>
                  <Table.Td ta="right"><Button size="compact-xs" loading={put.busy} onClick={() => void add(w.application.id)} data-testid="waiting-add">{t('ex.putOnAgenda')}</Button></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      )}
      <Group align="flex-end" gap="xs" wrap="wrap">
        <Select searchable w={360} label={t('ex.cluster')} placeholder={t('ex.clusterSearch')} searchValue={search} onSearchChange={setSearch} filter={({ options }) => options}
          data={(clusters.data?.items ?? []).map((c) => ({ value: String(c.id), label: c.name }))} value={clusterId}
          onChange={(v) => { setClusterId(v); setApplicationId(null); put.clear(); }} data-testid="agenda-cluster" />
        <Select w={360} label={t('ex.application')} disabled={!clusterId} value={applicationId} onChange={setApplicationId} data-testid="agenda-application-select"
          placeholder={clusterId && applications.data && candidates.length === 0 ? t('ex.noSubmittedApplications') : undefined}
          data={candidates.map((a) => ({ value: String(a.id), label: `${t('ex.applicationNo', { id: a.id })} · ${label('exKind', a.kind)}${a.projectTitle ? ` «${a.projectTitle}»` : ''} · ${label('exAppStatus', a.status)}` }))} />
        <Button disabled={!applicationId} loading={put.busy} onClick={() => void add(Number(applicationId))} data-testid="agenda-add">{t('ex.putOnAgenda')}</Button>
      </Group>
      {put.error && <ErrorDetails error={put.error} testId="agenda-error" />}
    </Paper>
  );
}

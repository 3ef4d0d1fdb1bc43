import { useEffect, useState } from 'react';
import { Alert, Badge, Button, Grid, Group, Paper, Progress, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { api } from '../../api/client.ts';
import type { DiscoveryRun } from '../../api/types.ts';
import { ErrorDetails } from '../../components/ErrorDetails.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { AsyncView } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatDateTime, formatInt } from '../../lib/format.ts';
import { navigate } from '../../lib/router.tsx';
import { useApi } from '../../lib/use-api.ts';
import { CandidateCard } from './CandidateCard.tsx';
import { CandidateMap } from './CandidateMap.tsx';
import { RUN_STATUS_COLOUR } from './RunList.tsx';

const POLL_MS = 700;

function RunResult({ run }: { run: DiscoveryRun }) {
  const { t } = useI18n();
  const [selected, setSelected] = useState(0);
  const result = run.result;
  if (!result) return null;
  const candidate = result.candidates[selected] ?? null;
  return (
    <>
      <Text size="sm" c="dimmed" mb="sm" data-testid="ds-graph">{t('ds.graph', { n: formatInt(result.graph.nodes), p: formatInt(result.graph.declaredPairs), a: formatInt(result.graph.addedEdges), c: result.graph.communities })}</Text>
      {result.candidates.length === 0 ? <Alert color="gray">{t('ds.noCandidates')}</Alert> : (
        <Grid>
          <Grid.Col span={{ base: 12, lg: 6 }}>
            <ScrollArea.Autosize mah="calc(100vh - 260px)" type="auto">
              <Stack gap="sm" data-testid="candidates">
                {result.candidates.map((c, i) => <CandidateCard key={c.rank} c={c} selected={i === selected} onSelect={() => setSelected(i)} />)}
              </Stack>
            </ScrollArea.Autosize>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 6 }}>
            <Paper withBorder p="sm"><Title order={5} mb="xs">{t('ds.mapOf', { name: candidate?.name ?? '' })}</Title><CandidateMap candidate={candidate} regions={run.regionCodes} /></Paper>
          </Grid.Col>
        </Grid>
      )}
    </>
  );
}

/** A run: polled while it runs (progress bar), then the ranked candidates and the map of the selected one. */
export function DiscoveryRunScreen({ id }: { id: number }) {
  const { t, label } = useI18n();
  const state = useApi<DiscoveryRun>(`/api/discovery/runs/${id}`);
  const [error, setError] = useState<Error | null>(null);
  const running = state.data?.status === 'running';
  const { reload, loading } = state;
  useEffect(() => {
    if (!running || loading) return;
    const timer = setTimeout(reload, POLL_MS);
    return () => clearTimeout(timer);
  }, [running, loading, reload]);
  const repeat = async () => {
    try {
      const next = await api.post<{ id: number }>(`/api/discovery/runs/${id}/repeat`, {});
      navigate(`/discovery/${next.id}`);
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)));
    }
  };
  return (
    <AsyncView state={state}>
      {(run) => (
        <>
          <PageHeader title={t('ds.runNo', { n: run.id })} subtitle={`${run.regionCodes.join(', ') || t('dash.country')} · ${t('ds.seed')} ${run.seed} · ${formatDateTime(run.startedAt)}`}
            badges={<Badge color={RUN_STATUS_COLOUR[run.status]} variant="light" style={{ textTransform: 'none' }} data-testid="ds-status">{label('runStatus', run.status)}</Badge>}
            actions={<Group gap="xs">
              <Button size="xs" variant="default" onClick={() => navigate('/discovery')}>{t('ds.allRuns')}</Button>
              <Button size="xs" variant="default" disabled={run.status === 'running'} onClick={repeat} data-testid="ds-repeat">{t('ds.repeat')}</Button>
            </Group>} />
          {error && <ErrorDetails error={error} />}
          {run.status === 'running' && (
            <Paper withBorder p="md" data-testid="ds-progress">
              <Text size="sm" mb={6}>{t('ds.running', { stage: run.stage })}</Text>
              <Progress value={run.progress * 100} animated />
            </Paper>
          )}
          {run.status === 'failed' && <Alert color="red" title={t('ds.failed')}>{run.error}</Alert>}
          <RunResult run={run} />
        </>
      )}
    </AsyncView>
  );
}

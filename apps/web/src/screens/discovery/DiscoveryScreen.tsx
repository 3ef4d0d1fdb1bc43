import { useState } from 'react';
import { Button, Collapse, Group, MultiSelect, NumberInput, Paper, Select, SimpleGrid, Text, Title } from '@mantine/core';
import { api } from '../../api/client.ts';
import type { DiscoveryRunListItem, DiscoveryRunRequest } from '../../api/types.ts';
import { ErrorDetails } from '../../components/ErrorDetails.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { regionOptions, useRegions } from '../../lib/reference.ts';
import { navigate } from '../../lib/router.tsx';
import { useApi } from '../../lib/use-api.ts';
import { RunList } from './RunList.tsx';

/** «Анализ кластеров»: start a discovery run, list the runs, pick two to compare. */
export function DiscoveryScreen() {
  const { t, lang } = useI18n();
  const regions = useRegions();
  const runs = useApi<{ items: DiscoveryRunListItem[] }>('/api/discovery/runs');
  const [form, setForm] = useState<DiscoveryRunRequest>({ regions: [], resolution: 0.8, seed: 1 });
  const [advanced, setAdvanced] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  const [busy, setBusy] = useState(false);
  const [compare, setCompare] = useState<[string | null, string | null]>([null, null]);
  const set = (patch: Partial<DiscoveryRunRequest>) => setForm((f) => ({ ...f, ...patch }));
  const num = (v: string | number) => (typeof v === 'number' ? v : undefined);
  const start = async () => {
    setBusy(true);
    setError(null);
    try {
      const run = await api.post<{ id: number }>('/api/discovery/runs', form);
      navigate(`/discovery/${run.id}`);
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)));
      setBusy(false);
    }
  };
  const runOptions = (runs.data?.items ?? []).filter((r) => r.status === 'done').map((r) => ({ value: String(r.id), label: `№ ${r.id} · ${r.regionCodes.join(', ') || t('dash.country')}` }));
  return (
    <>
      <PageHeader title={t('ds.title')} subtitle={t('ds.subtitle')} />
      <Paper withBorder p="md" mb="md">
        <Title order={4} mb="sm">{t('ds.newRun')}</Title>
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          <MultiSelect label={t('ds.regions')} placeholder={t('dash.country')} searchable data={regionOptions(regions, lang)} value={form.regions ?? []} onChange={(v) => set({ regions: v })} data-testid="ds-regions" />
          <NumberInput label={t('ds.resolution')} description={t('ds.resolutionHint')} value={form.resolution} onChange={(v) => set({ resolution: num(v) })} min={0.05} max={100} step={0.1} decimalScale={2} />
          <NumberInput label={t('ds.seed')} description={t('ds.seedHint')} value={form.seed} onChange={(v) => set({ seed: num(v) })} min={0} allowDecimal={false} />
        </SimpleGrid>
        <Button variant="subtle" size="xs" mt="xs" onClick={() => setAdvanced((a) => !a)}>{t(advanced ? 'ds.hideAdvanced' : 'ds.advanced')}</Button>
        <Collapse expanded={advanced}>
          <SimpleGrid cols={{ base: 1, md: 3 }} mt="xs">
            <NumberInput label={t('ds.k')} description={t('ds.kHint')} value={form.k} placeholder="5" onChange={(v) => set({ k: num(v) })} min={0} max={100} allowDecimal={false} />
            <NumberInput label={t('ds.radius')} description={t('ds.radiusHint')} value={form.radiusKm} placeholder="30" onChange={(v) => set({ radiusKm: num(v) })} min={1} max={2000} />
            <NumberInput label={t('ds.alpha')} description={t('ds.alphaHint')} value={form.alpha} placeholder="0,3" onChange={(v) => set({ alpha: num(v) })} min={0} max={1} step={0.05} decimalScale={2} />
          </SimpleGrid>
        </Collapse>
        <Group mt="md"><Button onClick={start} loading={busy} data-testid="ds-start">{t('ds.start')}</Button></Group>
        {error && <ErrorDetails error={error} />}
      </Paper>
      <Paper withBorder p="md">
        <Group justify="space-between" mb="sm">
          <Title order={4}>{t('ds.runs')}</Title>
          <Group gap="xs">
            <Select size="xs" w={200} placeholder={t('ds.left')} data={runOptions} value={compare[0]} onChange={(v) => setCompare([v, compare[1]])} aria-label={t('ds.left')} />
            <Select size="xs" w={200} placeholder={t('ds.right')} data={runOptions} value={compare[1]} onChange={(v) => setCompare([compare[0], v])} aria-label={t('ds.right')} />
            <Button size="xs" variant="default" disabled={!compare[0] || !compare[1] || compare[0] === compare[1]} onClick={() => navigate(`/discovery/compare/${compare[0]}/${compare[1]}`)}>{t('ds.compare')}</Button>
          </Group>
        </Group>
        {runs.data ? <RunList runs={runs.data.items} /> : <Text c="dimmed" size="sm">{t('common.loading')}</Text>}
      </Paper>
    </>
  );
}

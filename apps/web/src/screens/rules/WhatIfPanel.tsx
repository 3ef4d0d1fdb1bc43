import { useState } from 'react';
import { Alert, Button, Checkbox, CloseButton, Group, ScrollArea, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { api } from '../../api/client.ts';
import type { ClusterProfile, WhatIfResult } from '../../api/types.ts';
import { RequirementTable } from '../../components/RequirementTable.tsx';
import { ErrorState } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { OrganisationPicker } from './OrganisationPicker.tsx';

/** «Что если»: the same check with organisations added and participants removed; changed rows are highlighted. */
export function WhatIfPanel({ cluster, asOf }: { cluster: ClusterProfile; asOf: string }) {
  const { t, label } = useI18n();
  const [added, setAdded] = useState<{ inn: string; name: string }[]>([]);
  const [removed, setRemoved] = useState<Set<string>>(new Set());
  const [result, setResult] = useState<WhatIfResult | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [busy, setBusy] = useState(false);
  const members = cluster.participantsDetailed.filter((p) => !p.leftOn);
  const taken = new Set([...members.map((p) => p.inn), ...added.map((a) => a.inn)]);
  const toggle = (inn: string) => setRemoved((s) => { const n = new Set(s); if (n.has(inn)) n.delete(inn); else n.add(inn); return n; });
  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      setResult(await api.post<WhatIfResult>(`/api/clusters/${cluster.id}/what-if${asOf ? `?asOf=${asOf}` : ''}`, { add: added.map((a) => a.inn), remove: [...removed] }));
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)));
    } finally {
      setBusy(false);
    }
  };
  const changes = new Map((result?.changes ?? []).map((c) => [c.id, c.from]));
  return (
    <Stack gap="sm" data-testid="what-if">
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Stack gap={6}>
          <Text fw={600} size="sm">{t('wi.add')}</Text>
          <OrganisationPicker testId="what-if-search" exclude={taken} onPick={(o) => setAdded((a) => [...a, { inn: o.inn, name: o.name }])} />
          {added.map((a) => (
            <Group key={a.inn} gap={4} data-testid="what-if-added"><Text size="sm">+ {a.name}</Text><CloseButton size="sm" aria-label={t('wi.undo')} onClick={() => setAdded((x) => x.filter((y) => y.inn !== a.inn))} /></Group>
          ))}
        </Stack>
        <Stack gap={6}>
          <Text fw={600} size="sm">{t('wi.remove')}</Text>
          <ScrollArea.Autosize mah={200} type="auto">
            {members.map((p) => <Checkbox key={p.inn} size="xs" mb={4} label={`${p.name} (${label('role', p.role)})`} checked={removed.has(p.inn)} onChange={() => toggle(p.inn)} />)}
          </ScrollArea.Autosize>
        </Stack>
      </SimpleGrid>
      <Group><Button onClick={run} loading={busy} disabled={added.length === 0 && removed.size === 0} data-testid="what-if-run">{t('wi.run')}</Button></Group>
      {error && <ErrorState error={error} />}
      {result && (
        <Stack gap="xs" data-testid="what-if-result">
          <Title order={5}>{t('wi.result')}</Title>
          {result.changes.length === 0 ? <Alert color="gray" py={6}>{t('wi.noChanges')}</Alert> : (
            <Alert color="blue" py={6} data-testid="what-if-changes">
              {result.changes.map((c) => <Text key={c.id} size="sm">{t('wi.change', { r: label('rqn', c.id), from: t(`rq.status.${c.from}`), to: t(`rq.status.${c.to}`) })}</Text>)}
            </Alert>
          )}
          <Text size="sm" fw={500}>{t(result.after.compliant ? 'rq.compliant' : 'rq.notCompliant')}</Text>
          <RequirementTable result={result.after} changes={changes} testId="what-if-requirements" />
        </Stack>
      )}
    </Stack>
  );
}

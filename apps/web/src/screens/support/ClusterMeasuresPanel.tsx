import { Table, Text } from '@mantine/core';
import type { ClusterMeasures } from '../../api/types.ts';
import { AsyncView } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useApi } from '../../lib/use-api.ts';
import { MeasureBadges, MeasureTitle } from './MeasureBadges.tsx';

type Outcome = ClusterMeasures['measures'][number]['fits'][number];

/** The conditions participants miss most often, so the reader sees why a measure does not reach them. */
function commonMissing(outcomes: Outcome[], lang: 'ru' | 'en'): string[] {
  const counts = new Map<string, number>();
  for (const o of outcomes) for (const c of o.conditions) if (c.met === false) counts.set(lang === 'en' ? c.en : c.ru, (counts.get(lang === 'en' ? c.en : c.ru) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([text, n]) => `${text} — ${n}`);
}

/** Measures across the participants of a cluster: who fits, and the missing conditions of the rest. */
export function ClusterMeasuresPanel({ clusterId }: { clusterId: number }) {
  const { t, lang } = useI18n();
  const state = useApi<ClusterMeasures>(`/api/clusters/${clusterId}/measures`);
  return (
    <AsyncView state={state}>
      {(data) => (
        <Table fz="sm" verticalSpacing="sm" data-testid="cluster-measures">
          <Table.Thead><Table.Tr><Table.Th>{t('ms.measure')}</Table.Th><Table.Th>{t('ms.fitsWho')}</Table.Th><Table.Th>{t('ms.missingWhy')}</Table.Th></Table.Tr></Table.Thead>
          <Table.Tbody>
            {data.measures.map((m) => (
              <Table.Tr key={m.measure.id} data-measure={m.measure.id}>
                <Table.Td w="35%"><MeasureTitle measure={m.measure} /><MeasureBadges measure={m.measure} /></Table.Td>
                <Table.Td><Text size="sm" fw={600}>{t('ms.participantsOf', { n: m.fits.length, total: m.fits.length + m.nonFits.length + m.undetermined.length })}</Text>
                  <Text size="xs" c="dimmed">{m.fits.slice(0, 4).map((f) => f.name).join(', ')}{m.fits.length > 4 ? '…' : ''}</Text></Table.Td>
                <Table.Td>{commonMissing(m.nonFits, lang).map((line) => <Text key={line} size="xs" c="red.8">✗ {line}</Text>)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </AsyncView>
  );
}

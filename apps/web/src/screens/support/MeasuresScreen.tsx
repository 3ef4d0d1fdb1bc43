import { useMemo } from 'react';
import { Group, Paper, SegmentedControl, Select, Table, Text } from '@mantine/core';
import type { SupportMeasure } from '../../api/types.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { AsyncView } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatDate } from '../../lib/format.ts';
import { RouterLink, setQuery, useLocation } from '../../lib/router.tsx';
import { useApi } from '../../lib/use-api.ts';
import { MeasureBadges, MeasureTitle } from './MeasureBadges.tsx';

const LEVELS = ['federal', 'regional', 'municipal'];

/** «Меры поддержки»: the catalogue, filtered by level and kind in the URL. */
export function MeasuresScreen() {
  const { t, label } = useI18n();
  const { query } = useLocation();
  const level = query.get('level') ?? '';
  const kind = query.get('kind');
  const state = useApi<{ items: SupportMeasure[] }>('/api/measures');
  const kinds = useMemo(() => [...new Set((state.data?.items ?? []).map((m) => m.kind))], [state.data]);
  return (
    <>
      <PageHeader title={t('ms.title')} subtitle={t('ms.subtitle')} actions={<RouterLink className="klaster-link" to="/subsidy">{t('nav.subsidy')}</RouterLink>} />
      <Group mb="md">
        <SegmentedControl size="xs" value={level} onChange={(v) => setQuery({ level: v })} data-testid="measure-level"
          data={[{ value: '', label: t('common.all') }, ...LEVELS.map((l) => ({ value: l, label: label('mLevel', l) }))]} />
        <Select size="xs" w={260} clearable placeholder={t('ms.anyKind')} aria-label={t('common.kind')} value={kind} onChange={(v) => setQuery({ kind: v })}
          data={kinds.map((k) => ({ value: k, label: label('mKind', k) }))} data-testid="measure-kind" />
      </Group>
      <AsyncView state={state}>
        {(data) => {
          const rows = data.items.filter((m) => (!level || m.level === level) && (!kind || m.kind === kind));
          return (
            <Paper withBorder p="md">
              <Table fz="sm" verticalSpacing="sm" data-testid="measure-table">
                <Table.Thead><Table.Tr><Table.Th>{t('ms.measure')}</Table.Th><Table.Th>{t('common.kind')}</Table.Th><Table.Th>{t('cl.validity')}</Table.Th></Table.Tr></Table.Thead>
                <Table.Tbody>
                  {rows.map((m) => (
                    <Table.Tr key={m.id} data-measure={m.id}>
                      <Table.Td><MeasureTitle measure={m} /></Table.Td>
                      <Table.Td><MeasureBadges measure={m} /></Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{m.validFrom || m.validTo ? `${formatDate(m.validFrom)} — ${formatDate(m.validTo)}` : '—'}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              <Text size="sm" c="dimmed" mt="sm" data-testid="table-total">{t('common.total', { n: rows.length })}</Text>
            </Paper>
          );
        }}
      </AsyncView>
    </>
  );
}

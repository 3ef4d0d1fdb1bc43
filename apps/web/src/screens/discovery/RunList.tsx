import { Badge, Progress, Table } from '@mantine/core';
import type { DiscoveryRunListItem } from '../../api/types.ts';
import { EmptyState } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { RouterLink } from '../../lib/router.tsx';

export const RUN_STATUS_COLOUR: Record<string, string> = { running: 'blue', done: 'green', failed: 'red' };

export function RunList({ runs }: { runs: DiscoveryRunListItem[] }) {
  const { t, label } = useI18n();
  if (runs.length === 0) return <EmptyState title={t('ds.noRuns')} hint={t('ds.noRunsHint')} />;
  return (
    <Table fz="sm" striped data-testid="ds-runs">
      <Table.Thead><Table.Tr><Table.Th>№</Table.Th><Table.Th>{t('common.status')}</Table.Th><Table.Th>{t('ds.regions')}</Table.Th><Table.Th>{t('ds.seed')}</Table.Th><Table.Th>{t('ds.candidates')}</Table.Th><Table.Th>{t('ds.started')}</Table.Th></Table.Tr></Table.Thead>
      <Table.Tbody>
        {runs.map((r) => (
          <Table.Tr key={r.id}>
            <Table.Td><RouterLink className="klaster-link" to={`/discovery/${r.id}`}>{t('ds.runNo', { n: r.id })}</RouterLink>{r.repeatOf != null && ` (${t('ds.repeatOf', { n: r.repeatOf })})`}</Table.Td>
            <Table.Td>{r.status === 'running' ? <Progress value={r.progress * 100} w={120} /> : <Badge color={RUN_STATUS_COLOUR[r.status]} variant="light" style={{ textTransform: 'none' }}>{label('runStatus', r.status)}</Badge>}</Table.Td>
            <Table.Td>{r.regionCodes.join(', ') || t('dash.country')}</Table.Td>
            <Table.Td>{r.seed}</Table.Td>
            <Table.Td>{r.candidates ?? '—'}</Table.Td>
            <Table.Td>{formatDateTime(r.startedAt)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

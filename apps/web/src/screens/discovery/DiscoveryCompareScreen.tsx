import { Alert, Badge, Group, Paper, Table, Text } from '@mantine/core';
import type { DiscoveryComparison } from '../../api/types.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { AsyncView } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatPercent } from '../../lib/format.ts';
import { RouterLink } from '../../lib/router.tsx';
import { useApi } from '../../lib/use-api.ts';

/** Two runs side by side: matched candidates with their Jaccard overlap and member changes, lost and new ones. */
export function DiscoveryCompareScreen({ left, right }: { left: number; right: number }) {
  const { t } = useI18n();
  const state = useApi<DiscoveryComparison>(`/api/discovery/runs/${left}/compare/${right}`);
  return (
    <>
      <PageHeader title={t('ds.compareTitle', { a: left, b: right })} actions={<RouterLink className="klaster-link" to="/discovery">{t('ds.allRuns')}</RouterLink>} />
      <AsyncView state={state}>
        {(c) => (
          <Paper withBorder p="md" data-testid="ds-compare">
            <Group gap="xs" mb="sm">
              <Badge color={c.sameData ? 'green' : 'yellow'} variant="light" style={{ textTransform: 'none' }}>{t(c.sameData ? 'ds.sameData' : 'ds.otherData')}</Badge>
              <Badge color={c.sameParams ? 'green' : 'yellow'} variant="light" style={{ textTransform: 'none' }}>{t(c.sameParams ? 'ds.sameParams' : 'ds.otherParams')}</Badge>
            </Group>
            <Table fz="sm" striped>
              <Table.Thead><Table.Tr><Table.Th>{t('ds.leftRank', { n: left })}</Table.Th><Table.Th>{t('ds.rightRank', { n: right })}</Table.Th><Table.Th>{t('ds.jaccard')}</Table.Th><Table.Th>{t('ds.added')}</Table.Th><Table.Th>{t('ds.removed')}</Table.Th></Table.Tr></Table.Thead>
              <Table.Tbody>
                {c.matched.map((m) => (
                  <Table.Tr key={`${m.left}-${m.right}`}>
                    <Table.Td>{m.left}</Table.Td><Table.Td>{m.right}</Table.Td><Table.Td>{formatPercent(m.jaccard)}</Table.Td>
                    <Table.Td>{m.added.length}</Table.Td><Table.Td>{m.removed.length}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {(c.lost.length > 0 || c.new.length > 0) && <Alert mt="sm" color="yellow" py={6}><Text size="sm">{t('ds.lostNew', { l: c.lost.join(', ') || '—', n: c.new.join(', ') || '—' })}</Text></Alert>}
          </Paper>
        )}
      </AsyncView>
    </>
  );
}

import { Alert, Badge, Button, Paper, Table, Text, Title } from '@mantine/core';
import { api } from '../../api/client.ts';
import type { ExpertConflict } from '../../api/expert-types.ts';
import { expertPaths } from '../../api/expert-types.ts';
import { AsyncView, errorText } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { WHOLE } from './ExpertBadges.tsx';
import { formatDate } from '../../lib/format.ts';
import { useApi } from '../../lib/use-api.ts';
import { useAction } from './use-action.ts';

/** The expert's conflict-of-interest declarations: in force or withdrawn (a withdrawn one stays on record). */
export function MyConflicts() {
  const { t, lang } = useI18n();
  const conflicts = useApi<{ items: ExpertConflict[] }>(expertPaths.conflicts);
  const withdraw = useAction((id: number) => api.delete<ExpertConflict>(`${expertPaths.conflicts}/${id}`));
  return (
    <Paper withBorder p="md" data-testid="my-conflicts">
      <Title order={5} mb={4}>{t('ex.myConflicts')}</Title>
      <Text size="sm" c="dimmed" mb="xs">{t('ex.myConflictsHint')}</Text>
      {withdraw.error && <Alert color="red" mb="xs" role="alert"><Text size="sm">{errorText(withdraw.error, lang)}</Text></Alert>}
      <AsyncView state={conflicts}>
        {(data) => data.items.length === 0 ? <Text size="sm" c="dimmed">{t('ex.noConflicts')}</Text> : (
          <Table fz="sm" data-testid="conflicts-table">
            <Table.Thead><Table.Tr><Table.Th>{t('ex.organisation')}</Table.Th><Table.Th>{t('ex.reason')}</Table.Th><Table.Th>{t('ex.declaredAt')}</Table.Th><Table.Th /></Table.Tr></Table.Thead>
            <Table.Tbody>
              {data.items.map((c) => (
                <Table.Tr key={c.id} data-testid="conflict-row">
                  <Table.Td>{c.organisationName}<Text span size="xs" c="dimmed"> · {t('common.inn')} {c.organisationInn}</Text></Table.Td>
                  <Table.Td>{c.reason}</Table.Td>
                  <Table.Td>{formatDate(c.declaredAt)}</Table.Td>
                  <Table.Td>
                    {c.withdrawnAt
                      ? <Badge size="sm" variant="light" color="gray" {...WHOLE}>{t('ex.withdrawnOn', { date: formatDate(c.withdrawnAt) })}</Badge>
                      : <Button size="compact-xs" variant="default" loading={withdraw.busy} onClick={async () => { if (await withdraw.run(c.id)) conflicts.reload(); }}>{t('ex.withdrawConflict')}</Button>}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </AsyncView>
    </Paper>
  );
}

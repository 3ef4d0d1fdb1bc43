import { Paper, SimpleGrid, Table, Text, Title } from '@mantine/core';
import type { SubsidyResult } from '../../api/types.ts';
import { StatCard } from '../../components/StatCard.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatDate, formatRub } from '../../lib/format.ts';

/** Eligible total, share, cap and amount, then per applicant, then every excluded cost with its reason. */
export function SubsidyResultView({ result }: { result: SubsidyResult }) {
  const { t, lang, label } = useI18n();
  return (
    <Paper withBorder p="md" mt="md" data-testid="subsidy-result">
      <Text size="sm" mb="sm">{t('sb.clusterLine', { name: result.cluster.name, n: result.cluster.participants })} · {t(result.cluster.compliant ? 'rq.compliant' : 'rq.notCompliant')} ({result.cluster.check})</Text>
      <SimpleGrid cols={{ base: 2, md: 4 }} mb="md">
        <StatCard testId="sb-eligible" label={t('sb.eligible')} value={formatRub(result.eligibleCosts, lang)} />
        <StatCard testId="sb-share" label={t('sb.share')} value={`${result.sharePercent} %`} />
        <StatCard testId="sb-cap" label={t('sb.cap')} value={result.capRub == null ? t('sb.noCap') : formatRub(result.capRub, lang)} hint={label('capPer', result.capPer)} />
        <StatCard testId="sb-amount" label={t('sb.result')} value={formatRub(result.amount, lang)} />
      </SimpleGrid>
      {result.byApplicant.length > 0 && <>
        <Title order={5} mb={4}>{t('sb.byApplicant')}</Title>
        <Table fz="sm" mb="md" data-testid="subsidy-applicants">
          <Table.Thead><Table.Tr><Table.Th>{t('sb.buyer')}</Table.Th><Table.Th ta="right">{t('sb.eligible')}</Table.Th><Table.Th ta="right">{t('sb.result')}</Table.Th></Table.Tr></Table.Thead>
          <Table.Tbody>{result.byApplicant.map((a) => <Table.Tr key={a.inn}><Table.Td>{a.inn}</Table.Td><Table.Td ta="right">{formatRub(a.eligibleCosts, lang)}</Table.Td><Table.Td ta="right">{formatRub(a.amount, lang)}</Table.Td></Table.Tr>)}</Table.Tbody>
        </Table>
      </>}
      <Title order={5} mb={4}>{t('sb.excluded', { n: result.excluded.length })}</Title>
      {result.excluded.length === 0 ? <Text size="sm" c="dimmed">—</Text> : (
        <Table fz="sm" data-testid="subsidy-excluded">
          <Table.Thead><Table.Tr><Table.Th>#</Table.Th><Table.Th>{t('sb.date')}</Table.Th><Table.Th>{t('sb.item')}</Table.Th><Table.Th ta="right">{t('sb.excludedAmount')}</Table.Th><Table.Th>{t('imp.reason')}</Table.Th></Table.Tr></Table.Thead>
          <Table.Tbody>
            {result.excluded.map((e) => (
              <Table.Tr key={`${e.index}-${e.reason}`} data-reason={e.reason}>
                <Table.Td>{e.index + 1}</Table.Td><Table.Td>{formatDate(e.cost.date)}</Table.Td><Table.Td>{label('costItem', e.cost.costItem)}</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{formatRub(e.excludedAmount, lang)}</Table.Td><Table.Td>{lang === 'en' ? e.messageEn : e.message}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}

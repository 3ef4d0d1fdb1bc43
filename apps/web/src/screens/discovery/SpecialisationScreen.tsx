import { Badge, Group, Paper, Select, SimpleGrid, Table, Text, Title } from '@mantine/core';
import type { GrowthResponse, LqResponse } from '../../api/types.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { AsyncView, EmptyState } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatInt, formatPercent } from '../../lib/format.ts';
import { regionOptions, useOkved, useRegions } from '../../lib/reference.ts';
import { setQuery, useLocation } from '../../lib/router.tsx';
import { useApi } from '../../lib/use-api.ts';

const lqFormat = new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 2 });
const SPEC_COLOUR: Record<string, string> = { strong: 'green', notable: 'yellow', none: 'gray' };

function LqTable({ region }: { region: string }) {
  const { t, lang, label } = useI18n();
  const okved = useOkved();
  const name = (code: string) => okved?.find((o) => o.code === code)?.name_ru ?? '';
  const state = useApi<LqResponse>('/api/analytics/lq', { region });
  return (
    <AsyncView state={state}>
      {(d) => {
        const rows = [...d.quotients].sort((a, b) => (b.lq ?? -1) - (a.lq ?? -1));
        return (
          <>
            <Text size="xs" c="dimmed" mb={4} data-testid="lq-reference">{d.referenceNote[lang]}</Text>
            <Text size="xs" c="dimmed" mb="sm" data-testid="lq-thresholds">{t('sp.thresholds', { s: lqFormat.format(d.thresholds.specialisationLq), n: lqFormat.format(d.thresholds.notableLq), top: formatPercent(d.thresholds.sizeTopShare), f: formatPercent(d.thresholds.focusTopShare) })}</Text>
            <Table fz="sm" striped data-testid="lq-table">
              <Table.Thead><Table.Tr><Table.Th>{t('sp.industry')}</Table.Th><Table.Th ta="right">{t('org.headcount')}</Table.Th><Table.Th ta="right">{t('sp.share')}</Table.Th><Table.Th ta="right">LQ</Table.Th><Table.Th>{t('sp.rating')}</Table.Th></Table.Tr></Table.Thead>
              <Table.Tbody>
                {rows.map((q) => (
                  <Table.Tr key={q.industry} data-specialisation={q.specialisation}>
                    <Table.Td><Text size="sm" fw={500} span>{q.industry}</Text> <Text size="xs" c="dimmed" span>{name(q.industry)}</Text></Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{formatInt(q.value)}</Table.Td><Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{formatPercent(q.territoryShare)}</Table.Td>
                    <Table.Td ta="right">{q.lq == null ? '—' : lqFormat.format(q.lq)}</Table.Td>
                    <Table.Td miw={170}><Group gap={4} wrap="nowrap"><Text c="yellow.7" aria-label={t('sp.stars', { n: q.stars.count })}>{'★'.repeat(q.stars.count)}{'☆'.repeat(3 - q.stars.count)}</Text>
                      <Badge size="sm" variant="light" color={SPEC_COLOUR[q.specialisation]} style={{ textTransform: 'none' }}>{label('spec', q.specialisation)}</Badge></Group></Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </>
        );
      }}
    </AsyncView>
  );
}

function Growth({ region }: { region: string }) {
  const { t } = useI18n();
  const state = useApi<GrowthResponse>('/api/analytics/growth', { region });
  return (
    <AsyncView state={state}>
      {(d) => d.opportunities.length === 0 ? <EmptyState title={t('sp.noGrowth')} /> : (
        <Table fz="sm" data-testid="growth-table">
          <Table.Thead><Table.Tr><Table.Th>{t('sp.industry')}</Table.Th><Table.Th ta="right">{t('sp.density')}</Table.Th><Table.Th ta="right">LQ</Table.Th><Table.Th>{t('sp.related')}</Table.Th><Table.Th>{t('sp.partners')}</Table.Th></Table.Tr></Table.Thead>
          <Table.Tbody>
            {d.opportunities.map((o) => (
              <Table.Tr key={o.industry}>
                <Table.Td fw={500}>{o.industry}</Table.Td><Table.Td ta="right">{lqFormat.format(o.density)}</Table.Td><Table.Td ta="right">{lqFormat.format(o.lq)}</Table.Td>
                <Table.Td>{o.relatedStrengths.join(', ')}</Table.Td>
                <Table.Td><Text size="xs">{o.partners.slice(0, 3).map((p) => `${p.name} (${t(p.role === 'buyer' ? 'org.buyer' : 'org.supplier').toLowerCase()})`).join('; ')}</Text></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </AsyncView>
  );
}

/** «Специализация региона»: location quotients with strength ratings and thresholds, and growth opportunities. */
export function SpecialisationScreen() {
  const { t, lang } = useI18n();
  const regions = useRegions();
  const { query } = useLocation();
  const region = query.get('region') ?? '40';
  return (
    <>
      <PageHeader title={t('sp.title')} subtitle={t('sp.subtitle')}
        actions={<Select aria-label={t('common.region')} data-testid="sp-region" w={300} searchable data={regionOptions(regions, lang)} value={region} onChange={(v) => setQuery({ region: v })} />} />
      <SimpleGrid cols={1} spacing="md">
        <Paper withBorder p="md"><Title order={4} mb="xs">{t('sp.lq')}</Title><LqTable key={region} region={region} /></Paper>
        <Paper withBorder p="md"><Title order={4} mb="xs">{t('sp.growth')}</Title><Text size="xs" c="dimmed" mb="sm">{t('sp.growthHint')}</Text><Growth key={region} region={region} /></Paper>
      </SimpleGrid>
    </>
  );
}

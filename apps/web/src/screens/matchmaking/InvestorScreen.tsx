import { Group, Paper, Progress, Select, Stack, Table, Text } from '@mantine/core';
import type { InvestorChain, InvestorChains } from '../../api/types.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { AsyncView, EmptyState } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatInt, formatPercent, formatRub } from '../../lib/format.ts';
import { regionOptions, useRegions } from '../../lib/reference.ts';
import { RouterLink, setQuery, useLocation } from '../../lib/router.tsx';
import { useApi } from '../../lib/use-api.ts';

const LIMITS = ['10', '15', '30', '50'];
/** The investor story of PRODUCT.md is Novosibirsk: the screen opens there. */
const DEFAULT_REGION = '54';

const NO_LINE = { borderBottom: 'none' } as const;

/** A chain: its figures in one row, and under it the sentence that explains the rank. */
function ChainRow({ c, region }: { c: InvestorChain; region: string }) {
  const { t, lang } = useI18n();
  return (
    <>
    <Table.Tr data-testid="chain-row" data-rank={c.rank} data-input={c.inputClass} data-opportunity={c.opportunity} data-local-suppliers={c.localSuppliers} style={NO_LINE}>
      <Table.Td fw={600}>{c.rank}</Table.Td>
      <Table.Td miw={230}>
        <Text size="sm" fw={600}>{c.inputClass} · {c.inputName ?? '—'}</Text>
        {c.topProducts.length > 0 && <Text size="xs" c="dimmed">{c.topProducts.join('; ')}</Text>}
      </Table.Td>
      <Table.Td miw={200}><Text size="sm">{c.buyerIndustry} · {c.buyerIndustryName ?? '—'}</Text><Text size="xs" c="dimmed">{t('mm.buyersN', { n: c.buyers })}</Text></Table.Td>
      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{formatRub(c.total, lang)}<Text size="xs" c="dimmed">{t('mm.yearOf', { y: c.year })}</Text></Table.Td>
      <Table.Td miw={150}>
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>{formatRub(c.fromOutside, lang)} · {formatPercent(c.outsideShare)}</Text>
        <Progress size={8} mt={4} value={c.outsideShare * 100} color="orange.5" aria-label={t('mm.fromOutside')} />
      </Table.Td>
      <Table.Td ta="right">
        <RouterLink className="klaster-link" to={`/matchmaking?tab=capabilities&region=${region}&okpd2=${c.inputClass}`}>{formatInt(c.localSuppliers)}</RouterLink>
        <Text size="xs" c="dimmed">{t('mm.outsideN', { n: c.outsideSuppliers })}</Text>
      </Table.Td>
      <Table.Td ta="right">
        {c.openNeeds > 0 ? <RouterLink className="klaster-link" to={`/matchmaking?region=${region}&okpd2=${c.inputClass}`}>{formatInt(c.openNeeds)}</RouterLink> : '0'}
        {c.openNeeds > 0 && <Text size="xs" c="dimmed">{formatRub(c.openNeedsVolume, lang)}</Text>}
        {c.importReplacingNeeds > 0 && <Text size="xs" c="red.7">{t('mm.importNeeds', { n: c.importReplacingNeeds })}</Text>}
      </Table.Td>
      <Table.Td ta="right" fw={600} style={{ whiteSpace: 'nowrap' }} data-testid="chain-opportunity">{formatRub(c.opportunity, lang)}</Table.Td>
    </Table.Tr>
    <Table.Tr>
      <Table.Td />
      <Table.Td colSpan={7} pt={0}><Text size="xs" c="dimmed" data-testid="chain-reason">{lang === 'en' ? c.reasonEn : c.reasonRu}</Text></Table.Td>
    </Table.Tr>
    </>
  );
}

/**
 * «Инвестору»: the production chains of a region an investor could enter — inputs the region's industries buy
 * from elsewhere, ranked by the market a local producer could take, with local suppliers and open needs.
 */
export function InvestorScreen() {
  const { t, lang } = useI18n();
  const regions = useRegions();
  const { query } = useLocation();
  const region = query.get('region') ?? DEFAULT_REGION;
  const limit = LIMITS.includes(query.get('limit') ?? '') ? query.get('limit')! : '15';
  const state = useApi<InvestorChains>('/api/investor/chains', { region, limit });
  return (
    <>
      <PageHeader title={t('mm.investorTitle')} subtitle={t('mm.investorSubtitle')}
        actions={<Group gap="sm">
          <Select aria-label={t('common.region')} data-testid="investor-region" w={300} searchable allowDeselect={false} data={regionOptions(regions, lang)} value={region} onChange={(v) => setQuery({ region: v })} />
          <Select aria-label={t('mm.limit')} w={80} allowDeselect={false} data={LIMITS} value={limit} onChange={(v) => setQuery({ limit: v === '15' ? null : v })} data-testid="investor-limit" />
        </Group>} />
      <AsyncView state={state}>
        {(d) => d.items.length === 0 ? <Paper withBorder p="md"><EmptyState title={t('mm.noChains')} hint={t('mm.noChainsHint')} /></Paper> : (
          <Paper withBorder p="md">
            <Stack gap={4} mb="sm">
              <Text size="sm" c="dimmed">{t('mm.investorHint')}</Text>
            </Stack>
            <Table.ScrollContainer minWidth={1000}>
              <Table fz="sm" verticalSpacing="sm" data-testid="chains-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>№</Table.Th><Table.Th>{t('mm.input')}</Table.Th><Table.Th>{t('mm.buyerIndustry')}</Table.Th><Table.Th ta="right">{t('mm.market')}</Table.Th>
                    <Table.Th>{t('mm.fromOutside')}</Table.Th><Table.Th ta="right">{t('mm.localSuppliers')}</Table.Th><Table.Th ta="right">{t('mm.openNeedsCol')}</Table.Th>
                    <Table.Th ta="right">{t('mm.opportunity')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>{d.items.map((c) => <ChainRow key={`${c.inputClass}-${c.buyerIndustry}`} c={c} region={d.region} />)}</Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Paper>
        )}
      </AsyncView>
    </>
  );
}

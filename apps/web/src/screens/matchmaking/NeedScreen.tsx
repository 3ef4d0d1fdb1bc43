import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { Need, SupplierRanking } from '../../api/types.ts';
import { DemoBadge } from '../../components/Badges.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { AsyncView } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatDate, formatInt } from '../../lib/format.ts';
import { useRegions } from '../../lib/reference.ts';
import { navigate, RouterLink, useLocation } from '../../lib/router.tsx';
import { useSession } from '../../lib/session.tsx';
import { useApi } from '../../lib/use-api.ts';
import { ContactRequestAction } from './ContactRequestAction.tsx';
import { Facts } from './Facts.tsx';
import { filtersFromQuery, filtersToApi, formatAmount, regionName } from './format-match.ts';
import { MatchFilters } from './MatchFilters.tsx';
import { RankedMatches, type RankedRow } from './RankedMatches.tsx';
import { mayListRequests, maySendFor } from './permissions.ts';
import { WeightsLegend } from './ScoreParts.tsx';
import { useContactRequests } from './use-contact-requests.ts';

type SupplierRow = RankedRow & { item: SupplierRanking['items'][number] };

export function NeedStatusBadges({ need, size = 'sm' }: { need: Need; size?: 'xs' | 'sm' }) {
  const { t, label } = useI18n();
  return (
    <>
      <Badge size={size} variant="light" color={need.status === 'open' ? 'green' : 'gray'} style={{ textTransform: 'none' }} data-testid="need-status">{label('mm.needStatus', need.status)}</Badge>
      {need.replacesImport && <Badge size={size} variant="light" color="red" style={{ textTransform: 'none' }} data-testid="replaces-import">{t('mm.replacesImport')}</Badge>}
      <DemoBadge show={need.isDemo} />
    </>
  );
}

function NeedFacts({ need }: { need: Need }) {
  const { t, lang } = useI18n();
  const regions = useRegions();
  return (
    <Facts testId="need-facts" rows={[
      { key: 'buyer', label: t('mm.buyer'), value: <RouterLink className="klaster-link" to={`/organisations/${need.buyerId}`}>{need.buyerName}</RouterLink> },
      { key: 'okpd2', label: t('mm.okpd2'), value: <Text ff="monospace" size="sm">{need.okpd2.join(', ')}</Text> },
      { key: 'volume', label: t('mm.volume'), value: formatAmount(need.volume, need.unit, lang) },
      { key: 'region', label: t('mm.deliveryRegion'), value: regionName(regions, need.deliveryRegion, lang) },
      { key: 'deadline', label: t('mm.deadline'), value: formatDate(need.deadline) },
    ]} />
  );
}

/** A need's page: its particulars and the suppliers ranked for it, every score component visible, with filters. */
export function NeedScreen({ id }: { id: number }) {
  const { t, lang } = useI18n();
  const regions = useRegions();
  const filters = filtersFromQuery(useLocation().query);
  const ranking = useApi<SupplierRanking>(`/api/needs/${id}/suppliers`, filtersToApi(filters));
  const { user } = useSession();
  const requests = useContactRequests(mayListRequests(user));
  return (
    <AsyncView state={ranking}>
      {({ need, items, stats }) => {
        const rows: SupplierRow[] = items.map((item) => ({
          id: item.capability.id, rank: item.rank, score: item.score, supplierSme: item.capability.smeCategory, item,
          capacityText: t('mm.capacityOf', { v: formatAmount(item.capability.capacity, item.capability.unit, lang) }),
          attributes: { 'data-supplier-inn': item.capability.supplierInn, 'data-sme': item.capability.smeCategory ?? '' },
        }));
        return (
          <>
            <PageHeader
              title={need.description || need.okpd2.join(', ')}
              subtitle={<>{t('mm.needOf')} <RouterLink className="klaster-link" to={`/organisations/${need.buyerId}`}>{need.buyerName}</RouterLink></>}
              badges={<NeedStatusBadges need={need} />}
              actions={<Button size="xs" variant="default" onClick={() => navigate('/matchmaking')}>{t('mm.backToLists')}</Button>}
            />
            <NeedFacts need={need} />
            <Paper withBorder p="md" mt="md">
              <Group justify="space-between" align="baseline" mb="xs">
                <Title order={4}>{t('mm.suppliers')}</Title>
                <Text size="xs" c="dimmed" data-testid="match-stats">{t('mm.stats', { scored: formatInt(stats.candidatesScored), matched: formatInt(stats.matched) })}</Text>
              </Group>
              <Stack gap="xs" mb="sm">
                <Text size="sm" c="dimmed">{t('mm.suppliersHint')}</Text>
                {items[0] && <WeightsLegend components={items[0].score.components} />}
              </Stack>
              <MatchFilters value={filters} smeLabel={t('mm.smeOnly')} />
              <RankedMatches
                testId="supplier-ranking" rows={rows} loading={ranking.loading} counterpartTitle={t('mm.supplier')}
                counterpart={({ item }) => (
                  <Stack gap={0} miw={170} maw={240}>
                    <Group gap={6} wrap="nowrap">
                      <RouterLink className="klaster-link" to={`/matchmaking/capabilities/${item.capability.id}`} data-testid="supplier-name">{item.capability.supplierName}</RouterLink>
                      <DemoBadge show={item.capability.isDemo} />
                    </Group>
                    <Text size="xs" c="dimmed" lineClamp={1}>{item.capability.description}</Text>
                    <Text size="xs" c="dimmed">{regionName(regions, item.capability.regionCode, lang)}</Text>
                  </Stack>
                )}
                action={maySendFor(user, need.buyerId) ? ({ item }) => (
                  <ContactRequestAction
                    body={{ needId: need.id, capabilityId: item.capability.id, fromOrganisationId: need.buyerId }}
                    fromName={need.buyerName} toName={item.capability.supplierName}
                    existing={requests.latest(need.id, item.capability.id)} onSent={requests.reload}
                  />
                ) : undefined}
              />
            </Paper>
          </>
        );
      }}
    </AsyncView>
  );
}

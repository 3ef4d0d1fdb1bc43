import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { Capability, NeedRanking } from '../../api/types.ts';
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
import { NeedStatusBadges } from './NeedScreen.tsx';
import { RankedMatches, type RankedRow } from './RankedMatches.tsx';
import { mayListRequests, maySendFor } from './permissions.ts';
import { WeightsLegend } from './ScoreParts.tsx';
import { useContactRequests } from './use-contact-requests.ts';

type NeedRow = RankedRow & { item: NeedRanking['items'][number] };

function CapabilityFacts({ capability }: { capability: Capability }) {
  const { t, lang, label } = useI18n();
  const regions = useRegions();
  return (
    <Facts testId="capability-facts" rows={[
      { key: 'supplier', label: t('mm.supplier'), value: <RouterLink className="klaster-link" to={`/organisations/${capability.supplierId}`}>{capability.supplierName}</RouterLink> },
      { key: 'okpd2', label: t('mm.okpd2'), value: <Text ff="monospace" size="sm">{capability.okpd2.join(', ')}</Text> },
      { key: 'capacity', label: t('mm.capacity'), value: formatAmount(capability.capacity, capability.unit, lang) },
      { key: 'region', label: t('common.region'), value: regionName(regions, capability.regionCode, lang) },
      { key: 'sme', label: t('org.sme'), value: label('sme', capability.smeCategory) },
    ]} />
  );
}

/** A supplier's capability and the open needs ranked for it: the same score, seen from the supplier's side. */
export function CapabilityScreen({ id }: { id: number }) {
  const { t, lang } = useI18n();
  const regions = useRegions();
  const filters = filtersFromQuery(useLocation().query);
  const ranking = useApi<NeedRanking>(`/api/capabilities/${id}/needs`, filtersToApi({ ...filters, smeOnly: false }));
  const { user } = useSession();
  const requests = useContactRequests(mayListRequests(user));
  return (
    <AsyncView state={ranking}>
      {({ capability, items, stats }) => {
        const rows: NeedRow[] = items.map((item) => ({
          id: item.need.id, rank: item.rank, score: item.score, supplierSme: capability.smeCategory, item,
          capacityText: t('mm.volumeOf', { v: formatAmount(item.need.volume, item.need.unit, lang) }),
          attributes: { 'data-buyer-inn': item.need.buyerInn },
        }));
        return (
          <>
            <PageHeader
              title={capability.description || capability.okpd2.join(', ')}
              subtitle={<>{t('mm.capabilityOf')} <RouterLink className="klaster-link" to={`/organisations/${capability.supplierId}`}>{capability.supplierName}</RouterLink></>}
              badges={<DemoBadge show={capability.isDemo} />}
              actions={<Button size="xs" variant="default" onClick={() => navigate('/matchmaking?tab=capabilities')}>{t('mm.backToLists')}</Button>}
            />
            <CapabilityFacts capability={capability} />
            <Paper withBorder p="md" mt="md">
              <Group justify="space-between" align="baseline" mb="xs">
                <Title order={4}>{t('mm.needsFor')}</Title>
                <Text size="xs" c="dimmed" data-testid="match-stats">{t('mm.stats', { scored: formatInt(stats.candidatesScored), matched: formatInt(stats.matched) })}</Text>
              </Group>
              <Stack gap="xs" mb="sm">
                <Text size="sm" c="dimmed">{t('mm.needsHint')}</Text>
                {items[0] && <WeightsLegend components={items[0].score.components} />}
              </Stack>
              <MatchFilters value={filters} />
              <RankedMatches
                testId="need-ranking" rows={rows} loading={ranking.loading} counterpartTitle={t('mm.need')}
                counterpart={({ item }) => (
                  <Stack gap={0} miw={170} maw={240}>
                    <Group gap={6} wrap="nowrap">
                      <RouterLink className="klaster-link" to={`/matchmaking/needs/${item.need.id}`} data-testid="need-name">{item.need.description || item.need.okpd2.join(', ')}</RouterLink>
                    </Group>
                    <Text size="xs" c="dimmed">{item.need.buyerName}</Text>
                    <Group gap={4}><NeedStatusBadges need={item.need} size="xs" /></Group>
                    <Text size="xs" c="dimmed">{regionName(regions, item.need.deliveryRegion, lang)} · {formatAmount(item.need.volume, item.need.unit, lang)} · {t('mm.until', { d: formatDate(item.need.deadline) })}</Text>
                  </Stack>
                )}
                action={maySendFor(user, capability.supplierId) ? ({ item }) => (
                  <ContactRequestAction
                    body={{ needId: item.need.id, capabilityId: capability.id, fromOrganisationId: capability.supplierId }}
                    fromName={capability.supplierName} toName={item.need.buyerName}
                    existing={requests.latest(item.need.id, capability.id)} onSent={requests.reload}
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

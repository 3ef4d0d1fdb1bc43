import { Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { OrganisationMeasuresPanel } from './support/OrganisationMeasuresPanel.tsx';
import type { OrganisationProfile } from '../api/types.ts';
import { ClusterStatusBadge, DemoBadge } from '../components/Badges.tsx';
import { HistoryTimeline } from '../components/HistoryTimeline.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { AsyncView } from '../components/States.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { formatInt, formatRub } from '../lib/format.ts';
import { navigate, RouterLink } from '../lib/router.tsx';
import { useApi } from '../lib/use-api.ts';
import { allows, ORGANISATION_EDITORS } from '../lib/access.ts';
import { useSession } from '../lib/session.tsx';
import { HistoryClosed, LinksClosed } from './account/LinksClosed.tsx';

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">{label}</Text>
      <Text size="sm" fw={500}>{children ?? '—'}</Text>
    </div>
  );
}

function Identifiers({ o }: { o: OrganisationProfile }) {
  const { t, label } = useI18n();
  return (
    <Paper withBorder p="md">
      <Title order={4} mb="sm">{t('org.identifiers')}</Title>
      <SimpleGrid cols={{ base: 2, md: 3 }} spacing="sm" data-testid="org-identifiers">
        <Field label={t('common.inn')}>{o.inn}</Field>
        <Field label={t('org.ogrn')}>{o.ogrn}</Field>
        <Field label={t('org.kpp')}>{o.kpp}</Field>
        <Field label={t('common.kind')}>{label('kind', o.kind)}</Field>
        <Field label={t('org.sme')}>{label('sme', o.smeCategory)}</Field>
        <Field label={t('org.okvedMain')}>{o.okvedMain}{o.okvedExtra.length ? ` (+ ${o.okvedExtra.join(', ')})` : ''}</Field>
        <Field label={t('common.region')}>{o.regionName}</Field>
        <Field label={t('org.municipality')}>{o.municipalityName}{o.oktmo ? ` · ${o.oktmo}` : ''}</Field>
        <Field label={t('org.coordinates')}>{o.lat != null && o.lon != null ? `${o.lat.toFixed(4)}, ${o.lon.toFixed(4)}` : null}</Field>
      </SimpleGrid>
      <Field label={t('org.address')}>{o.address}</Field>
    </Paper>
  );
}

function Years({ o }: { o: OrganisationProfile }) {
  const { t, lang } = useI18n();
  return (
    <Paper withBorder p="md">
      <Title order={4} mb="sm">{t('org.years')}</Title>
      {o.years.length === 0 ? <Text c="dimmed" size="sm">—</Text> : (
        <Table fz="sm" data-testid="org-years">
          <Table.Thead><Table.Tr><Table.Th>{t('org.year')}</Table.Th><Table.Th ta="right">{t('org.headcount')}</Table.Th><Table.Th ta="right">{t('org.revenue')}</Table.Th></Table.Tr></Table.Thead>
          <Table.Tbody>
            {[...o.years].sort((a, b) => b.year - a.year).map((y) => (
              <Table.Tr key={y.year}><Table.Td>{y.year}</Table.Td><Table.Td ta="right">{formatInt(y.headcount)}</Table.Td><Table.Td ta="right">{formatRub(y.revenue, lang)}</Table.Td></Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Title order={5} mt="md" mb={6}>{t('org.products')}</Title>
      {o.products.length === 0 ? <Text c="dimmed" size="sm">—</Text> : (
        <Stack gap={2}>{o.products.map((p) => <Text key={p.okpd2} size="sm"><Text span ff="monospace" c="dimmed">{p.okpd2}</Text> {p.name}</Text>)}</Stack>
      )}
    </Paper>
  );
}

function Clusters({ o }: { o: OrganisationProfile }) {
  const { t, label } = useI18n();
  return (
    <Paper withBorder p="md">
      <Title order={4} mb="sm">{t('org.clusters')}</Title>
      {o.clusters.length === 0 ? <Text c="dimmed" size="sm">—</Text> : (
        <Stack gap="xs">
          {o.clusters.map((c) => (
            <Group key={c.id} justify="space-between" wrap="nowrap">
              <div>
                <RouterLink className="klaster-link" to={`/clusters/${c.id}`}>{c.name}</RouterLink>
                <Text size="xs" c="dimmed">{t('org.role')}: {label('role', c.role)}</Text>
              </div>
              <ClusterStatusBadge status={c.status} />
            </Group>
          ))}
        </Stack>
      )}
    </Paper>
  );
}

function Links({ o }: { o: OrganisationProfile }) {
  const { t, label, lang } = useI18n();
  if (!o.topLinks || !o.linksOut || !o.linksIn) return <Paper withBorder p="md"><Title order={4} mb="sm">{t('org.links')}</Title><LinksClosed /></Paper>;
  const other = (id: number, name: string) => id === o.id ? <Text span fw={600} size="sm">{name}</Text> : <RouterLink className="klaster-link" to={`/organisations/${id}`}>{name}</RouterLink>;
  return (
    <Paper withBorder p="md">
      <Title order={4} mb={4}>{t('org.links')}</Title>
      <Text size="sm" c="dimmed">{t('org.linksOut', { n: o.linksOut.count, v: formatRub(o.linksOut.volume, lang) })} · {t('org.linksIn', { n: o.linksIn.count, v: formatRub(o.linksIn.volume, lang) })}</Text>
      <Table fz="sm" mt="sm" striped data-testid="org-links">
        <Table.Thead><Table.Tr><Table.Th>{t('org.supplier')}</Table.Th><Table.Th>{t('org.buyer')}</Table.Th><Table.Th>{t('org.product')}</Table.Th><Table.Th>{t('org.year')}</Table.Th><Table.Th ta="right">{t('org.volume')}</Table.Th><Table.Th>{t('org.source')}</Table.Th></Table.Tr></Table.Thead>
        <Table.Tbody>
          {o.topLinks.map((l) => (
            <Table.Tr key={l.id}>
              <Table.Td>{other(l.supplierId, l.supplierName)}</Table.Td><Table.Td>{other(l.buyerId, l.buyerName)}</Table.Td>
              <Table.Td>{l.product ?? l.okpd2}</Table.Td><Table.Td>{l.year}</Table.Td><Table.Td ta="right">{formatRub(l.volume, lang)}</Table.Td><Table.Td>{label('src', l.source)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

export function OrganisationProfileScreen({ id }: { id: number }) {
  const { t } = useI18n();
  const { user } = useSession();
  const profile = useApi<OrganisationProfile>(`/api/organisations/${id}`);
  return (
    <AsyncView state={profile}>
      {(o) => (
        <>
          <PageHeader title={o.name} subtitle={`${o.regionName}${o.municipalityName ? ' · ' + o.municipalityName : ''}`} badges={<DemoBadge show={o.isDemo} />}
            // The server opens the links of exactly the organisations a reader may edit (scope.ts canSeeOrganisationData).
            actions={o.topLinks && allows(ORGANISATION_EDITORS, user) ? <Button size="xs" variant="default" onClick={() => navigate(`/organisations/${o.id}/edit`)}>{t('org.edit')}</Button> : null} />
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md" mb="md">
            <Identifiers o={o} />
            <Stack gap="md"><Clusters o={o} /><Years o={o} /></Stack>
          </SimpleGrid>
          <Links o={o} />
          <OrganisationMeasuresPanel organisationId={o.id} />
          <Paper withBorder p="md" mt="md">
            <Title order={4} mb="sm">{t('org.history')}</Title>
            {o.topLinks ? <HistoryTimeline entity="organisation" entityId={o.id} /> : <HistoryClosed />}
          </Paper>
        </>
      )}
    </AsyncView>
  );
}

import { Badge, Group, List, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { ClusterParticipant, ClusterProfile } from '../../api/types.ts';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { StatCard } from '../../components/StatCard.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatDate, formatInt, formatPercent, formatRub } from '../../lib/format.ts';
import { RouterLink } from '../../lib/router.tsx';
import { useClientTable } from '../../lib/use-client-table.ts';

const SME = ['micro', 'small', 'medium'];

/** `innerVolume`: null while the links load, 'closed' when the reader may not see them. */
export function ClusterKpis({ cluster, innerVolume }: { cluster: ClusterProfile; innerVolume: number | null | 'closed' }) {
  const { t, lang } = useI18n();
  const members = cluster.participantsDetailed.filter((p) => !p.leftOn);
  const industrial = members.filter((p) => p.kind === 'industrial').length;
  const sme = members.filter((p) => p.smeCategory && SME.includes(p.smeCategory)).length;
  return (
    <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md" mb="md">
      <StatCard testId="kpi-participants" label={t('cl.participants')} value={formatInt(members.length)} />
      <StatCard testId="kpi-industrial" label={t('cl.industrial')} value={formatInt(industrial)} />
      <StatCard testId="kpi-sme" label={t('cl.smeShare')} value={formatPercent(members.length ? sme / members.length : null)} hint={`${sme} / ${members.length}`} />
      <StatCard testId="kpi-volume" label={t('cl.innerVolume')} value={innerVolume === 'closed' ? '—' : innerVolume == null ? '…' : formatRub(innerVolume, lang)} hint={innerVolume === 'closed' ? t('auth.linksClosed') : undefined} />
    </SimpleGrid>
  );
}

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Group gap="xs" align="flex-start" wrap="nowrap">
      <Text size="sm" c="dimmed" w={210} style={{ flexShrink: 0 }}>{label}</Text>
      <Text size="sm" style={{ flex: 1 }}>{children}</Text>
    </Group>
  );
}

export function ClusterFacts({ cluster, municipalityNames }: { cluster: ClusterProfile; municipalityNames: string[] }) {
  const { t } = useI18n();
  return (
    <Paper withBorder p="md">
      <Stack gap={8}>
        <Row label={t('cl.specialization')}>{cluster.specialization}</Row>
        <Row label={t('cl.specializedOrg')}>
          {cluster.specializedOrg ? <RouterLink className="klaster-link" to={`/organisations/${cluster.specializedOrg.id}`}>{cluster.specializedOrg.name}</RouterLink> : '—'}
        </Row>
        <Row label={t('cl.territory')}>{municipalityNames.length ? municipalityNames.join(', ') : cluster.regions.join(', ')}</Row>
        <Row label={t('cl.programme')}>{cluster.developmentProgrammeFrom ? `${formatDate(cluster.developmentProgrammeFrom)} — ${formatDate(cluster.developmentProgrammeTo)}` : '—'}</Row>
        <Row label={t('cl.registryDate')}>{formatDate(cluster.registryDecisionDate)}</Row>
      </Stack>
    </Paper>
  );
}

export function ParticipantsTable({ participants }: { participants: ClusterParticipant[] }) {
  const { t, label, lang } = useI18n();
  const table = useClientTable(participants, {
    name: (p) => p.name, role: (p) => p.role, municipality: (p) => p.municipalityName, headcount: (p) => p.headcount, revenue: (p) => p.revenue,
  }, 25, 'name');
  const columns: Column<ClusterParticipant>[] = [
    { key: 'name', title: t('common.name'), sortKey: 'name', render: (p) => <RouterLink className="klaster-link" to={`/organisations/${p.organisationId}`}>{p.name}</RouterLink> },
    { key: 'inn', title: t('common.inn'), render: (p) => <Text ff="monospace" size="sm">{p.inn}</Text> },
    { key: 'role', title: t('org.role'), sortKey: 'role', render: (p) => label('role', p.role) },
    { key: 'municipality', title: t('org.municipality'), sortKey: 'municipality', render: (p) => p.municipalityName ?? '—' },
    { key: 'okved', title: t('org.okved'), render: (p) => p.okvedMain },
    { key: 'sme', title: t('org.sme'), render: (p) => label('sme', p.smeCategory) },
    { key: 'headcount', title: t('org.headcount'), sortKey: 'headcount', align: 'right', render: (p) => formatInt(p.headcount) },
    { key: 'revenue', title: t('org.revenue'), sortKey: 'revenue', align: 'right', render: (p) => formatRub(p.revenue, lang) },
    { key: 'joined', title: t('cl.joined'), render: (p) => formatDate(p.joinedOn) },
  ];
  return <DataTable testId="participants-table" columns={columns} rows={table.rows} rowKey={(p) => p.organisationId} sort={table.sort} onSort={table.onSort} paging={table.paging} />;
}

export function Agreements({ cluster }: { cluster: ClusterProfile }) {
  const { t } = useI18n();
  const nameOf = (inn: string | null, name: string | null) =>
    name ?? cluster.participantsDetailed.find((p) => p.inn === inn)?.name ?? (cluster.specializedOrg?.inn === inn ? cluster.specializedOrg.name : null) ?? `${t('common.inn')} ${inn ?? '—'}`;
  if (cluster.agreements.length === 0) return <Text c="dimmed" size="sm">—</Text>;
  return (
    <Stack gap="md" data-testid="agreements">
      {cluster.agreements.map((a, i) => (
        <div key={i}>
          <Text fw={600} size="sm">{a.title}</Text>
          <Text size="xs" c="dimmed">№ {a.number ?? '—'} · {t('cl.signedOn', { d: formatDate(a.signedOn) })}</Text>
          <Text size="xs" c="dimmed" mt={6}>{t('cl.parties')}:</Text>
          <List size="sm" spacing={2} data-testid="agreement-parties">
            {a.parties.map((p, j) => <List.Item key={j}>{nameOf(p.inn, p.name)}</List.Item>)}
          </List>
        </div>
      ))}
    </Stack>
  );
}

export function Preferences({ cluster }: { cluster: ClusterProfile }) {
  const { t, label } = useI18n();
  const recipient = (inn: string | null) => (inn ? cluster.participantsDetailed.find((p) => p.inn === inn)?.name ?? inn : t('cl.allParticipants'));
  if (cluster.preferences.length === 0) return <Text c="dimmed" size="sm">—</Text>;
  return (
    <Table fz="sm" striped data-testid="preferences">
      <Table.Thead><Table.Tr><Table.Th>{t('common.kind')}</Table.Th><Table.Th>{t('cl.preference')}</Table.Th><Table.Th>{t('cl.recipient')}</Table.Th><Table.Th>{t('cl.grantedBy')}</Table.Th><Table.Th>{t('cl.validity')}</Table.Th></Table.Tr></Table.Thead>
      <Table.Tbody>
        {cluster.preferences.map((p, i) => (
          <Table.Tr key={i}>
            <Table.Td><Badge variant="light" style={{ textTransform: 'none' }}>{label('pref', p.kind)}</Badge></Table.Td>
            <Table.Td>{p.description}</Table.Td>
            <Table.Td>{recipient(p.inn)}</Table.Td>
            <Table.Td>{p.grantedBy}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(p.validFrom)} — {formatDate(p.validTo)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

export function Section({ title, children, testId }: { title: string; children: React.ReactNode; testId?: string }) {
  return (
    <Paper withBorder p="md" data-testid={testId}>
      <Title order={4} mb="sm">{title}</Title>
      {children}
    </Paper>
  );
}

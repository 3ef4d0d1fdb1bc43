import { Badge, Group, Paper, ScrollArea, Stack, Table, Text, Title } from '@mantine/core';
import type { ExpertApplicationVersion, FrozenPackage } from '../../api/expert-types.ts';
import { isFrozenPackage } from '../../api/expert-types.ts';
import { CheckSummary, RequirementTable } from '../../components/RequirementTable.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { WHOLE } from './ExpertBadges.tsx';
import { formatDate, formatDateTime } from '../../lib/format.ts';

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Group gap="xs" align="flex-start" wrap="nowrap">
      <Text size="sm" c="dimmed" w={230} style={{ flexShrink: 0 }}>{label}</Text>
      <Text size="sm" component="div" style={{ flex: 1 }}>{children}</Text>
    </Group>
  );
}

/**
 * The application version under review, read-only, as it was submitted: the cluster, the rules check of the
 * submission day, the participants, the documents and the applicant's letter. Nothing newer: an expert
 * scores what was submitted (the file is the same version, from the buttons above).
 */
export function FrozenVersionView({ version }: { version: ExpertApplicationVersion }) {
  const { t } = useI18n();
  const frozen = version.frozen;
  return (
    <Stack gap="md" data-testid="frozen-version" data-version={version.version}>
      <Text size="sm" c="dimmed">{t('ex.frozenNote', { version: version.version, at: formatDateTime(version.submittedAt) })}</Text>
      {isFrozenPackage(frozen) ? <PackageSections pkg={frozen} /> : <Text size="sm" c="dimmed" data-testid="not-a-package">{t('ex.notAPackage')}</Text>}
    </Stack>
  );
}

function PackageSections({ pkg }: { pkg: FrozenPackage }) {
  const { t, label, lang } = useI18n();
  const c = pkg.cluster;
  return (
    <>
      <Paper withBorder p="md">
        <Title order={5} mb="xs">{t('ex.pkgCluster')}</Title>
        <Stack gap={6}>
          <Fact label={t('ex.cluster')}>{c.name}</Fact>
          <Fact label={t('common.status')}>{label('clStatus', c.status)}</Fact>
          <Fact label={t('cl.specialization')}>{c.specialization}</Fact>
          <Fact label={t('cl.specializedOrg')}>{c.specializedOrganization ? `${c.specializedOrganization.name} · ${t('common.inn')} ${c.specializedOrganization.inn}` : '—'}</Fact>
          <Fact label={t('cl.programme')}>{c.developmentProgramme ? `${formatDate(c.developmentProgramme.from)} — ${formatDate(c.developmentProgramme.to)}` : '—'}</Fact>
          <Fact label={t('ex.pkgAgreements')}>{pkg.agreements.length ? pkg.agreements.map((a) => `${a.title}${a.number ? ` № ${a.number}` : ''}${a.signedOn ? ` (${formatDate(a.signedOn)})` : ''}`).join('; ') : '—'}</Fact>
          <Fact label={t('ex.pkgAsOf')}>{formatDate(pkg.asOf)}</Fact>
        </Stack>
      </Paper>
      <Paper withBorder p="md" data-testid="frozen-check">
        <Title order={5} mb="xs">{t('ex.pkgCheck')}</Title>
        <CheckSummary result={pkg.check} />
        <RequirementTable result={pkg.check} testId="frozen-requirements" />
      </Paper>
      <Paper withBorder p="md">
        <Title order={5} mb="xs">{t('ex.pkgParticipants', { n: pkg.participants.length })}</Title>
        <ScrollArea.Autosize mah={340} type="auto">
          <Table fz="xs" striped data-testid="frozen-participants">
            <Table.Thead><Table.Tr><Table.Th>{t('common.name')}</Table.Th><Table.Th>{t('common.inn')}</Table.Th><Table.Th>{t('ex.pkgRole')}</Table.Th><Table.Th>{t('ex.pkgOkved')}</Table.Th><Table.Th>{t('common.region')}</Table.Th></Table.Tr></Table.Thead>
            <Table.Tbody>
              {pkg.participants.map((p) => (
                <Table.Tr key={p.inn}><Table.Td>{p.name}</Table.Td><Table.Td>{p.inn}</Table.Td><Table.Td>{label('role', p.role)}</Table.Td><Table.Td>{p.okved}</Table.Td><Table.Td>{p.region}</Table.Td></Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea.Autosize>
      </Paper>
      <Paper withBorder p="md">
        <Title order={5} mb="xs">{t('ex.pkgDocuments')}</Title>
        <Table fz="sm" data-testid="frozen-documents">
          <Table.Tbody>
            {pkg.documents.map((d) => (
              <Table.Tr key={d.code}>
                <Table.Td>{lang === 'en' ? d.en : d.ru}</Table.Td>
                <Table.Td><Badge size="sm" variant="light" color={d.provided ? 'green' : 'red'} {...WHOLE}>{d.provided ? t('ex.pkgProvided') : t('ex.pkgMissing')}</Badge></Table.Td>
                <Table.Td>{d.title ?? '—'}{d.number ? ` № ${d.number}` : ''}{d.date ? ` (${formatDate(d.date)})` : ''}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
      <Paper withBorder p="md">
        <Title order={5} mb="xs">{t('ex.pkgLetter')}</Title>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="frozen-letter">{pkg.draft.coverLetter || '—'}</Text>
        {(pkg.draft.contactPerson || pkg.draft.contactEmail || pkg.draft.contactPhone) && (
          <Text size="xs" c="dimmed" mt="xs">{[pkg.draft.contactPerson, pkg.draft.contactEmail, pkg.draft.contactPhone].filter(Boolean).join(' · ')}</Text>
        )}
      </Paper>
    </>
  );
}

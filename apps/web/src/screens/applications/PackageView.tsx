import { Badge, Group, List, ScrollArea, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { ApplicationPackage } from '../../api/projects-types.ts';
import { CheckSummary } from '../../components/RequirementTable.tsx';
import { StatCard } from '../../components/StatCard.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatDate, formatDateTime, formatInt, formatRub } from '../../lib/format.ts';
import { RouterLink } from '../../lib/router.tsx';
import { Section } from '../cluster/ClusterSections.tsx';

/** A frozen version holds whatever was stored; only one with the package's sections is shown as a package. */
export function isPackage(frozen: unknown): frozen is ApplicationPackage {
  const f = frozen as Partial<ApplicationPackage> | null;
  return !!f && typeof f === 'object' && !!f.cluster && Array.isArray(f.participants) && Array.isArray(f.documents) && !!f.check && !!f.draft;
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Group gap="xs" align="flex-start" wrap="nowrap">
      <Text size="sm" c="dimmed" w={220} style={{ flexShrink: 0 }}>{label}</Text>
      <Text size="sm" component="div" style={{ flex: 1 }}>{children}</Text>
    </Group>
  );
}

function Documents({ pkg }: { pkg: ApplicationPackage }) {
  const { t, lang } = useI18n();
  return (
    <Table fz="sm" data-testid="package-documents">
      <Table.Thead><Table.Tr><Table.Th>{t('ap.document')}</Table.Th><Table.Th>{t('ap.provided')}</Table.Th><Table.Th>{t('ap.docTitle')}</Table.Th><Table.Th>{t('ap.docNumber')}</Table.Th><Table.Th>{t('ap.docDate')}</Table.Th></Table.Tr></Table.Thead>
      <Table.Tbody>
        {pkg.documents.map((d) => (
          <Table.Tr key={d.code} data-code={d.code} data-provided={d.provided}>
            <Table.Td>{lang === 'en' ? d.en : d.ru}{d.source === 'generated' && <Text span size="xs" c="dimmed"> · {t('ap.generated')}</Text>}</Table.Td>
            <Table.Td><Badge size="sm" variant="light" color={d.provided ? 'green' : 'red'} style={{ textTransform: 'none' }}>{d.provided ? t('ap.yesProvided') : t('ap.notProvided')}</Badge></Table.Td>
            <Table.Td>{d.title ?? '—'}</Table.Td><Table.Td>{d.number ?? '—'}</Table.Td><Table.Td>{formatDate(d.date)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function Participants({ pkg }: { pkg: ApplicationPackage }) {
  const { t, label } = useI18n();
  return (
    <ScrollArea.Autosize mah={320} type="auto">
      <Table fz="xs" striped data-testid="package-participants">
        <Table.Thead><Table.Tr><Table.Th>{t('common.name')}</Table.Th><Table.Th>{t('common.inn')}</Table.Th><Table.Th>{t('pj.role')}</Table.Th><Table.Th>{t('ap.okved')}</Table.Th><Table.Th>{t('common.region')}</Table.Th><Table.Th>{t('common.status')}</Table.Th></Table.Tr></Table.Thead>
        <Table.Tbody>
          {pkg.participants.map((p) => (
            <Table.Tr key={p.inn}><Table.Td>{p.name}</Table.Td><Table.Td>{p.inn}</Table.Td><Table.Td>{label('role', p.role)}</Table.Td><Table.Td>{p.okved}</Table.Td><Table.Td>{p.region}</Table.Td><Table.Td>{label('apParticipant', p.status)}</Table.Td></Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  );
}

/**
 * An application package as the commission reads it: the cluster, the pp779 check, for a subsidy the project
 * and its pp41 calculation, the participants, the documents and the applicant's contacts and letter. The same
 * view shows the package assembled now and a frozen version.
 */
export function PackageView({ pkg }: { pkg: ApplicationPackage }) {
  const { t, label, lang } = useI18n();
  const c = pkg.cluster;
  const failing = pkg.check.requirements.filter((r) => r.status === 'fail');
  return (
    <Stack gap="md" data-testid="package-view">
      {pkg.project && pkg.subsidy && (
        <SimpleGrid cols={{ base: 2, md: 4 }}>
          <StatCard testId="package-budget" label={t('pj.budget')} value={formatRub(pkg.subsidy.budget.total, lang)} />
          <StatCard testId="package-subsidy" label={t('pj.subsidyClaimed')} value={formatRub(pkg.subsidy.subsidy.amount, lang)} hint={pkg.subsidy.subsidy.ruleset} />
          <StatCard label={t('pj.participants')} value={formatInt(pkg.project.participants.length)} />
          <StatCard label={t('pj.jobs')} value={formatInt(pkg.project.resultsSummary.jobs)} />
        </SimpleGrid>
      )}
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <Section title={t('ap.packageCluster')} testId="package-cluster">
          <Stack gap={6}>
            <Fact label={t('pj.cluster')}><RouterLink className="klaster-link" to={`/clusters/${c.id}`}>{c.name}</RouterLink></Fact>
            <Fact label={t('common.status')}>{label('clStatus', c.status)}</Fact>
            <Fact label={t('cl.specialization')}>{c.specialization}</Fact>
            <Fact label={t('cl.specializedOrg')}>{c.specializedOrganization ? `${c.specializedOrganization.name} · ${c.specializedOrganization.inn}` : '—'}</Fact>
            <Fact label={t('cl.programme')}>{c.developmentProgramme ? `${formatDate(c.developmentProgramme.from)} — ${formatDate(c.developmentProgramme.to)}` : '—'}</Fact>
            <Fact label={t('ap.agreements')}>{pkg.agreements.length ? pkg.agreements.map((a) => `${a.title}${a.number ? ` № ${a.number}` : ''}${a.signedOn ? ` (${formatDate(a.signedOn)})` : ''}`).join('; ') : '—'}</Fact>
            <Fact label={t('ap.assembled')}>{t('ap.assembledLine', { at: formatDateTime(pkg.assembledAt), asOf: formatDate(pkg.asOf) })}</Fact>
          </Stack>
        </Section>
        <Section title={t('ap.packageCheck')} testId="package-check">
          <CheckSummary result={pkg.check} />
          {failing.length > 0
            ? <List size="sm">{failing.map((r) => <List.Item key={r.id}>{lang === 'en' ? r.messageEn : r.message}</List.Item>)}</List>
            : <Text size="sm" c="dimmed">{t('ap.checkAllPass')}</Text>}
        </Section>
      </SimpleGrid>
      {pkg.project && (
        <Section title={t('ap.packageProject')} testId="package-project">
          <Stack gap={6}>
            <Fact label={t('pj.project')}><RouterLink className="klaster-link" to={`/projects/${pkg.project.id}`}>{pkg.project.title}</RouterLink></Fact>
            <Fact label={t('pj.okpd2')}>{t('pj.productLine', { code: pkg.project.product.okpd2, name: pkg.project.product.name })}</Fact>
            <Fact label={t('pj.participants')}>{pkg.project.participants.map((p) => p.name).join(', ')}</Fact>
            {pkg.subsidy && <Fact label={t('pj.subsidySection')}>{t('pj.subsidyLine', { amount: formatRub(pkg.subsidy.subsidy.amount, lang), share: `${Math.round(pkg.subsidy.shareOfBudget * 1000) / 10} %`, budget: formatRub(pkg.subsidy.budget.total, lang), date: formatDate(pkg.subsidy.asOf) })}</Fact>}
            {pkg.subsidy && pkg.subsidy.subsidy.excluded.length > 0 && (
              <Fact label={t('ap.excluded')}>
                <List size="sm">{pkg.subsidy.subsidy.excluded.map((e) => <List.Item key={`${e.index}-${e.reason}`}>{formatRub(e.excludedAmount, lang)}: {lang === 'en' ? e.messageEn : e.message}</List.Item>)}</List>
              </Fact>
            )}
          </Stack>
        </Section>
      )}
      <Section title={t('ap.documents')} testId="package-documents-section"><Documents pkg={pkg} /></Section>
      <Section title={t('ap.packageParticipants', { n: pkg.participants.length })}><Participants pkg={pkg} /></Section>
      <Section title={t('ap.applicant')} testId="package-draft">
        <Stack gap={6}>
          <Fact label={t('ap.contactPerson')}>{pkg.draft.contactPerson || '—'}</Fact>
          <Fact label={t('ap.contactEmail')}>{pkg.draft.contactEmail || '—'}</Fact>
          <Fact label={t('ap.contactPhone')}>{pkg.draft.contactPhone || '—'}</Fact>
          <Fact label={t('ap.coverLetter')}><span style={{ whiteSpace: 'pre-wrap' }}>{pkg.draft.coverLetter || '—'}</span></Fact>
        </Stack>
      </Section>
      <Title order={6} c="dimmed" fw={400}>{t('ap.packageNote')}</Title>
    </Stack>
  );
}

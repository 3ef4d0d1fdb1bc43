import { useState } from 'react';
import { Alert, Button, Group, Modal, SimpleGrid, Stack, Text } from '@mantine/core';
import { api } from '../../api/client.ts';
import type { ClusterProfile } from '../../api/types.ts';
import type { Project, ProjectSubsidy } from '../../api/projects-types.ts';
import { DemoBadge } from '../../components/Badges.tsx';
import { HistoryTimeline } from '../../components/HistoryTimeline.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { StatCard } from '../../components/StatCard.tsx';
import { errorText } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatDateTime, formatInt, formatRub } from '../../lib/format.ts';
import { navigate, RouterLink } from '../../lib/router.tsx';
import { useSession } from '../../lib/session.tsx';
import { useApi } from '../../lib/use-api.ts';
import { HistoryClosed } from '../account/LinksClosed.tsx';
import { Section } from '../cluster/ClusterSections.tsx';
import { mayManageCluster } from '../matchmaking/permissions.ts';
import { ClusterApplications } from '../applications/ClusterApplications.tsx';
import { ProjectStatusBadge } from './ProjectBadges.tsx';
import { projectEditable } from './project-permissions.ts';
import { BudgetLinesTable, BudgetMatrixTable, ParticipantsSection, ResultsSection, StagesSection } from './ProjectSections.tsx';
import { ProjectStatusPanel } from './ProjectStatusPanel.tsx';
import { ProjectSubsidyPanel } from './ProjectSubsidyPanel.tsx';
import { RemoteView } from './RemoteView.tsx';

/** «Удалить» a draft (soft delete on the server), after a confirmation. */
function DeleteDraft({ project }: { project: Project }) {
  const { t, lang } = useI18n();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  const remove = async () => {
    setBusy(true);
    setError(null);
    try {
      await api.delete(`/api/projects/${project.id}`);
      navigate(`/clusters/${project.clusterId}?tab=projects`);
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)));
      setBusy(false);
    }
  };
  return (
    <>
      <Button size="xs" variant="default" color="red" onClick={() => setOpen(true)} data-testid="project-delete">{t('pj.delete')}</Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('pj.deleteTitle')}>
        <Stack gap="sm">
          <Text size="sm">{t('pj.deleteHint', { title: project.title })}</Text>
          {error && <Alert color="red" role="alert">{errorText(error, lang)}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)}>{t('common.cancel')}</Button>
            <Button color="red" loading={busy} onClick={() => void remove()} data-testid="project-delete-confirm">{t('pj.delete')}</Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

function Kpis({ project }: { project: Project }) {
  const { t, lang } = useI18n();
  // the same request as the subsidy panel below: useApi shares nothing, but the figure belongs on top too
  const subsidy = useApi<ProjectSubsidy>(`/api/projects/${project.id}/subsidy`);
  return (
    <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md" mb="md">
      <StatCard testId="kpi-budget" label={t('pj.budget')} value={formatRub(project.budgetSummary.total, lang)} />
      <StatCard testId="kpi-subsidy" label={t('pj.subsidyClaimed')} value={subsidy.data ? formatRub(subsidy.data.subsidy.amount, lang) : '…'} hint={subsidy.data ? project.subsidyRuleset : undefined} />
      <StatCard testId="kpi-participants" label={t('pj.participants')} value={formatInt(project.participants.length)} />
      <StatCard testId="kpi-jobs" label={t('pj.jobs')} value={formatInt(project.resultsSummary.jobs)} hint={t('pj.importSubstitutionHint', { amount: formatRub(project.resultsSummary.importSubstitution, lang) })} />
    </SimpleGrid>
  );
}

function ProjectBody({ initial, cluster }: { initial: Project; cluster: ClusterProfile | null }) {
  const { t } = useI18n();
  const { user } = useSession();
  const [project, setProject] = useState(initial);
  const manages = !!cluster && mayManageCluster(user, cluster);
  const editable = manages && projectEditable(project.status);
  return (
    <>
      <PageHeader
        title={project.title}
        badges={<><ProjectStatusBadge status={project.status} /><DemoBadge show={project.isDemo} /></>}
        subtitle={<>
          <RouterLink className="klaster-link" to={`/clusters/${project.clusterId}?tab=projects`}>{project.clusterName}</RouterLink>
          {' · '}{t('pj.productLine', { code: project.product.okpd2, name: project.product.name })}
        </>}
        actions={editable ? <><Button size="xs" onClick={() => navigate(`/projects/${project.id}/edit`)} data-testid="project-edit">{t('pj.edit')}</Button><DeleteDraft project={project} /></> : undefined}
      />
      {project.description && <Text size="sm" mb="md" style={{ whiteSpace: 'pre-wrap' }}>{project.description}</Text>}
      <Kpis key={project.version} project={project} />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md" mb="md">
        <Section title={t('pj.participantsSection', { n: project.participants.length })} testId="section-participants"><ParticipantsSection project={project} /></Section>
        <Section title={t('pj.stages')} testId="section-stages"><StagesSection project={project} /></Section>
      </SimpleGrid>
      <Stack gap="md">
        <Section title={t('pj.budgetSection')} testId="section-budget">
          <BudgetMatrixTable project={project} />
          <Text size="sm" fw={600} mt="md" mb={4}>{t('pj.budgetLines', { n: project.budget.length })}</Text>
          <BudgetLinesTable project={project} />
        </Section>
        <Section title={t('pj.results')} testId="section-results"><ResultsSection project={project} /></Section>
        <Section title={t('pj.subsidySection')} testId="section-subsidy"><ProjectSubsidyPanel key={project.version} project={project} /></Section>
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
          <Section title={t('pj.statusSection')} testId="section-status"><ProjectStatusPanel project={project} manages={manages} onChanged={setProject} /></Section>
          <Section title={t('pj.record')} testId="section-record">
            <Stack gap={4}>
              <Text size="sm">{t('pj.recordVersion', { v: project.version })}</Text>
              <Text size="sm">{t('pj.recordCreated', { at: formatDateTime(project.createdAt), by: project.createdBy })}</Text>
              <Text size="sm">{t('pj.recordUpdated', { at: formatDateTime(project.updatedAt) })}</Text>
            </Stack>
          </Section>
        </SimpleGrid>
        {user && cluster && <Section title={t('ap.ofProject')} testId="section-applications"><ClusterApplications cluster={cluster} project={{ id: project.id, title: project.title }} /></Section>}
        {/* the project's readers read its history too (GET /api/history, signed in): the public is told it is closed */}
        <Section title={t('org.history')} testId="section-history">{user ? <HistoryTimeline key={project.version} entity="project" entityId={project.id} /> : <HistoryClosed />}</Section>
      </Stack>
    </>
  );
}

/** The profile of a joint project; the cluster (for who manages it) is read once the project names it. */
export function ProjectProfileScreen({ id }: { id: number }) {
  const { t } = useI18n();
  const project = useApi<Project>(`/api/projects/${id}`);
  const cluster = useApi<ClusterProfile>(project.data ? `/api/clusters/${project.data.clusterId}` : null);
  return (
    <RemoteView state={project} notFound={{ title: t('pj.notFound', { id }), back: { label: t('pj.toList'), to: '/projects' } }}>
      {(p) => <ProjectBody key={`${p.id}-${p.version}`} initial={p} cluster={cluster.data} />}
    </RemoteView>
  );
}

import { useEffect, useMemo, useState } from 'react';
import { Alert, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { api, ApiError, type ApiErrorDetail } from '../../api/client.ts';
import type { ClusterProfile, RuleSetSummary } from '../../api/types.ts';
import type { Project } from '../../api/projects-types.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { errorText } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { navigate, RouterLink, useLocation } from '../../lib/router.tsx';
import { useApi } from '../../lib/use-api.ts';
import { bodyFromForm, emptyForm, formFieldKeys, formFromProject, missingFields, placeErrors, type ProjectForm } from './project-form.ts';
import { projectEditable } from './project-permissions.ts';
import { BudgetEditor, MainFields, ParticipantsFields, ResultsEditor, StagesEditor } from './ProjectFormSections.tsx';
import { RemoteView } from './RemoteView.tsx';

/** Participants of the cluster today (the server accepts no one else), plus any the project already names. */
function participantOptions(cluster: ClusterProfile, keep: readonly string[]): { value: string; label: string }[] {
  const today = new Date().toISOString().slice(0, 10);
  return cluster.participantsDetailed
    .filter((p) => keep.includes(p.inn) || ((!p.joinedOn || p.joinedOn <= today) && (!p.leftOn || p.leftOn > today)))
    .map((p) => ({ value: p.inn, label: `${p.name} · ${p.inn}` }))
    .sort((a, b) => a.label.localeCompare(b.label, 'ru'));
}

interface Refusal { message: string; byField: Record<string, string>; unplaced: ApiErrorDetail[] }

function FormBody({ cluster, existing }: { cluster: ClusterProfile; existing: Project | null }) {
  const { t, lang } = useI18n();
  const [form, setForm] = useState<ProjectForm>(() => (existing ? formFromProject(existing) : emptyForm()));
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [saving, setSaving] = useState(false);
  const rulesets = useApi<{ items: RuleSetSummary[] }>('/api/rulesets');
  const rulesetOptions = (rulesets.data?.items ?? []).filter((r) => r.id === 'pp41')
    .map((r) => ({ value: r.ref, label: `${r.ref} — ${r.title[lang]}${r.inForce ? ` (${t('sb.inForce')})` : ''}` }));
  // the project's own version stays choosable even before the list arrives
  if (!rulesetOptions.some((o) => o.value === form.subsidyRuleset)) rulesetOptions.push({ value: form.subsidyRuleset, label: form.subsidyRuleset });
  const options = useMemo(() => participantOptions(cluster, existing?.participants.map((p) => p.inn) ?? []), [cluster, existing]);
  const names = useMemo(() => new Map(cluster.participantsDetailed.map((p) => [p.inn, p.name])), [cluster]);
  const err = (key: string) => refusal?.byField[key];
  // after a refusal, bring the first field at fault into view (the form is long); else the summary above it
  useEffect(() => {
    if (!refusal) return;
    const target = document.querySelector('[data-testid="project-form"] [data-testid^="error-"]') ?? document.querySelector('[data-testid="form-error"]');
    target?.scrollIntoView({ block: 'center' });
  }, [refusal]);

  const save = async () => {
    const missing = missingFields(form);
    if (missing.length) {
      setRefusal({ message: t('pj.fillRequired'), byField: Object.fromEntries(missing.map((k) => [k, t('pj.required')])), unplaced: [] });
      return;
    }
    setSaving(true);
    setRefusal(null);
    try {
      const body = bodyFromForm(form);
      const saved = existing ? await api.put<Project>(`/api/projects/${existing.id}`, body) : await api.post<Project>(`/api/clusters/${cluster.id}/projects`, body);
      navigate(`/projects/${saved.id}`);
    } catch (e) {
      const error = e instanceof Error ? e : new Error(String(e));
      const keys = formFieldKeys(form);
      const placed = error instanceof ApiError ? placeErrors(error.details, lang, (k) => keys.has(k)) : { byField: {}, unplaced: [] };
      setRefusal({ message: errorText(error, lang), ...placed });
    } finally {
      setSaving(false);
    }
  };
  const section = (title: string, testId: string, children: React.ReactNode) => (
    <Paper withBorder p="md" data-testid={testId}><Title order={4} mb="sm">{title}</Title>{children}</Paper>
  );
  const props = { form, set: setForm, err };
  return (
    <form onSubmit={(e) => { e.preventDefault(); void save(); }} data-testid="project-form" noValidate>
      <Stack gap="md">
        {refusal && (
          <Alert color="red" role="alert" data-testid="form-error" title={t('pj.refused')}>
            <Text size="sm">{refusal.message}</Text>
            {refusal.unplaced.length > 0 && (
              <List size="sm" mt={4}>{refusal.unplaced.map((d, i) => <List.Item key={i} data-testid="error-detail">{lang === 'en' && d.messageEn ? d.messageEn : d.message}</List.Item>)}</List>
            )}
          </Alert>
        )}
        {section(t('pj.main'), 'pf-main', <MainFields {...props} rulesets={rulesetOptions} />)}
        {section(t('pj.participants'), 'pf-participants-section', <ParticipantsFields {...props} options={options} />)}
        {section(t('pj.stages'), 'pf-stages-section', <StagesEditor {...props} />)}
        {section(t('pj.budgetSection'), 'pf-budget-section', <BudgetEditor {...props} names={names} />)}
        {section(t('pj.results'), 'pf-results-section', <ResultsEditor {...props} />)}
        <Group>
          <Button type="submit" loading={saving} data-testid="pf-save">{existing ? t('common.save') : t('pj.create')}</Button>
          <Button variant="default" onClick={() => navigate(existing ? `/projects/${existing.id}` : `/clusters/${cluster.id}?tab=projects`)}>{t('common.cancel')}</Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The form once the cluster is known; a project that is no longer a draft is not offered for editing. */
function WithCluster({ clusterId, existing }: { clusterId: number; existing: Project | null }) {
  const { t } = useI18n();
  const cluster = useApi<ClusterProfile>(`/api/clusters/${clusterId}`);
  const title = existing ? t('pj.editTitle') : t('pj.newTitle');
  return (
    <RemoteView state={cluster} notFound={{ title: t('pj.clusterNotFound'), back: { label: t('pj.toList'), to: '/projects' } }}>
      {(c) => (
        <>
          <PageHeader title={title} subtitle={<>{t('pj.formCluster')} <RouterLink className="klaster-link" to={`/clusters/${c.id}`}>{c.name}</RouterLink>{existing ? ` · ${existing.title}` : ''}</>} />
          {existing && !projectEditable(existing.status)
            ? <Alert color="orange" data-testid="not-editable">{t('pj.notEditable')} <RouterLink className="klaster-link" to={`/projects/${existing.id}`}>{t('pj.backToProject')}</RouterLink></Alert>
            : <FormBody cluster={c} existing={existing} />}
        </>
      )}
    </RemoteView>
  );
}

/** /projects/new?cluster=ID and /projects/:id/edit. */
export function ProjectFormScreen({ id }: { id?: number }) {
  const { t } = useI18n();
  const { query } = useLocation();
  const existing = useApi<Project>(id ? `/api/projects/${id}` : null);
  if (id) {
    return (
      <RemoteView state={existing} notFound={{ title: t('pj.notFound', { id }), back: { label: t('pj.toList'), to: '/projects' } }}>
        {(p) => <WithCluster key={p.id} clusterId={p.clusterId} existing={p} />}
      </RemoteView>
    );
  }
  const clusterId = Number(query.get('cluster'));
  if (!Number.isInteger(clusterId) || clusterId <= 0) {
    return <Alert color="orange" data-testid="no-cluster">{t('pj.noCluster')} <RouterLink className="klaster-link" to="/projects">{t('pj.toList')}</RouterLink></Alert>;
  }
  return <WithCluster key={clusterId} clusterId={clusterId} existing={null} />;
}

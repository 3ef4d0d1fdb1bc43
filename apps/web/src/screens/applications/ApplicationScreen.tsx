import { useMemo, useState } from 'react';
import { Alert, Button, Grid, Group, List, Modal, Space, Stack, Text } from '@mantine/core';
import { api, ApiError, type ApiErrorDetail } from '../../api/client.ts';
import type { Application, ApplicationPreview, ApplicationVersion } from '../../api/projects-types.ts';
import { DemoBadge } from '../../components/Badges.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { errorText } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { RouterLink } from '../../lib/router.tsx';
import { useSession } from '../../lib/session.tsx';
import { useApi } from '../../lib/use-api.ts';
import { Section } from '../cluster/ClusterSections.tsx';
import { mayManageCluster } from '../matchmaking/permissions.ts';
import { ApplicationStatusBadge } from '../projects/ProjectBadges.tsx';
import { applicationActions } from '../projects/project-permissions.ts';
import { RemoteView } from '../projects/RemoteView.tsx';
import { draftBody, draftFormFrom, missingTitles, placeDraftErrors, sentCodes, type DraftForm } from './draft-form.ts';
import { DraftEditor } from './DraftEditor.tsx';
import { PackageDownloads } from './PackageDownloads.tsx';
import { PackageView } from './PackageView.tsx';
import { ReviewLink } from './ReviewLink.tsx';
import { VersionsList } from './VersionsList.tsx';

interface Problem { message: string; byField: Record<string, string>; unplaced: ApiErrorDetail[] }

/** A confirmation before something that cannot be undone (a frozen version, a withdrawal). */
function Confirm({ title, text, action, colour, busy, onConfirm, onClose, testId }: {
  title: string; text: string; action: string; colour?: string; busy: boolean; onConfirm(): void; onClose(): void; testId: string;
}) {
  const { t } = useI18n();
  return (
    <Modal opened onClose={onClose} title={title}>
      <Stack gap="sm">
        <Text size="sm">{text}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button color={colour} loading={busy} onClick={onConfirm} data-testid={testId}>{action}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function ApplicationBody({ preview, reload }: { preview: ApplicationPreview; reload(): void }) {
  const { t, label, lang } = useI18n();
  const { user } = useSession();
  const { application: a, package: pkg } = preview;
  const codes = useMemo(() => pkg.documents.filter((d) => d.source === 'attached').map((d) => d.code), [pkg]);
  const [form, setForm] = useState<DraftForm>(() => draftFormFrom(a.draft, codes));
  const [dirty, setDirty] = useState(false);
  const [busy, setBusy] = useState<'save' | 'submit' | 'withdraw' | null>(null);
  const [confirm, setConfirm] = useState<'submit' | 'withdraw' | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [submitted, setSubmitted] = useState<ApplicationVersion | null>(null);
  const actions = applicationActions(a.status, mayManageCluster(user, pkg.cluster));

  const fail = (e: unknown, sent: string[]) => {
    const error = e instanceof Error ? e : new Error(String(e));
    const placed = error instanceof ApiError ? placeDraftErrors(error.details, sent, lang) : { byField: {}, unplaced: [] };
    setProblem({ message: errorText(error, lang), ...placed });
  };
  /** Saves the draft when it changed; false when it could not be saved (the problem is then shown). */
  const saveDraft = async (): Promise<boolean> => {
    if (!dirty) return true;
    const missing = missingTitles(form, codes);
    if (missing.length) {
      setProblem({ message: t('ap.fillTitles'), byField: Object.fromEntries(missing.map((k) => [k, t('pj.required')])), unplaced: [] });
      return false;
    }
    try {
      await api.put<Application>(`/api/applications/${a.id}/draft`, draftBody(form, codes));
      setDirty(false);
      return true;
    } catch (e) {
      fail(e, sentCodes(form, codes));
      return false;
    }
  };
  const run = async (what: 'save' | 'submit' | 'withdraw') => {
    setBusy(what);
    setProblem(null);
    try {
      if (what !== 'withdraw' && !(await saveDraft())) return;
      if (what === 'submit') setSubmitted(await api.post<ApplicationVersion>(`/api/applications/${a.id}/submit`, {}));
      if (what === 'withdraw') await api.post<Application>(`/api/applications/${a.id}/withdraw`, {});
      reload();
    } catch (e) {
      fail(e, sentCodes(form, codes));
    } finally {
      setBusy(null);
      setConfirm(null);
    }
  };
  const onChange = actions.editDraft ? (next: DraftForm) => { setForm(next); setDirty(true); } : null;
  return (
    <>
      <PageHeader
        title={t('ap.title', { n: a.id })}
        badges={<><ApplicationStatusBadge status={a.status} /><DemoBadge show={a.isDemo} /></>}
        subtitle={<>
          {label('apKind', a.kind)}{' · '}<RouterLink className="klaster-link" to={`/clusters/${a.clusterId}?tab=applications`}>{a.clusterName}</RouterLink>
          {a.projectId && <>{' · '}<RouterLink className="klaster-link" to={`/projects/${a.projectId}`}>{a.projectTitle}</RouterLink></>}
        </>}
        actions={<><ReviewLink applicationId={a.id} /><PackageDownloads applicationId={a.id} /></>}
      />
      {submitted && <Alert color="green" mb="md" data-testid="submitted-notice">{t('ap.submittedNotice', { v: submitted.version, at: formatDateTime(submitted.submittedAt) })}</Alert>}
      {problem && (
        <Alert color="red" role="alert" mb="md" title={t('ap.refused')} data-testid="application-error">
          <Text size="sm">{problem.message}</Text>
          {problem.unplaced.length > 0 && <List size="sm" mt={4}>{problem.unplaced.map((d, i) => <List.Item key={i}>{lang === 'en' && d.messageEn ? d.messageEn : d.message}</List.Item>)}</List>}
        </Alert>
      )}
      <Grid gap="md" mb="md">
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Section title={t('ap.statusSection')} testId="section-application-status">
            <Stack gap="sm">
              <Group gap="sm"><ApplicationStatusBadge status={a.status} />{a.currentVersion && <Text size="sm">{t('ap.currentVersionLine', { v: a.currentVersion })}</Text>}</Group>
              <Text size="sm" c="dimmed">{label('apStatusHint', a.status)}</Text>
              {a.draftChangedSinceSubmission && <Alert color="yellow" py={6} data-testid="draft-changed"><Text size="sm">{t('ap.draftChanged')}</Text></Alert>}
              {(actions.submit || actions.withdraw) && (
                <Group gap="xs">
                  {actions.submit && <Button onClick={() => setConfirm('submit')} data-testid="application-submit">{t('ap.submit')}</Button>}
                  {actions.withdraw && <Button variant="default" color="red" onClick={() => setConfirm('withdraw')} data-testid="application-withdraw">{t('ap.withdraw')}</Button>}
                </Group>
              )}
            </Stack>
          </Section>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Section title={t('ap.versions', { n: a.versions.length })} testId="section-versions"><VersionsList application={a} /></Section>
        </Grid.Col>
      </Grid>
      <Section title={t('ap.draft')} testId="section-draft">
        <DraftEditor form={form} documents={pkg.documents} onChange={onChange} err={(k) => problem?.byField[k]} />
        {actions.editDraft && (
          <Group mt="md">
            <Button variant="light" disabled={!dirty} loading={busy === 'save'} onClick={() => void run('save')} data-testid="draft-save">{t('ap.saveDraft')}</Button>
            {dirty && <Text size="sm" c="dimmed">{t('ap.unsaved')}</Text>}
          </Group>
        )}
      </Section>
      <Space h="md" />
      <Section title={t('ap.packageNow')} testId="section-package">
        <Text size="sm" c="dimmed" mb="sm">{t('ap.packageNowHint')}</Text>
        <PackageView pkg={pkg} />
      </Section>
      {confirm === 'submit' && (
        <Confirm title={t('ap.submitTitle')} text={t('ap.submitConfirm', { v: (a.currentVersion ?? 0) + 1 })} action={t('ap.submit')} busy={busy === 'submit'}
          onConfirm={() => void run('submit')} onClose={() => setConfirm(null)} testId="application-submit-confirm" />
      )}
      {confirm === 'withdraw' && (
        <Confirm title={t('ap.withdrawTitle')} text={t('ap.withdrawConfirm')} action={t('ap.withdraw')} colour="red" busy={busy === 'withdraw'}
          onConfirm={() => void run('withdraw')} onClose={() => setConfirm(null)} testId="application-withdraw-confirm" />
      )}
    </>
  );
}

/** /applications/:id — the draft editor, submission and withdrawal, frozen versions, the package as files. */
export function ApplicationScreen({ id }: { id: number }) {
  const { t } = useI18n();
  const preview = useApi<ApplicationPreview>(`/api/applications/${id}`);
  return (
    <RemoteView state={preview} notFound={{ title: t('ap.notFound', { n: id }), back: { label: t('pj.toList'), to: '/projects' } }}>
      {(p) => <ApplicationBody key={p.application.id} preview={p} reload={preview.reload} />}
    </RemoteView>
  );
}

import { useState } from 'react';
import { Alert, Button, Group, Modal, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { api } from '../../api/client.ts';
import { APPLICATION_KINDS, type Application, type ApplicationKind, type CreateApplicationBody, type ProjectSummary } from '../../api/projects-types.ts';
import { errorText } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { navigate } from '../../lib/router.tsx';
import { useSession } from '../../lib/session.tsx';
import { useApi } from '../../lib/use-api.ts';
import { mayManageCluster } from '../matchmaking/permissions.ts';

interface Props {
  cluster: { id: number; regions: readonly string[] };
  /** From a project's page: a subsidy application for this project, nothing to choose. */
  project?: { id: number; title: string };
}

/**
 * «Новая заявка» for the cluster's managers (POST /api/clusters/:id/applications): for registry entry, or for a
 * subsidy by one of the cluster's joint projects. The new application opens on its own page (the draft).
 */
export function NewApplicationButton({ cluster, project }: Props) {
  const { t, label, lang } = useI18n();
  const { user } = useSession();
  const [open, setOpen] = useState(false);
  const [kind, setKind] = useState<ApplicationKind>(project ? 'subsidy' : 'registry_entry');
  const [projectId, setProjectId] = useState<string | null>(project ? String(project.id) : null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  const projects = useApi<{ items: ProjectSummary[] }>(open && !project ? `/api/clusters/${cluster.id}/projects` : null);
  if (!mayManageCluster(user, cluster)) return null;
  const create = async () => {
    setBusy(true);
    setError(null);
    try {
      const body: CreateApplicationBody = { kind, ...(kind === 'subsidy' ? { projectId: projectId ? Number(projectId) : null } : {}) };
      const created = await api.post<Application>(`/api/clusters/${cluster.id}/applications`, body);
      navigate(`/applications/${created.id}`);
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button size="xs" variant={project ? 'light' : 'filled'} onClick={() => setOpen(true)} data-testid="new-application">{t(project ? 'ap.newForProject' : 'ap.new')}</Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t(project ? 'ap.newForProject' : 'ap.new')}>
        <Stack gap="sm">
          {project ? <Text size="sm">{t('ap.forProject', { title: project.title })}</Text> : (
            <>
              <SegmentedControl value={kind} onChange={(v) => setKind(v as ApplicationKind)} data-testid="new-application-kind"
                data={APPLICATION_KINDS.map((k) => ({ value: k, label: label('apKind', k) }))} />
              {kind === 'subsidy' && (
                <Select label={t('ap.project')} required data-testid="new-application-project" value={projectId} onChange={setProjectId}
                  data={(projects.data?.items ?? []).map((p) => ({ value: String(p.id), label: p.title }))}
                  nothingFoundMessage={t('pj.none')} placeholder={projects.data && projects.data.items.length === 0 ? t('pj.none') : undefined} />
              )}
            </>
          )}
          <Text size="xs" c="dimmed">{t('ap.newHint')}</Text>
          {error && <Alert color="red" role="alert" data-testid="new-application-error">{errorText(error, lang)}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)}>{t('common.cancel')}</Button>
            <Button loading={busy} disabled={kind === 'subsidy' && !projectId} onClick={() => void create()} data-testid="new-application-create">{t('ap.create')}</Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

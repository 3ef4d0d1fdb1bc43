import { useState } from 'react';
import { Alert, Button, Group, Modal, NumberInput, Stack, Text } from '@mantine/core';
import { api } from '../../api/client.ts';
import type { Project, ProjectDecisionBody, ProjectStatus } from '../../api/projects-types.ts';
import { DateField } from '../../components/DateField.tsx';
import { errorText } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatDate, formatRub } from '../../lib/format.ts';
import { useSession } from '../../lib/session.tsx';
import { ProjectStatusBadge } from './ProjectBadges.tsx';
import { statusChangesFor } from './project-permissions.ts';

/** One status change, confirmed in a dialog; support needs the amount granted and the day of the decision. */
function ChangeDialog({ project, to, onClose, onChanged }: { project: Project; to: ProjectStatus; onClose(): void; onChanged(p: Project): void }) {
  const { t, label, lang } = useI18n();
  const [amount, setAmount] = useState<number | ''>('');
  const [decidedOn, setDecidedOn] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  const change = async () => {
    setBusy(true);
    setError(null);
    try {
      const body: ProjectDecisionBody = { status: to, ...(to === 'supported' ? { supportAmount: amount === '' ? null : amount, ...(decidedOn ? { decidedOn } : {}) } : {}) };
      onChanged(await api.post<Project>(`/api/projects/${project.id}/status`, body));
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal opened onClose={onClose} title={t('pj.statusChangeTitle', { to: label('pjStatus', to) })}>
      <Stack gap="sm">
        <Text size="sm">{label('pjChangeHint', to)}</Text>
        {to === 'supported' && (
          <>
            <NumberInput label={t('pj.supportAmount')} required min={0} thousandSeparator=" " decimalScale={2} hideControls value={amount}
              onChange={(v) => setAmount(typeof v === 'number' ? v : '')} data-testid="support-amount" />
            <DateField label={t('pj.decidedOn')} value={decidedOn} onChange={setDecidedOn} w={180} />
          </>
        )}
        {error && <Alert color="red" role="alert" data-testid="status-error">{errorText(error, lang)}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button loading={busy} onClick={() => void change()} data-testid="status-confirm">{label('pjAction', to)}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** The status, the support granted, and the changes this user may make (the server's table, mirrored). */
export function ProjectStatusPanel({ project, manages, onChanged }: { project: Project; manages: boolean; onChanged(p: Project): void }) {
  const { t, label, lang } = useI18n();
  const { user } = useSession();
  const [to, setTo] = useState<ProjectStatus | null>(null);
  const changes = manages ? statusChangesFor(project.status, user?.role) : [];
  return (
    <Stack gap="sm" data-testid="project-status-panel">
      <Group gap="sm">
        <ProjectStatusBadge status={project.status} />
        {project.supportAmount != null && <Text size="sm" data-testid="project-support">{t('pj.granted', { amount: formatRub(project.supportAmount, lang), date: formatDate(project.supportedOn) })}</Text>}
      </Group>
      <Text size="sm" c="dimmed">{label('pjStatusHint', project.status)}</Text>
      {changes.length > 0 && (
        <Group gap="xs">
          {changes.map((s) => <Button key={s} size="xs" variant={s === 'rejected' || s === 'draft' ? 'default' : 'light'} onClick={() => setTo(s)} data-testid={`status-to-${s}`}>{label('pjAction', s)}</Button>)}
        </Group>
      )}
      {to && <ChangeDialog project={project} to={to} onClose={() => setTo(null)} onChanged={(p) => { setTo(null); onChanged(p); }} />}
    </Stack>
  );
}

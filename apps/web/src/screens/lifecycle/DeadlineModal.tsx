import { useState } from 'react';
import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { api, ApiError } from '../../api/client.ts';
import type { ClusterStatus, DeadlineBody, DeadlineOutlook } from '../../api/lifecycle-types.ts';
import { DateField } from '../../components/DateField.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { RefusalAlert } from './RefusalAlert.tsx';

/**
 * Sets, moves or removes the deadline for reaching a status (one per status: setting it again moves it).
 * `existing` edits that deadline; otherwise `targets` are the statuses without one.
 */
export function DeadlineModal({ clusterId, existing, targets, onClose, onSaved }: {
  clusterId: number;
  existing: DeadlineOutlook | null;
  targets: readonly ClusterStatus[];
  onClose(): void;
  onSaved(): void;
}) {
  const { t, label, lang } = useI18n();
  const [target, setTarget] = useState<ClusterStatus | null>(existing?.targetStatus ?? targets[0] ?? null);
  const [dueOn, setDueOn] = useState<string | null>(existing?.dueOn ?? null);
  const [title, setTitle] = useState(existing?.title ?? '');
  const [busy, setBusy] = useState<'save' | 'delete' | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const fieldErrors = error instanceof ApiError ? error.fieldErrors(lang) : {};
  const run = async (what: 'save' | 'delete') => {
    if (!target) return;
    setBusy(what);
    setError(null);
    try {
      const url = `/api/clusters/${clusterId}/deadlines/${target}`;
      if (what === 'delete') await api.delete(url);
      else await api.put<DeadlineOutlook>(url, { dueOn: dueOn ?? '', title: title.trim() } satisfies DeadlineBody);
      onSaved();
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)));
    } finally {
      setBusy(null);
    }
  };
  return (
    <Modal opened onClose={onClose} title={t(existing ? 'lc.editDeadline' : 'lc.addDeadline')} size="md">
      <Stack gap="sm" data-testid="deadline-modal">
        <Select label={t('lc.deadlineFor')} data={targets.map((s) => ({ value: s, label: label('clStatus', s) }))} value={target} onChange={(v) => setTarget(v as ClusterStatus | null)}
          disabled={!!existing} allowDeselect={false} required data-testid="deadline-target" />
        <DateField label={t('lc.dueOnLabel')} value={dueOn} onChange={setDueOn} required clearable={false} error={fieldErrors.dueOn} data-testid="deadline-date" />
        <TextInput label={t('lc.deadlineTitle')} placeholder={t('lc.deadlineTitlePlaceholder')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} maxLength={500} required error={fieldErrors.title} data-testid="deadline-title" />
        {error && <RefusalAlert error={error} />}
        <Group justify="space-between">
          {existing ? <Button color="red" variant="subtle" loading={busy === 'delete'} disabled={busy !== null} onClick={() => void run('delete')} data-testid="deadline-delete">{t('lc.removeDeadline')}</Button> : <span />}
          <Group gap="xs">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button loading={busy === 'save'} disabled={busy !== null || !target} onClick={() => void run('save')} data-testid="deadline-save">{t('common.save')}</Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}

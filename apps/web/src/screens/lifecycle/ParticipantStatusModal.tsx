import { useState } from 'react';
import { Button, Group, Modal, Radio, Stack, Text } from '@mantine/core';
import { api, ApiError } from '../../api/client.ts';
import { PARTICIPANT_STATUSES, type ParticipantStatus, type ParticipantStatusBody, type ParticipantStatusRow } from '../../api/lifecycle-types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { DocumentFields, documentBody, type DocumentValue } from './DocumentFields.tsx';
import { RefusalAlert } from './RefusalAlert.tsx';

const todayIso = () => new Date().toISOString().slice(0, 10);

/** Records whether an enterprise has taken the status of a participant, with the letter or agreement behind it. */
export function ParticipantStatusModal({ clusterId, row, onClose, onSaved }: { clusterId: number; row: ParticipantStatusRow; onClose(): void; onSaved(row: ParticipantStatusRow): void }) {
  const { t, lang } = useI18n();
  const [status, setStatus] = useState<ParticipantStatus>(row.status ?? 'listed');
  const [document, setDocument] = useState<DocumentValue>({ title: row.document?.title ?? '', number: row.document?.number ?? '', date: row.document?.date ?? null });
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  const save = async () => {
    setSending(true);
    setError(null);
    try {
      const body: ParticipantStatusBody = { status, document: documentBody(document) };
      onSaved(await api.put<ParticipantStatusRow>(`/api/clusters/${clusterId}/participants/${row.inn}/status`, body));
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)));
    } finally {
      setSending(false);
    }
  };
  return (
    <Modal opened onClose={onClose} title={t('lc.participantStatusTitle')} size="lg">
      <Stack gap="sm" data-testid="participant-status-modal">
        <div>
          <Text fw={600}>{row.name}</Text>
          <Text size="xs" c="dimmed">{t('common.inn')} {row.inn}</Text>
        </div>
        <Radio.Group label={t('lc.participantStatus')} value={status} onChange={(v) => setStatus(v as ParticipantStatus)} data-testid="participant-status-choice">
          <Stack gap={6} mt={6}>
            {PARTICIPANT_STATUSES.map((s) => <Radio key={s} value={s} label={t(`lc.pstatus.${s}`)} description={t(`lc.pstatusHint.${s}`)} data-testid={`pstatus-${s}`} />)}
          </Stack>
        </Radio.Group>
        <Text size="sm" fw={500} mt="xs">{t('lc.participantDocument')}</Text>
        <DocumentFields value={document} onChange={setDocument} required={false} numberRequired={false} placeholder={t('lc.participantDocumentPlaceholder')}
          errors={error instanceof ApiError ? error.fieldErrors(lang) : {}} today={todayIso()} />
        {error && <RefusalAlert error={error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button loading={sending} onClick={() => void save()} data-testid="participant-status-save">{t('common.save')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}

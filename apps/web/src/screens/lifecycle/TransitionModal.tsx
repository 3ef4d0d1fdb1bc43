import { useState } from 'react';
import { Alert, Badge, Button, Group, List, Modal, Stack, Text, Textarea } from '@mantine/core';
import { api, ApiError } from '../../api/client.ts';
import type { AvailableTransition, ChecklistStep, TransitionBody, TransitionResult } from '../../api/lifecycle-types.ts';
import { DateField } from '../../components/DateField.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { DocumentFields, documentBody, EMPTY_DOCUMENT, type DocumentValue } from './DocumentFields.tsx';
import { RefusalAlert } from './RefusalAlert.tsx';

const todayIso = () => new Date().toISOString().slice(0, 10);

/**
 * Records one step of the life cycle: the document it rests on (as the transition table asks: title and date,
 * the number for orders and agreements), the day it took effect and a comment. Open checklist items are shown
 * before sending; the server decides, and its refusal is shown with what is missing.
 */
export function TransitionModal({ clusterId, transition, step, opened, onClose, onRecorded }: {
  clusterId: number;
  transition: AvailableTransition;
  /** The checklist step for a forward transition: what remains before it. */
  step: ChecklistStep | null;
  opened: boolean;
  onClose(): void;
  onRecorded(result: TransitionResult): void;
}) {
  const { t, label, lang } = useI18n();
  const today = todayIso();
  const [document, setDocument] = useState<DocumentValue>(EMPTY_DOCUMENT);
  const [happenedOn, setHappenedOn] = useState<string | null>(today);
  const [note, setNote] = useState('');
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  const open = step ? step.items.filter((i) => i.blocking && i.done !== true) : [];
  const fieldErrors = error instanceof ApiError ? error.fieldErrors(lang) : {};
  const send = async () => {
    setSending(true);
    setError(null);
    try {
      const body: TransitionBody = { to: transition.to, happenedOn: happenedOn ?? undefined, document: documentBody(document), note: note.trim() || undefined };
      onRecorded(await api.post<TransitionResult>(`/api/clusters/${clusterId}/transitions`, body));
      setDocument(EMPTY_DOCUMENT);
      setNote('');
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)));
    } finally {
      setSending(false);
    }
  };
  const doc = transition.document;
  return (
    <Modal opened={opened} onClose={onClose} size="lg" title={<Text fw={650}>{lang === 'en' ? transition.en : transition.ru}</Text>}>
      <Stack gap="sm" data-testid="transition-modal">
        <Group gap={6}>
          <Badge variant="light" color="gray" style={{ textTransform: 'none' }}>{label('clStatus', transition.from)}</Badge>
          <Text size="sm" c="dimmed">→</Text>
          <Badge variant="light" color={transition.direction === 'exclusion' ? 'red' : 'blue'} style={{ textTransform: 'none' }}>{label('clStatus', transition.to)}</Badge>
        </Group>
        <Alert color="blue" variant="light" p="sm" title={t(doc.required ? 'lc.docRequired' : 'lc.docOptional')}>
          <Text size="sm" data-testid="transition-document">{lang === 'en' ? doc.en : doc.ru}</Text>
          <Text size="xs" c="dimmed" mt={4}>{t(doc.numberRequired ? 'lc.docNumberRequired' : 'lc.docTitleDateRequired')}</Text>
        </Alert>
        {open.length > 0 && (
          <Alert color="yellow" p="sm" title={t('lc.openBeforeStep', { n: open.length })} data-testid="transition-open-items">
            <List size="sm" spacing={2}>{open.map((i) => <List.Item key={i.id}>{lang === 'en' ? i.messageEn : i.message}</List.Item>)}</List>
          </Alert>
        )}
        <DocumentFields value={document} onChange={setDocument} required={doc.required} numberRequired={doc.numberRequired}
          placeholder={lang === 'en' ? doc.en : doc.ru} errors={fieldErrors} today={today} />
        <DateField label={t('lc.happenedOn')} description={t('lc.happenedOnHint')} value={happenedOn} onChange={setHappenedOn} maxDate={today} clearable={false}
          error={fieldErrors.happenedOn} data-testid="transition-date" />
        <Textarea label={t('lc.comment')} autosize minRows={2} maxLength={2000} value={note} onChange={(e) => setNote(e.currentTarget.value)} data-testid="transition-note" />
        {error && <RefusalAlert error={error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button color={transition.direction === 'exclusion' ? 'red' : undefined} loading={sending} onClick={() => void send()} data-testid="transition-submit">{t('lc.record')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}

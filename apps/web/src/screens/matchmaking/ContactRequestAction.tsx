import { useState } from 'react';
import { Alert, Badge, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { api } from '../../api/client.ts';
import type { ContactRequest, ContactRequestBody } from '../../api/types.ts';
import { errorText } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { RouterLink } from '../../lib/router.tsx';

export const REQUEST_STATUS_COLOUR: Record<ContactRequest['status'], string> = { requested: 'blue', accepted: 'green', declined: 'gray' };

export function RequestStatusBadge({ status }: { status: ContactRequest['status'] }) {
  const { label } = useI18n();
  return <Badge variant="light" color={REQUEST_STATUS_COLOUR[status]} style={{ textTransform: 'none' }} data-testid="request-status" data-status={status}>{label('mm.request', status)}</Badge>;
}

interface Props {
  /** The match the request is about, and who asks (the need's buyer or the capability's supplier). */
  body: Omit<ContactRequestBody, 'message'>;
  fromName: string;
  toName: string;
  /** The latest request for this pair, if any: a waiting or accepted one replaces the button. */
  existing: ContactRequest | undefined;
  onSent(request: ContactRequest): void;
}

/** «Запросить контакт» for one ranked match: a short message, then the request both sides see. */
export function ContactRequestAction({ body, fromName, toName, existing, onSent }: Props) {
  const { t, lang } = useI18n();
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  if (existing && existing.status !== 'declined') {
    return (
      <Stack gap={2} align="flex-start">
        <RequestStatusBadge status={existing.status} />
        <RouterLink className="klaster-link" to={`/contact-requests?organisation=${body.fromOrganisationId}`} style={{ fontSize: 12 }}>{t('mm.openRequests')}</RouterLink>
      </Stack>
    );
  }
  const send = async () => {
    setSending(true);
    setError(null);
    try {
      const created = await api.post<ContactRequest>('/api/contact-requests', { ...body, message: message.trim() || undefined });
      setOpen(false);
      setMessage('');
      onSent(created);
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)));
    } finally {
      setSending(false);
    }
  };
  return (
    <>
      <Button size="compact-xs" variant="light" onClick={() => setOpen(true)} data-testid="request-contact" style={{ whiteSpace: 'nowrap' }}>{t('mm.requestContact')}</Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('mm.requestTitle')} size="lg">
        <Stack gap="sm">
          <Text size="sm">{t('mm.requestFromTo', { from: fromName, to: toName })}</Text>
          <Textarea label={t('mm.message')} placeholder={t('mm.messagePlaceholder')} autosize minRows={3} maxLength={4000} value={message} onChange={(e) => setMessage(e.currentTarget.value)} data-testid="request-message" />
          {error && <Alert color="red" role="alert" data-testid="request-error">{errorText(error, lang)}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)}>{t('common.cancel')}</Button>
            <Button onClick={() => void send()} loading={sending} data-testid="request-send">{t('mm.send')}</Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

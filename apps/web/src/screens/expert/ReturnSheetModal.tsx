import { useState } from 'react';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { api } from '../../api/client.ts';
import type { ExpertAssignmentSheet } from '../../api/expert-types.ts';
import { expertPaths } from '../../api/expert-types.ts';
import { ErrorDetails } from '../../components/ErrorDetails.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useAction } from './use-action.ts';

/**
 * The secretary returns a submitted sheet to its expert, with the reason the expert will read (a score that
 * contradicts its comment, a conflict declared since). The scores stay the expert's; the sheet leaves the
 * ranking until the expert submits it again.
 */
export function ReturnSheetModal({ assignmentId, expertName, onClose, onReturned }: {
  assignmentId: number | null; expertName: string; onClose(): void; onReturned(sheet: ExpertAssignmentSheet): void;
}) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const send = useAction(() => api.post<ExpertAssignmentSheet>(expertPaths.sheetStep(assignmentId!, 'return'), { reason }));
  const close = () => { setReason(''); send.clear(); onClose(); };
  return (
    <Modal opened={assignmentId !== null} onClose={close} title={t('ex.returnTitle', { expert: expertName })}>
      <Stack gap="sm" data-testid="return-form">
        <Text size="sm">{t('ex.returnHint')}</Text>
        <Textarea label={t('ex.returnReason')} required autosize minRows={2} value={reason} onChange={(e) => setReason(e.currentTarget.value)} data-testid="return-reason" />
        {send.error && <ErrorDetails error={send.error} testId="return-error" />}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>{t('common.cancel')}</Button>
          <Button color="orange" disabled={!reason.trim()} loading={send.busy} data-testid="return-confirm"
            onClick={async () => { const sheet = await send.run(); if (sheet) { setReason(''); onReturned(sheet); } }}>{t('ex.returnToExpert')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}

import { useState } from 'react';
import { Button, Group, Modal, SegmentedControl, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { TimePicker } from '@mantine/dates';
import { api } from '../../api/client.ts';
import type { ExpertRoundKind, ExpertSession } from '../../api/expert-types.ts';
import { expertPaths } from '../../api/expert-types.ts';
import { DateField } from '../../components/DateField.tsx';
import { ErrorDetails } from '../../components/ErrorDetails.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { navigate } from '../../lib/router.tsx';
import { deadlineIso } from './expert-format.ts';
import { useAction } from './use-action.ts';

/**
 * A new session of the commission: pre-defence or defence, the day and place, the scoring deadline and (for
 * remarks) the answer deadline. Deadlines are a day and a time in the secretary's own time zone.
 */
export function SessionFormModal({ commissionId, opened, onClose }: { commissionId: number; opened: boolean; onClose(): void }) {
  const { t, label } = useI18n();
  const [title, setTitle] = useState('');
  const [round, setRound] = useState<ExpertRoundKind>('pre_defence');
  const [heldOn, setHeldOn] = useState<string | null>(null);
  const [place, setPlace] = useState('');
  const [scoresDay, setScoresDay] = useState<string | null>(null);
  const [scoresTime, setScoresTime] = useState('18:00');
  const [answersDay, setAnswersDay] = useState<string | null>(null);
  const [answersTime, setAnswersTime] = useState('18:00');
  const scoresDue = deadlineIso(scoresDay, scoresTime);
  const answersDue = answersDay ? deadlineIso(answersDay, answersTime) : null;
  const create = useAction(() => api.post<ExpertSession>(expertPaths.sessions(commissionId), { title, round, heldOn, place, scoresDue, answersDue }));
  const submit = async () => {
    const made = await create.run();
    if (made) navigate(`/expert/sessions/${made.id}`);
  };
  return (
    <Modal opened={opened} onClose={onClose} title={t('ex.newSession')} size="lg">
      <Stack gap="sm">
        <TextInput label={t('ex.sessionTitle')} required value={title} onChange={(e) => setTitle(e.currentTarget.value)} data-testid="session-title" />
        <Stack gap={4}>
          <Text size="sm" fw={500}>{t('ex.roundKind')}</Text>
          <SegmentedControl value={round} onChange={(v) => setRound(v as ExpertRoundKind)} data-testid="session-round"
            data={(['pre_defence', 'defence'] as const).map((k) => ({ value: k, label: label('exRound', k) }))} />
        </Stack>
        <SimpleGrid cols={2}>
          <DateField label={t('ex.heldOn')} required value={heldOn} onChange={setHeldOn} data-testid="session-held-on" />
          <TextInput label={t('ex.place')} value={place} onChange={(e) => setPlace(e.currentTarget.value)} />
        </SimpleGrid>
        <SimpleGrid cols={2}>
          <DateField label={t('ex.scoresDue')} required value={scoresDay} onChange={setScoresDay} data-testid="session-scores-day" />
          <TimePicker label={t('ex.time')} format="24h" value={scoresTime} onChange={setScoresTime} data-testid="session-scores-time" />
          <DateField label={t('ex.answersDue')} value={answersDay} onChange={setAnswersDay} minDate={scoresDay ?? undefined} />
          <TimePicker label={t('ex.time')} format="24h" value={answersTime} onChange={setAnswersTime} disabled={!answersDay} />
        </SimpleGrid>
        <Text size="xs" c="dimmed" mt={-6}>{t('ex.answersDueHint')}</Text>
        {create.error && <ErrorDetails error={create.error} testId="session-error" />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button disabled={!title.trim() || !heldOn || !scoresDue} loading={create.busy} onClick={() => void submit()} data-testid="session-create">{t('ex.create')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}

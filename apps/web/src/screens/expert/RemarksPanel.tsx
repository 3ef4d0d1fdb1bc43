import { useState } from 'react';
import { Button, Group, Paper, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { api } from '../../api/client.ts';
import type { ExpertRemark } from '../../api/expert-types.ts';
import { expertPaths } from '../../api/expert-types.ts';
import { ErrorDetails } from '../../components/ErrorDetails.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { RemarkStatusBadge } from './ExpertBadges.tsx';
import { useAction } from './use-action.ts';

/** Who may do what with the remarks shown: the server checks again, the panel only offers what it will allow. */
export interface RemarkRights {
  /** The applicant side that answers (the cluster's specialised organisation). */
  answer: boolean;
  /** Accept or reject an answer: the expert who wrote the remark, or the secretary. */
  resolve(r: ExpertRemark): boolean;
}

/** The applicant answers a remark waiting for them (open, or an answer the expert did not accept). */
function AnswerForm({ remark, onDone }: { remark: ExpertRemark; onDone(r: ExpertRemark): void }) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const send = useAction(() => api.post<ExpertRemark>(expertPaths.remarkAction(remark.id, 'answer'), { answer: text }));
  return (
    <Stack gap={6} mt="xs">
      <Textarea autosize minRows={2} placeholder={t('ex.answerPlaceholder')} value={text} onChange={(e) => setText(e.currentTarget.value)} data-testid="answer-text" aria-label={t('ex.answer')} />
      <Group justify="flex-end">
        <Button size="xs" disabled={!text.trim()} loading={send.busy} onClick={async () => { const r = await send.run(); if (r) { setText(''); onDone(r); } }} data-testid="answer-send">{t('ex.sendAnswer')}</Button>
      </Group>
      {send.error && <ErrorDetails error={send.error} testId="answer-error" />}
    </Stack>
  );
}

/** The author (or the secretary) settles an answer: accepted closes the remark, rejected sends it back. */
function ResolveForm({ remark, onDone }: { remark: ExpertRemark; onDone(r: ExpertRemark): void }) {
  const { t } = useI18n();
  const [comment, setComment] = useState('');
  const resolve = useAction((verdict: 'accept' | 'reject') => api.post<ExpertRemark>(expertPaths.remarkAction(remark.id, verdict), { comment }));
  const go = async (verdict: 'accept' | 'reject') => { const r = await resolve.run(verdict); if (r) onDone(r); };
  return (
    <Stack gap={6} mt="xs">
      <TextInput size="xs" placeholder={t('ex.resolutionPlaceholder')} value={comment} onChange={(e) => setComment(e.currentTarget.value)} data-testid="resolution-comment" aria-label={t('ex.resolutionComment')} />
      <Group gap="xs" justify="flex-end">
        <Button size="xs" color="green" loading={resolve.busy} onClick={() => void go('accept')} data-testid="remark-accept">{t('ex.acceptAnswer')}</Button>
        <Button size="xs" variant="default" loading={resolve.busy} onClick={() => void go('reject')} data-testid="remark-reject">{t('ex.rejectAnswer')}</Button>
      </Group>
      {resolve.error && <ErrorDetails error={resolve.error} testId="resolve-error" />}
    </Stack>
  );
}

function RemarkCard({ remark, rights, onChanged }: { remark: ExpertRemark; rights: RemarkRights; onChanged(r: ExpertRemark): void }) {
  const { t } = useI18n();
  const waitsForApplicant = remark.status === 'open' || remark.status === 'rejected';
  return (
    <Paper withBorder p="sm" data-testid="remark" data-remark-id={remark.id} data-status={remark.status}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" mb={4}>
        <Text size="xs" c="dimmed">
          {t('ex.remarkMeta', { round: remark.roundNumber, at: formatDateTime(remark.createdAt) })}
          {remark.mine ? ` · ${t('ex.mine')}` : remark.author ? ` · ${remark.author.name}` : ''}
        </Text>
        <RemarkStatusBadge status={remark.status} />
      </Group>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="remark-text">{remark.text}</Text>
      {remark.answer && (
        <Paper mt="xs" p="xs" bg="var(--mantine-color-blue-0)" data-testid="remark-answer">
          <Text size="xs" c="dimmed">{t('ex.applicantAnswered', { at: formatDateTime(remark.answeredAt) })}</Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{remark.answer}</Text>
        </Paper>
      )}
      {(remark.status === 'accepted' || remark.status === 'rejected') && remark.resolvedAt && (
        <Text size="xs" c="dimmed" mt={4} data-testid="remark-resolution">
          {t(remark.status === 'accepted' ? 'ex.answerAcceptedOn' : 'ex.answerRejectedOn', { at: formatDateTime(remark.resolvedAt) })}{remark.resolutionComment ? `: ${remark.resolutionComment}` : ''}
        </Text>
      )}
      {rights.answer && waitsForApplicant && <AnswerForm remark={remark} onDone={onChanged} />}
      {remark.status === 'answered' && rights.resolve(remark) && <ResolveForm remark={remark} onDone={onChanged} />}
    </Paper>
  );
}

/** Remarks with their answers and verdicts; the actions each viewer may take sit on the remark itself. */
export function RemarksList({ remarks, rights, onChanged, emptyText }: { remarks: ExpertRemark[]; rights: RemarkRights; onChanged(r: ExpertRemark): void; emptyText: string }) {
  if (remarks.length === 0) return <Text size="sm" c="dimmed" data-testid="no-remarks">{emptyText}</Text>;
  return <Stack gap="xs" data-testid="remarks">{remarks.map((r) => <RemarkCard key={r.id} remark={r} rights={rights} onChanged={onChanged} />)}</Stack>;
}

/** An expert writes a remark on the application they review; the applicant sees it without the author's name. */
export function NewRemarkForm<T>({ assignmentId, onAdded }: { assignmentId: number; onAdded(result: T): void }) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const add = useAction(() => api.post<T>(expertPaths.remarks(assignmentId), { text }));
  return (
    <Stack gap={6}>
      <Textarea autosize minRows={2} label={t('ex.newRemark')} description={t('ex.newRemarkHint')} value={text} onChange={(e) => setText(e.currentTarget.value)} data-testid="remark-new-text" />
      <Group justify="flex-end">
        <Button size="xs" disabled={!text.trim()} loading={add.busy} onClick={async () => { const r = await add.run(); if (r) { setText(''); onAdded(r); } }} data-testid="remark-add">{t('ex.addRemark')}</Button>
      </Group>
      {add.error && <ErrorDetails error={add.error} testId="remark-error" />}
    </Stack>
  );
}


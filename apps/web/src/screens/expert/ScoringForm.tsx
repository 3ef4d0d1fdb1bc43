import { useState } from 'react';
import { Alert, Badge, Button, Group, Modal, Paper, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { api } from '../../api/client.ts';
import type { ExpertAssignmentSheet, ExpertCriterion } from '../../api/expert-types.ts';
import { expertPaths, SCORE_MAX, SCORE_MIN } from '../../api/expert-types.ts';
import { ErrorDetails } from '../../components/ErrorDetails.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { WHOLE } from './ExpertBadges.tsx';
import { formatPoints } from './expert-format.ts';
import { formFromSheet, isDirty, liveTotal, scoredCount, scoresPayload, unsavableComments, type ScoreForm } from './score-form.ts';
import { useAction } from './use-action.ts';

const POINTS = Array.from({ length: SCORE_MAX - SCORE_MIN + 1 }, (_, i) => String(SCORE_MIN + i));

function CriterionRow({ criterion, index, line, editable, onChange }: {
  criterion: ExpertCriterion; index: number; line: ScoreForm[number]; editable: boolean; onChange(next: ScoreForm[number]): void;
}) {
  const { t, lang } = useI18n();
  const contribution = line.score == null ? null : (criterion.weight * line.score) / SCORE_MAX;
  return (
    <Paper withBorder p="sm" data-testid="criterion-row" data-criterion-id={criterion.id} data-score={line.score ?? ''}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" mb={6}>
        <Stack gap={2}>
          <Text fw={600} size="sm">{index + 1}. {criterion.name}</Text>
          {criterion.description && <Text size="xs" c="dimmed">{criterion.description}</Text>}
        </Stack>
        <Group gap={6} wrap="nowrap">
          <Badge variant="light" color="gray" {...WHOLE} data-testid="criterion-weight">{t('ex.weight', { w: criterion.weight })}</Badge>
          <Badge variant="light" color={contribution == null ? 'gray' : 'blue'} style={{ textTransform: 'none', minWidth: 110 }} data-testid="criterion-contribution">
            {t('ex.contribution', { v: formatPoints(contribution, lang) })}
          </Badge>
        </Group>
      </Group>
      <Group align="flex-start" gap="md" wrap="wrap">
        <Stack gap={2}>
          <SegmentedControl size="sm" data={POINTS} value={line.score == null ? '' : String(line.score)} disabled={!editable}
            onChange={(v) => onChange({ ...line, score: Number(v) })} aria-label={t('ex.scoreFor', { name: criterion.name })} data-testid="score-control" />
          <Text size="xs" c="dimmed">{line.score == null ? t('ex.notScored') : t('ex.scoreOf', { s: line.score, max: SCORE_MAX })}</Text>
        </Stack>
        <Textarea style={{ flex: 1, minWidth: 260 }} size="xs" autosize minRows={1} maxRows={5} placeholder={t('ex.commentPlaceholder')} value={line.comment}
          readOnly={!editable} onChange={(e) => onChange({ ...line, comment: e.currentTarget.value })} aria-label={t('ex.commentFor', { name: criterion.name })} data-testid="score-comment" />
      </Group>
    </Paper>
  );
}

/** «Отправить оценки» asks first: a submitted sheet counts in the ranking and its scores no longer change. */
function SubmitConfirm({ opened, total, busy, error, onCancel, onConfirm }: {
  opened: boolean; total: number | null; busy: boolean; error: Error | null; onCancel(): void; onConfirm(): void;
}) {
  const { t, lang } = useI18n();
  return (
    <Modal opened={opened} onClose={onCancel} title={t('ex.submitConfirmTitle')}>
      <Stack gap="sm" data-testid="submit-confirm">
        <Text size="sm">{t('ex.submitConfirmTotal', { total: formatPoints(total, lang) })}</Text>
        <Text size="sm">{t('ex.submitConfirmText')}</Text>
        {error && <ErrorDetails error={error} testId="submit-error" />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>{t('common.cancel')}</Button>
          <Button loading={busy} onClick={onConfirm} data-testid="submit-confirm-button">{t('ex.submitScores')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/**
 * The score sheet: every criterion with its weight and description, a whole-point score 0–10 and a comment,
 * the weighted total live. "Save draft" keeps the sheet as the expert's own (a draft, even a complete one,
 * does not count in the ranking); "Submit" — every criterion scored, after a confirmation — sends it to the
 * commission: it counts from then on and is frozen. Until the decision the expert may reopen it ("Вернуть на
 * доработку"), and the secretary may return it with a reason.
 */
export function ScoringForm({ sheet, onSaved, onReturn }: { sheet: ExpertAssignmentSheet; onSaved(next: ExpertAssignmentSheet): void; onReturn(): void }) {
  const { t, lang } = useI18n();
  const { criteria } = sheet;
  const id = sheet.assignment.id;
  const [form, setForm] = useState<ScoreForm>(() => formFromSheet(criteria, sheet.scores));
  const [saved, setSaved] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const scored = scoredCount(criteria, form);
  const all = scored === criteria.length;
  const { total, partial } = liveTotal(criteria, form);
  const dirty = isDirty(criteria, form, sheet.scores);
  const lost = unsavableComments(criteria, form);
  const saveDraft = useAction(() => api.put<ExpertAssignmentSheet>(expertPaths.scores(id), scoresPayload(criteria, form)));
  // what is on the form is saved first, so the sheet submitted is the one the expert sees
  const submit = useAction(async () => {
    if (dirty) onSaved(await api.put<ExpertAssignmentSheet>(expertPaths.scores(id), scoresPayload(criteria, form)));
    return api.post<ExpertAssignmentSheet>(expertPaths.sheetStep(id, 'submit'), undefined);
  });
  const reopen = useAction(() => api.post<ExpertAssignmentSheet>(expertPaths.sheetStep(id, 'reopen'), undefined));
  const draft = async () => {
    const next = await saveDraft.run();
    if (!next) return;
    setForm(formFromSheet(next.criteria, next.scores));
    setSaved(true);
    onSaved(next);
  };
  const confirmSubmit = async () => {
    const next = await submit.run();
    if (next) { setConfirming(false); onSaved(next); }
  };
  if (criteria.length === 0) return <Alert color="yellow" data-testid="no-criteria">{t('ex.noCriteriaYet')}</Alert>;
  const error = saveDraft.error ?? reopen.error;
  return (
    <Stack gap="sm" data-testid="scoring-form">
      {criteria.map((c, i) => (
        <CriterionRow key={c.id} criterion={c} index={i} line={form[c.id]!} editable={sheet.editable}
          onChange={(line) => { setSaved(false); setForm((f) => ({ ...f, [c.id]: line })); }} />
      ))}
      <Paper withBorder p="md" bg="var(--mantine-color-gray-0)" style={{ position: 'sticky', bottom: 0, zIndex: 2 }} data-testid="score-total-bar">
        <Group justify="space-between" align="center" wrap="wrap">
          <Stack gap={0}>
            <Group gap="xs" align="baseline">
              <Text size="sm" c="dimmed">{t('ex.total')}</Text>
              <Text fz={26} fw={700} data-testid="score-total" data-complete={total !== null}>{formatPoints(total ?? partial, lang)}</Text>
              <Text size="sm" c="dimmed">{t('ex.outOf100')}</Text>
            </Group>
            <Text size="xs" c={all ? 'dimmed' : 'orange'} data-testid="scored-count">{all ? t('ex.allScored', { n: criteria.length }) : t('ex.scoredOf', { scored, n: criteria.length })}</Text>
          </Stack>
          <Group gap="xs">
            {sheet.editable && (
              <>
                <Button variant="default" disabled={!dirty || scored === 0} loading={saveDraft.busy} onClick={() => void draft()} data-testid="save-draft">{t('ex.saveDraft')}</Button>
                <Button disabled={!all || !sheet.canSubmit} onClick={() => { submit.clear(); setConfirming(true); }} data-testid="submit-scores">{t('ex.submitScores')}</Button>
              </>
            )}
            {sheet.canReopen && (
              <Button variant="light" color="orange" loading={reopen.busy} onClick={async () => { const next = await reopen.run(); if (next) onSaved(next); }} data-testid="reopen-sheet">
                {t('ex.reopenSheet')}
              </Button>
            )}
            {sheet.canReturn && <Button variant="light" color="orange" onClick={onReturn} data-testid="return-sheet">{t('ex.returnToExpert')}</Button>}
          </Group>
        </Group>
        {sheet.editable && <Text size="xs" c="dimmed" mt={6}>{all ? t('ex.submitHint') : t('ex.draftHint')}</Text>}
        {sheet.canReopen && <Text size="xs" c="dimmed" mt={6}>{t('ex.reopenHint')}</Text>}
        {lost > 0 && <Text size="xs" c="orange" mt={4} data-testid="comments-without-score">{t('ex.commentsWithoutScore', { n: lost })}</Text>}
        {saved && !dirty && <Alert mt="xs" py={6} color="blue" data-testid="scores-saved" data-kind="draft"><Text size="sm">{t('ex.draftSaved')}</Text></Alert>}
        {error && <ErrorDetails error={error} testId="scores-error" />}
      </Paper>
      <SubmitConfirm opened={confirming} total={total} busy={submit.busy} error={submit.error} onCancel={() => setConfirming(false)} onConfirm={() => void confirmSubmit()} />
    </Stack>
  );
}

import { useState } from 'react';
import { Alert, Badge, Button, Group, Paper, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
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

/**
 * The score sheet: every criterion with its weight and description, a whole-point score 0–10 and a comment,
 * the weighted total live. "Save draft" keeps a partly scored sheet; "Submit" needs every criterion and
 * makes the sheet count in the ranking. (The API has no separate submitted flag: a complete sheet counts, and
 * stays correctable until the commission decides — the form says so instead of pretending otherwise.)
 */
export function ScoringForm({ sheet, onSaved }: { sheet: ExpertAssignmentSheet; onSaved(next: ExpertAssignmentSheet): void }) {
  const { t, lang } = useI18n();
  const { criteria } = sheet;
  const [form, setForm] = useState<ScoreForm>(() => formFromSheet(criteria, sheet.scores));
  const [saved, setSaved] = useState<'draft' | 'submitted' | null>(null);
  const save = useAction((kind: 'draft' | 'submitted') => api.put<ExpertAssignmentSheet>(expertPaths.scores(sheet.assignment.id), scoresPayload(criteria, form)).then((next) => ({ next, kind })));
  const scored = scoredCount(criteria, form);
  const all = scored === criteria.length;
  const { total, partial } = liveTotal(criteria, form);
  const dirty = isDirty(criteria, form, sheet.scores);
  const lost = unsavableComments(criteria, form);
  const submit = async (kind: 'draft' | 'submitted') => {
    const done = await save.run(kind);
    if (!done) return;
    setForm(formFromSheet(done.next.criteria, done.next.scores));
    setSaved(done.kind);
    onSaved(done.next);
  };
  if (criteria.length === 0) return <Alert color="yellow" data-testid="no-criteria">{t('ex.noCriteriaYet')}</Alert>;
  return (
    <Stack gap="sm" data-testid="scoring-form">
      {criteria.map((c, i) => (
        <CriterionRow key={c.id} criterion={c} index={i} line={form[c.id]!} editable={sheet.editable}
          onChange={(line) => { setSaved(null); setForm((f) => ({ ...f, [c.id]: line })); }} />
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
          {sheet.editable && (
            <Group gap="xs">
              <Button variant="default" disabled={!dirty || scored === 0 || all} loading={save.busy && !all} onClick={() => void submit('draft')} data-testid="save-draft">{t('ex.saveDraft')}</Button>
              <Button disabled={!all || (!dirty && sheet.assignment.complete)} loading={save.busy && all} onClick={() => void submit('submitted')} data-testid="submit-scores">
                {sheet.assignment.complete ? t('ex.submitChanges') : t('ex.submitScores')}
              </Button>
            </Group>
          )}
        </Group>
        {sheet.editable && <Text size="xs" c="dimmed" mt={6}>{all ? t('ex.submitHint') : t('ex.draftHint')}</Text>}
        {lost > 0 && <Text size="xs" c="orange" mt={4} data-testid="comments-without-score">{t('ex.commentsWithoutScore', { n: lost })}</Text>}
        {saved && !dirty && <Alert mt="xs" py={6} color="green" data-testid="scores-saved" data-kind={saved}><Text size="sm">{saved === 'submitted' ? t('ex.submitted') : t('ex.draftSaved')}</Text></Alert>}
        {save.error && <ErrorDetails error={save.error} testId="scores-error" />}
      </Paper>
    </Stack>
  );
}

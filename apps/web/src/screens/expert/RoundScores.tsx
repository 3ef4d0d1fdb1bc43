import { Stack, Table, Text } from '@mantine/core';
import type { ExpertCriterion, ReviewRound } from '../../api/expert-types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatPoints } from './expert-format.ts';

/**
 * A round's scores as the viewer may see them (the server decides: core/expert/visibility.ts): the applicant
 * the summary after the decision — mean per criterion and the comments without names; an expert their own
 * sheet (and the summary once decided); the secretary every sheet by name.
 */
export function RoundScores({ round, criteria }: { round: ReviewRound; criteria: ExpertCriterion[] }) {
  const { t, lang } = useI18n();
  const { visibility, summary, sheets } = round.scores;
  if (visibility === 'hidden_until_decision') return <Text size="sm" c="dimmed" data-testid="scores-hidden">{t('ex.scoresHidden')}</Text>;
  const mean = (id: number) => summary?.byCriterion.find((b) => b.criterionId === id)?.mean ?? null;
  const comments = (id: number) => summary?.comments.filter((c) => c.criterionId === id).map((c) => c.text) ?? [];
  const own = sheets.find((s) => s.mine);
  const named = visibility === 'all' ? sheets : [];
  return (
    <Stack gap="xs" data-testid="round-scores" data-visibility={visibility}>
      <Table fz="sm" striped data-testid="criterion-scores">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('ex.criterion')}</Table.Th>
            <Table.Th ta="right">{t('ex.weightTitle')}</Table.Th>
            {own && <Table.Th ta="right">{t('ex.myScore')}</Table.Th>}
            {named.map((s) => <Table.Th key={s.assignmentId} ta="right" data-submitted={s.submittedAt !== null}>{s.expertName}{s.submittedAt ? '' : ` (${t('ex.draftColumn', { scored: s.scored, n: criteria.length })})`}</Table.Th>)}
            {summary && <Table.Th ta="right">{t('ex.meanScoreShort')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {criteria.map((c) => (
            <Table.Tr key={c.id} data-testid="criterion-score" data-criterion-id={c.id}>
              <Table.Td>
                <Text size="sm">{c.name}</Text>
                {comments(c.id).map((text, i) => <Text key={i} size="xs" c="dimmed" data-testid="criterion-comment">«{text}»</Text>)}
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{c.weight} %</Table.Td>
              {own && <Table.Td ta="right">{own.scores.find((x) => x.criterionId === c.id)?.score ?? '—'}</Table.Td>}
              {named.map((s) => <Table.Td key={s.assignmentId} ta="right">{s.scores.find((x) => x.criterionId === c.id)?.score ?? '—'}</Table.Td>)}
              {summary && <Table.Td ta="right" fw={600} data-testid="criterion-mean">{formatPoints(mean(c.id), lang)}</Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Td fw={600}>{t('ex.weightedTotal')}</Table.Td>
            <Table.Td ta="right">100 %</Table.Td>
            {own && <Table.Td ta="right" fw={600}>{formatPoints(own.total, lang)}</Table.Td>}
            {named.map((s) => <Table.Td key={s.assignmentId} ta="right" fw={600}>{formatPoints(s.total, lang)}</Table.Td>)}
            {summary && <Table.Td ta="right" fw={700} data-testid="round-weighted-score">{formatPoints(summary.weightedScore, lang)}</Table.Td>}
          </Table.Tr>
        </Table.Tfoot>
      </Table>
      {summary && <Text size="xs" c="dimmed">{t('ex.summaryNote', { submitted: summary.submittedSheets, sheets: summary.sheets })}</Text>}
    </Stack>
  );
}

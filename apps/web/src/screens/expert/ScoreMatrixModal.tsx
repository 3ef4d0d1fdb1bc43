import { Modal, ScrollArea, Table, Text } from '@mantine/core';
import type { ApplicationReview, ExpertCriterion } from '../../api/expert-types.ts';
import { expertPaths } from '../../api/expert-types.ts';
import { AsyncView } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useApi } from '../../lib/use-api.ts';
import { formatPoints } from './expert-format.ts';
import type { RankingRow } from './ranking-rows.ts';

/**
 * Every expert's score per criterion for one round, with the comments: what the secretary reads before deciding.
 * A draft shows as its expert's column without scores (how far it is filled in): it is not the expert's verdict yet.
 */
export function ScoreMatrixModal({ row, criteria, onClose }: { row: RankingRow | null; criteria: ExpertCriterion[]; onClose(): void }) {
  const { t } = useI18n();
  return (
    <Modal opened={row !== null} onClose={onClose} size="xl" title={row ? t('ex.scoresOf', { cluster: row.application.clusterName }) : ''}>
      {row && <Matrix applicationId={row.application.id} roundId={row.round.id} criteria={criteria} />}
    </Modal>
  );
}

function Matrix({ applicationId, roundId, criteria }: { applicationId: number; roundId: number; criteria: ExpertCriterion[] }) {
  const { t, lang } = useI18n();
  const review = useApi<ApplicationReview>(expertPaths.review(applicationId));
  return (
    <AsyncView state={review}>
      {(data) => {
        const round = data.rounds.find((r) => r.round.id === roundId);
        const sheets = round?.scores.sheets ?? [];
        const summary = round?.scores.summary;
        if (sheets.length === 0) return <Text size="sm" c="dimmed">{t('ex.noSheets')}</Text>;
        return (
          <ScrollArea type="auto">
            <Table fz="sm" striped data-testid="score-matrix">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('ex.criterion')}</Table.Th><Table.Th ta="right">{t('ex.weightTitle')}</Table.Th>
                  {sheets.map((s) => (
                    <Table.Th key={s.assignmentId} ta="right" data-testid="matrix-expert" data-submitted={s.submittedAt !== null}>
                      {s.expertName}{s.submittedAt ? '' : ` (${t('ex.draftColumn', { scored: s.scored, n: criteria.length })})`}
                    </Table.Th>
                  ))}
                  <Table.Th ta="right">{t('ex.meanScoreShort')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {criteria.map((c) => (
                  <Table.Tr key={c.id}>
                    <Table.Td>{c.name}</Table.Td><Table.Td ta="right">{c.weight} %</Table.Td>
                    {sheets.map((s) => {
                      const line = s.scores.find((x) => x.criterionId === c.id);
                      return <Table.Td key={s.assignmentId} ta="right" title={line?.comment ?? undefined}>{line ? line.score : '—'}{line?.comment ? ' *' : ''}</Table.Td>;
                    })}
                    <Table.Td ta="right" fw={600}>{formatPoints(summary?.byCriterion.find((b) => b.criterionId === c.id)?.mean, lang)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
              <Table.Tfoot>
                <Table.Tr>
                  <Table.Td fw={600}>{t('ex.total')}</Table.Td><Table.Td ta="right">100 %</Table.Td>
                  {sheets.map((s) => <Table.Td key={s.assignmentId} ta="right" fw={600}>{formatPoints(s.total, lang)}</Table.Td>)}
                  <Table.Td ta="right" fw={700}>{formatPoints(summary?.weightedScore, lang)}</Table.Td>
                </Table.Tr>
              </Table.Tfoot>
            </Table>
            {sheets.some((s) => s.scores.some((x) => x.comment)) && (
              <>
                <Text size="sm" fw={600} mt="md" mb={4}>{t('ex.comments')}</Text>
                {sheets.flatMap((s) => s.scores.filter((x) => x.comment).map((x) => (
                  <Text key={`${s.assignmentId}-${x.criterionId}`} size="sm" mb={2}>
                    <Text span c="dimmed">{s.expertName}, {criteria.find((c) => c.id === x.criterionId)?.name ?? ''}: </Text>{x.comment}
                  </Text>
                )))}
              </>
            )}
          </ScrollArea>
        );
      }}
    </AsyncView>
  );
}

import { useEffect, useRef, useState } from 'react';
import { Button, Group, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import type { ExpertRanking, RankingOrder, SessionAgenda } from '../../api/expert-types.ts';
import { expertPaths } from '../../api/expert-types.ts';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { EmptyState, ErrorState } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { setQuery } from '../../lib/router.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { useApi } from '../../lib/use-api.ts';
import { decisionTarget } from './AgendaItemCard.tsx';
import type { DecisionTarget } from './DecisionModal.tsx';
import { DecisionBadge, RoundKindBadge } from './ExpertBadges.tsx';
import { formatPoints } from './expert-format.ts';
import { rankingRows, type RankingRow } from './ranking-rows.ts';
import { ScoreMatrixModal } from './ScoreMatrixModal.tsx';

/**
 * The session's ranking: by weighted score, or by fewest open remarks (the Komi pre-defence singled out the
 * projects "with the fewest questions"). Each expert's total is shown with the mean and the spread, so a
 * disagreement is seen before the commission decides; only submitted sheets count, a draft is shown as such.
 */
export function RankingPanel({ agenda, by, version, onDecide }: { agenda: SessionAgenda; by: RankingOrder; version: number; onDecide(t: DecisionTarget): void }) {
  const { t, lang } = useI18n();
  // `version` changes when the agenda is reloaded (a decision, an assignment): the ranking follows it
  const ranking = useApi<ExpertRanking>(expertPaths.ranking(agenda.session.id), { by });
  const first = useRef(true);
  useEffect(() => {
    if (first.current) { first.current = false; return; }
    ranking.reload();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [version]);
  const [matrix, setMatrix] = useState<RankingRow | null>(null);
  const rows = ranking.data ? rankingRows(ranking.data.items, agenda.items) : [];
  const columns: Column<RankingRow>[] = [
    { key: 'rank', title: t('ex.rank'), align: 'right', width: 60, render: (r) => <Text fw={700} data-testid="rank">{r.rank}</Text> },
    {
      key: 'application', title: t('ex.application'),
      render: (r) => (
        <Stack gap={2}>
          <Text size="sm" fw={500} data-testid="ranking-cluster">{r.application.clusterName}</Text>
          <Group gap={6}><RoundKindBadge kind={r.round.kind} /><Text size="xs" c="dimmed">{t('ex.agendaLine', { id: r.application.id, round: r.round.number, version: r.round.version })}</Text></Group>
        </Stack>
      ),
    },
    { key: 'mean', title: t('ex.mean'), align: 'right', render: (r) => <Text fw={600} data-testid="ranking-mean">{formatPoints(r.weightedScore, lang)}</Text> },
    {
      key: 'experts', title: t('ex.expertTotals'),
      render: (r) => r.experts.length === 0 ? <Text size="sm" c="dimmed">—</Text> : (
        <Stack gap={2} data-testid="ranking-experts" miw={210}>
          {r.experts.map((e) => (
            <Group key={e.expertId} gap="xs" justify="space-between" wrap="nowrap" data-testid="ranking-expert" data-total={e.total ?? ''} data-submitted={e.submittedAt !== null}>
              <Text size="xs">{e.expertName}</Text>
              <Text size="xs" fw={e.submittedAt ? 600 : 400} c={e.submittedAt ? undefined : 'dimmed'} style={{ whiteSpace: 'nowrap' }}
                title={e.submittedAt ? t('ex.sheetSubmittedAt', { at: formatDateTime(e.submittedAt) }) : e.scored > 0 ? t('ex.rankingDraftHint') : undefined}>
                {e.submittedAt ? formatPoints(e.total, lang) : e.scored > 0 ? t('ex.rankingDraft') : t('ex.rankingNotStarted')}
              </Text>
            </Group>
          ))}
        </Stack>
      ),
    },
    { key: 'spread', title: t('ex.spread'), align: 'right', render: (r) => <Text size="sm" data-testid="ranking-spread">{formatPoints(r.spread, lang)}</Text> },
    {
      key: 'sheets', title: t('ex.sheets'), align: 'right',
      render: (r) => <Text size="sm" c={r.submittedSheets < r.sheets ? 'orange' : undefined} data-testid="ranking-sheets" title={t('ex.sheetsHint')} style={{ whiteSpace: 'nowrap' }}>{r.submittedSheets} / {r.sheets}</Text>,
    },
    { key: 'remarks', title: t('ex.openRemarks'), align: 'right', render: (r) => <Text size="sm" data-testid="ranking-remarks">{r.unresolvedRemarks}</Text> },
    {
      key: 'decision', title: t('ex.decision'),
      render: (r) => (
        <Stack gap={4} align="flex-start">
          <DecisionBadge outcome={r.decision} />
          <Group gap={4}>
            <Button size="compact-xs" variant="subtle" onClick={() => setMatrix(r)} data-testid="show-scores">{t('ex.showScores')}</Button>
            {!r.decision && r.item && <Button size="compact-xs" variant="light" color="violet" onClick={() => onDecide(decisionTarget(r.item!))} data-testid="ranking-decide">{t('ex.recordDecision')}</Button>}
          </Group>
        </Stack>
      ),
    },
  ];
  return (
    <Paper withBorder p="md" data-testid="ranking">
      <Group justify="space-between" mb="xs" wrap="wrap">
        <Title order={4}>{t('ex.ranking')}</Title>
        <SegmentedControl size="xs" value={by} onChange={(v) => setQuery({ by: v === 'score' ? null : v })} data-testid="ranking-order"
          data={[{ value: 'score', label: t('ex.byScore') }, { value: 'remarks', label: t('ex.byRemarks') }]} />
      </Group>
      <Text size="sm" c="dimmed" mb="sm">{by === 'score' ? t('ex.byScoreHint') : t('ex.byRemarksHint')}</Text>
      {ranking.error ? <ErrorState error={ranking.error} onRetry={ranking.reload} /> : ranking.data && rows.length === 0 ? (
        <EmptyState title={t('ex.emptyAgenda')} hint={t('ex.emptyAgendaHint')} />
      ) : (
        <DataTable testId="ranking-table" columns={columns} rows={rows} rowKey={(r) => r.round.id} loading={ranking.loading}
          rowAttributes={(r) => ({ 'data-testid': 'ranking-row', 'data-application-id': r.application.id, 'data-rank': r.rank, 'data-decision': r.decision ?? '' })} />
      )}
      <ScoreMatrixModal row={matrix} criteria={agenda.criteria} onClose={() => setMatrix(null)} />
    </Paper>
  );
}

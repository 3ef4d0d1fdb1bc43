import type { ReactNode } from 'react';
import { Stack, Text } from '@mantine/core';
import type { MatchScore, ScoreComponent } from '../../api/types.ts';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { useI18n, type Translate } from '../../i18n/i18n.tsx';
import { formatInt } from '../../lib/format.ts';
import { codeDigits } from './format-match.ts';
import { ComponentCell, ScoreBar } from './ScoreParts.tsx';

/** One ranked match, whichever way round: a supplier for a need, or a need for a supplier. */
export interface RankedRow {
  id: number;
  rank: number;
  score: MatchScore;
  /** The SME category of the supplying side (the sme component is about it). */
  supplierSme: string | null;
  /** The supplier's stated capacity, shown under the coverage it gives. */
  capacityText?: string;
  /** Attributes for tests: which organisation, which record. */
  attributes: Record<string, string | number>;
}

interface Props<T extends RankedRow> {
  rows: T[];
  counterpartTitle: string;
  counterpart(row: T): ReactNode;
  action?(row: T): ReactNode;
  loading?: boolean;
  testId: string;
}

function componentOf(score: MatchScore, key: ScoreComponent['key']): ScoreComponent {
  return score.components.find((c) => c.key === key)!;
}

/** The fact behind each component, in words a buyer checks against the supplier's card. */
function facts(row: RankedRow, t: Translate, smeLabel: (v: string | null) => string) {
  const { score } = row;
  const p = score.product;
  const depth = t('mm.productDigits', { n: p.sharedDigits, of: codeDigits(p.needCode) });
  return {
    product: p.score === 1
      ? { fact: t('mm.productFull', { code: p.needCode }), detail: [depth] }
      : { fact: p.commonPrefix, detail: [depth, t('mm.productNeed', { code: p.needCode }), t('mm.productOffer', { code: p.offerCode })] },
    proximity: { fact: score.distanceKm == null ? t('mm.distanceUnknown') : t('mm.km', { n: formatInt(Math.round(score.distanceKm)) }) },
    capacity: {
      fact: score.coverage == null ? t('mm.coverageUnknown') : t('mm.coverage', { p: `${formatInt(Math.round(score.coverage * 100))} %` }),
      detail: row.capacityText ? [row.capacityText] : [],
    },
    sme: { fact: row.supplierSme ? smeLabel(row.supplierSme) : t('mm.smeUnknown') },
    sameCluster: { fact: score.sameCluster ? t('common.yes') : t('common.no') },
    pastLinks: { fact: score.pastLinkYears ? t('mm.pastYears', { n: score.pastLinkYears }) : t('mm.pastNone') },
  } satisfies Record<ScoreComponent['key'], { fact: string; detail?: string[] }>;
}

/**
 * Ranked matches with every component of the score in its own column: the fact (code depth, km, coverage,
 * SME category, cluster, years of past supplies) and the points it earned out of its weight.
 */
export function RankedMatches<T extends RankedRow>({ rows, counterpartTitle, counterpart, action, loading, testId }: Props<T>) {
  const { t, label } = useI18n();
  const keys: ScoreComponent['key'][] = ['product', 'proximity', 'capacity', 'sme', 'sameCluster', 'pastLinks'];
  // Short headers (the legend above the table carries the full labels and weights).
  const title = (key: ScoreComponent['key']) => t(`mm.component.${key}`);
  const columns: Column<T>[] = [
    { key: 'rank', title: '№', width: 40, render: (r) => <Text fw={600} size="sm" data-testid="match-rank">{r.rank}</Text> },
    { key: 'counterpart', title: counterpartTitle, render: counterpart },
    // The action sits under the score: the reason to act and the act side by side, and one column less.
    { key: 'total', title: t('mm.score'), render: (r) => <Stack gap={6} align="flex-start"><ScoreBar score={r.score} width={96} />{action?.(r)}</Stack> },
    ...keys.map((key): Column<T> => ({
      key, title: title(key),
      render: (r) => {
        const f = facts(r, t, (v) => label('sme', v))[key];
        return <ComponentCell component={componentOf(r.score, key)} fact={f.fact} detail={'detail' in f ? f.detail : undefined} />;
      },
    })),
  ];
  return (
    <DataTable
      testId={testId} columns={columns} rows={rows} rowKey={(r) => r.id} loading={loading} emptyTitle={t('mm.noMatches')}
      rowAttributes={(r) => ({ 'data-testid': 'match-row', 'data-rank': r.rank, 'data-total': r.score.total, ...r.attributes })}
    />
  );
}

import { useState } from 'react';
import { Anchor, Badge, Group, Paper, Progress, SimpleGrid, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import type { LocalSupplier, ValueChainGap, ValueChainGaps } from '../../api/types.ts';
import { StatCard } from '../../components/StatCard.tsx';
import { AsyncView, EmptyState } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatInt, formatPercent, formatRub } from '../../lib/format.ts';
import { RouterLink } from '../../lib/router.tsx';
import { useApi } from '../../lib/use-api.ts';
import { ScoreBar } from './ScoreParts.tsx';

const SHOWN_CANDIDATES = 3;

function Candidate({ c }: { c: LocalSupplier }) {
  const { lang, label } = useI18n();
  return (
    <Group gap="sm" wrap="nowrap" align="flex-start" data-testid="gap-candidate" data-inn={c.inn}>
      <ScoreBar score={c.score} width={90} />
      <Stack gap={0}>
        <RouterLink className="klaster-link" to={`/organisations/${c.organisationId}`}>{c.name}</RouterLink>
        <Text size="xs" c="dimmed">{label('sme', c.smeCategory)} · {c.okpd2.join(', ')}</Text>
        <Text size="xs" c="dimmed">{lang === 'en' ? c.score.explanationEn : c.score.explanationRu}</Text>
      </Stack>
    </Group>
  );
}

function GapRow({ gap, regions }: { gap: ValueChainGap; regions: string[] }) {
  const { t, lang } = useI18n();
  const [all, setAll] = useState(false);
  const shown = all ? gap.candidates : gap.candidates.slice(0, SHOWN_CANDIDATES);
  return (
    <Table.Tr data-testid="gap-row" data-okpd2={gap.okpd2}>
      <Table.Td miw={220}>
        <Text size="sm" fw={600} ff="monospace">{gap.okpd2}</Text>
        {gap.product && <Text size="sm">{gap.product}</Text>}
        {gap.year && <Text size="xs" c="dimmed">{t('mm.yearOf', { y: gap.year })}</Text>}
      </Table.Td>
      {gap.boughtTotal > 0 ? (
        <>
          <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{formatRub(gap.boughtTotal, lang)}<Text size="xs" c="dimmed">{t('mm.buyersN', { n: gap.buyers })}</Text></Table.Td>
          <Table.Td miw={170}>
            <Text size="sm" style={{ whiteSpace: 'nowrap' }}>{formatRub(gap.boughtOutside, lang)} · {formatPercent(gap.outsideShare)}</Text>
            <Tooltip label={t('mm.outsideBar', { region: formatRub(gap.boughtOutOfRegion, lang) })} withArrow>
              <Progress.Root size={8} mt={4}>
                <Progress.Section value={(100 * (gap.boughtOutside - gap.boughtOutOfRegion)) / gap.boughtTotal} color="orange.4" />
                <Progress.Section value={(100 * gap.boughtOutOfRegion) / gap.boughtTotal} color="red.6" />
              </Progress.Root>
            </Tooltip>
            <Text size="xs" c="dimmed">{t('mm.outOfRegion', { v: formatRub(gap.boughtOutOfRegion, lang) })} · {t('mm.outsideSuppliersN', { n: gap.outsideSuppliers })}</Text>
          </Table.Td>
        </>
      ) : (
        // A gap known only from an open import-substitution need: nothing bought yet to measure.
        <Table.Td colSpan={2}><Text size="sm" c="dimmed" data-testid="gap-need-only">{t('mm.needOnly')}</Text></Table.Td>
      )}
      <Table.Td>
        {gap.importReplacementNeeds > 0
          ? <Stack gap={2}><Badge color="red" variant="light" style={{ textTransform: 'none' }} data-testid="gap-import">{t('mm.importNeeds', { n: gap.importReplacementNeeds })}</Badge>
            <Text size="xs" c="dimmed">{formatRub(gap.importReplacementVolume, lang)}</Text>
            <RouterLink className="klaster-link" style={{ fontSize: 12 }} to={`/matchmaking?region=${regions.join(',')}&okpd2=${gap.okpd2}`}>{t('mm.openNeeds')}</RouterLink></Stack>
          : <Text size="sm" c="dimmed">—</Text>}
      </Table.Td>
      <Table.Td>
        {shown.length === 0 ? <Text size="sm" c="dimmed">{t('mm.noLocalSuppliers')}</Text> : (
          <Stack gap={6}>
            {shown.map((c) => <Candidate key={c.organisationId} c={c} />)}
            {gap.candidates.length > shown.length && (
              <Anchor component="button" type="button" size="xs" ta="left" onClick={() => setAll(true)} data-testid="gap-more">{t('mm.moreCandidates', { n: gap.candidates.length - shown.length })}</Anchor>
            )}
          </Stack>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

/**
 * A cluster's value-chain gaps: what its members buy from outside the cluster (or import), and the local SMEs
 * that could supply it, ranked by the matchmaking score (PRODUCT.md stories 3 and 5).
 */
export function ValueChainGapsPanel({ clusterId }: { clusterId: number }) {
  const { t, lang } = useI18n();
  const state = useApi<ValueChainGaps>(`/api/clusters/${clusterId}/value-chain-gaps`);
  return (
    <AsyncView state={state}>
      {(d) => (
        <Stack gap="md" data-testid="value-chain">
          <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md">
            <StatCard testId="vc-gaps" label={t('mm.gapsCount')} value={formatInt(d.gaps.length)} />
            <StatCard testId="vc-imported" label={t('mm.imported')} value={formatRub(d.imports.imported, lang)} hint={d.imports.year ? t('mm.yearOf', { y: d.imports.year }) : undefined} />
            <StatCard testId="vc-intermediate" label={t('mm.intermediate')} value={formatRub(d.imports.intermediateTotal, lang)} />
            <StatCard testId="vc-import-share" label={t('mm.importShare')} value={formatPercent(d.imports.importShare)} />
          </SimpleGrid>
          <Paper withBorder p="md">
            <Title order={4} mb={4}>{t('mm.gapsTitle')}</Title>
            <Text size="sm" c="dimmed" mb="sm">{t('mm.gapsHint')}</Text>
            {d.gaps.length === 0 ? <EmptyState title={t('mm.noGaps')} /> : (
              <Table.ScrollContainer minWidth={900}>
                <Table fz="sm" verticalSpacing="sm" striped data-testid="gaps-table">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('mm.product')}</Table.Th><Table.Th ta="right">{t('mm.boughtTotal')}</Table.Th><Table.Th>{t('mm.boughtOutside')}</Table.Th>
                      <Table.Th>{t('mm.importReplacement')}</Table.Th><Table.Th>{t('mm.localSmes')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>{d.gaps.map((g) => <GapRow key={g.okpd2} gap={g} regions={d.regions} />)}</Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </Paper>
        </Stack>
      )}
    </AsyncView>
  );
}

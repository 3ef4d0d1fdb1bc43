import { Badge, Group, Paper, Stack, Text, UnstyledButton } from '@mantine/core';
import type { DiscoveryCandidate } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatPercent } from '../../lib/format.ts';

const TERRITORY_COLOUR: Record<string, string> = { local: 'teal', 'inter-municipal': 'blue', 'inter-regional': 'grape' };
const lq = new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 2 });

/** One ranked candidate: size, territory, score, industries with LQ, SME and internal shares, overlap, gaps in words. */
export function CandidateCard({ c, selected, onSelect }: { c: DiscoveryCandidate; selected: boolean; onSelect(): void }) {
  const { t, lang, label } = useI18n();
  return (
    <Paper withBorder p="sm" data-testid="candidate" data-rank={c.rank} style={selected ? { borderColor: 'var(--mantine-color-blue-6)', borderWidth: 2 } : undefined}>
      <UnstyledButton onClick={onSelect} w="100%" aria-pressed={selected}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Text fw={600} size="sm">{c.rank}. {c.name}</Text>
          <Badge size="lg" variant="filled" data-testid="candidate-score">{lq.format(c.score)}</Badge>
        </Group>
      </UnstyledButton>
      <Group gap={6} mt={6}>
        <Badge variant="light" style={{ textTransform: 'none' }}>{t('ds.members', { n: c.members.length, i: c.industrialCount })}</Badge>
        <Badge variant="light" color={TERRITORY_COLOUR[c.territory]} style={{ textTransform: 'none' }} data-testid="candidate-territory">{label('territory', c.territory)}</Badge>
        <Badge variant="outline" color="gray" style={{ textTransform: 'none' }}>{t('ds.sme', { p: formatPercent(c.smeShare) })}</Badge>
        <Badge variant="outline" color="gray" style={{ textTransform: 'none' }}>{t('ds.internal', { p: formatPercent(c.internalCooperationShare) })}</Badge>
      </Group>
      <Text size="xs" mt={6}>{t('ds.industries')}: {c.dominantIndustries.map((d) => `${d.industry} (LQ ${lq.format(d.lq)})`).join(', ')}</Text>
      {c.overlap && <Text size="xs" c="dimmed" data-testid="candidate-overlap">{t('ds.overlap', { name: c.overlap.name, j: formatPercent(c.overlap.jaccard) })}</Text>}
      <Stack gap={2} mt={6} data-testid="candidate-gaps">
        {c.check.compliant ? <Text size="xs" c="green.8">✓ {t('ds.noGaps')}</Text>
          : c.check.gaps.map((g) => <Text key={g.requirement} size="xs" c={g.status === 'fail' ? 'red.8' : 'dimmed'}>{g.status === 'fail' ? '✗' : '?'} {lang === 'en' ? g.messageEn : g.message}</Text>)}
      </Stack>
    </Paper>
  );
}

import { Group, Progress, Stack, Text, Tooltip } from '@mantine/core';
import type { MatchScore, ScoreComponent } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';

/** One colour per score component, the same in the bar, the legend and the column headers. */
export const COMPONENT_COLOURS: Record<ScoreComponent['key'], string> = {
  product: 'blue.6',
  proximity: 'teal.6',
  capacity: 'orange.5',
  sme: 'green.6',
  sameCluster: 'grape.5',
  pastLinks: 'yellow.6',
};

const points = new Intl.NumberFormat('ru-RU', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
export const formatPoints = (x: number): string => points.format(x);

export function componentLabel(c: Pick<ScoreComponent, 'labelRu' | 'labelEn'>, lang: 'ru' | 'en'): string {
  return lang === 'en' ? c.labelEn : c.labelRu;
}

/** The total as a stacked bar: each component's share of a perfect match (weights sum to 1). */
export function ScoreBar({ score, width = 150 }: { score: MatchScore; width?: number }) {
  const { lang } = useI18n();
  return (
    <Stack gap={2} w={width} style={{ flexShrink: 0 }}>
      <Text fw={700} size="sm" data-testid="match-total">{formatPoints(score.total)}</Text>
      <Progress.Root size={10} aria-hidden="true">
        {score.components.map((c) => (
          <Tooltip key={c.key} label={`${componentLabel(c, lang)}: ${formatPoints(c.points)} / ${formatPoints(c.weight)}`} withArrow>
            <Progress.Section value={c.points * 100} color={COMPONENT_COLOURS[c.key]} />
          </Tooltip>
        ))}
      </Progress.Root>
    </Stack>
  );
}

/** A component cell: the fact a person checks ("5 км", "27.11.10 полностью") and the points it earned out of its weight. */
export function ComponentCell({ component, fact, detail = [] }: { component: ScoreComponent; fact: string; detail?: string[] }) {
  return (
    <Stack gap={0} data-testid={`component-${component.key}`} data-value={component.value} data-points={component.points}>
      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>{fact}</Text>
      {detail.map((d) => <Text key={d} size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>{d}</Text>)}
      <Text size="xs" c={component.points > 0 ? COMPONENT_COLOURS[component.key] : 'dimmed'} fw={500} style={{ whiteSpace: 'nowrap' }}>
        +{formatPoints(component.points)} <Text span c="dimmed" size="xs" fw={400}>/ {formatPoints(component.weight)}</Text>
      </Text>
    </Stack>
  );
}

/** "Оценка = 0,40 × совпадение продукции + …": the weights, so every column's points can be checked. */
export function WeightsLegend({ components }: { components: ScoreComponent[] }) {
  const { t, lang } = useI18n();
  return (
    <Group gap="md" data-testid="weights-legend">
      <Text size="xs" c="dimmed">{t('mm.weights')}</Text>
      {components.map((c) => (
        <Group key={c.key} gap={6} wrap="nowrap">
          <Progress.Root size={10} w={14} aria-hidden="true"><Progress.Section value={100} color={COMPONENT_COLOURS[c.key]} /></Progress.Root>
          <Text size="xs">{componentLabel(c, lang)} — {formatPoints(c.weight)}</Text>
        </Group>
      ))}
    </Group>
  );
}

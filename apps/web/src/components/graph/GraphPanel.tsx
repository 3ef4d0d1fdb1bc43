import { useMemo } from 'react';
import { Box, Group, ScrollArea, Stack, Text } from '@mantine/core';
import type { Link } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatInt, formatRub } from '../../lib/format.ts';
import { EmptyState, LoadingState } from '../States.tsx';
import { CooperationGraph } from './CooperationGraph.tsx';
import { buildCooperationGraph, colourGraph, type ColourMode, type GraphOrganisation } from './graph-model.ts';
import { useSectionOf } from './use-section-of.ts';

interface Props {
  orgs: GraphOrganisation[];
  links: Link[];
  mode: ColourMode;
  height: number | string;
  testId?: string;
}

/** The graph with its legend and figures; the layout is computed once per data set, colours per mode. */
export function GraphPanel({ orgs, links, mode, height, testId }: Props) {
  const { t, lang } = useI18n();
  const labels = useMemo(() => ({ other: t('graph.otherRegion'), unknown: t('graph.unknown') }), [t]);
  const sectionOf = useSectionOf(labels.unknown);
  const graph = useMemo(() => (sectionOf ? buildCooperationGraph(orgs, links, labels, sectionOf) : null), [orgs, links, labels, sectionOf]);
  const legend = useMemo(() => (graph ? colourGraph(graph, mode, labels.other) : []), [graph, mode, labels.other]);
  if (!graph) return <LoadingState />;
  if (links.length === 0) return <EmptyState title={t('graph.noLinks')} />;
  const volume = links.reduce((sum, l) => sum + l.volume, 0);
  return (
    <Group align="stretch" wrap="nowrap" gap="md">
      <Box style={{ flex: 1, minWidth: 0 }}>
        <CooperationGraph graph={graph} colourKey={mode} height={height} testId={testId} webglMissingText={t('map.webglMissing')} />
        <Text size="xs" c="dimmed" mt={6} data-testid="graph-stats">
          {t('graph.stats', { n: formatInt(graph.order), e: formatInt(graph.size), v: formatRub(volume, lang) })} · {t('graph.hint')}
        </Text>
      </Box>
      <ScrollArea.Autosize mah={height} w={260} style={{ flexShrink: 0 }}>
        <Stack gap={6} data-testid="graph-legend">
          <Text size="sm" fw={600}>{mode === 'municipality' ? t('graph.municipal') : t('graph.okved')}</Text>
          {legend.map((entry) => (
            <Group key={entry.name} gap={6} wrap="nowrap" align="flex-start">
              <Box mt={3} w={12} h={12} style={{ borderRadius: 6, background: entry.colour, flexShrink: 0 }} />
              <Text size="xs" style={{ flex: 1 }}>{entry.name}</Text>
              <Text size="xs" c="dimmed">{entry.count}</Text>
            </Group>
          ))}
        </Stack>
      </ScrollArea.Autosize>
    </Group>
  );
}

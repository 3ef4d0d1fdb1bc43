import { Box, Group, Stack, Text } from '@mantine/core';
import { formatInt } from '../lib/format.ts';

export interface Bar {
  key: string;
  label: string;
  value: number;
  colour?: string;
}

/** Horizontal bars in plain CSS: readable at any size, no chart library, numbers always printed. */
export function BarChart({ bars, emptyText, testId }: { bars: Bar[]; emptyText: string; testId?: string }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  if (bars.length === 0) return <Text c="dimmed" size="sm">{emptyText}</Text>;
  return (
    <Stack gap={10} data-testid={testId}>
      {bars.map((bar) => (
        <Box key={bar.key} data-testid={testId ? `${testId}-bar` : undefined}>
          <Group justify="space-between" gap="xs" wrap="nowrap" mb={3}>
            <Text size="sm" truncate="end">{bar.label}</Text>
            <Text size="sm" fw={600}>{formatInt(bar.value)}</Text>
          </Group>
          <Box h={10} bg="gray.1" style={{ borderRadius: 5, overflow: 'hidden' }}>
            <Box h="100%" w={`${(bar.value / max) * 100}%`} bg={bar.colour ?? 'var(--mantine-primary-color-filled)'} style={{ borderRadius: 5, minWidth: bar.value > 0 ? 4 : 0 }} />
          </Box>
        </Box>
      ))}
    </Stack>
  );
}

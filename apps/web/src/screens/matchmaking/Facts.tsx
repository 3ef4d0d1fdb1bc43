import type { ReactNode } from 'react';
import { Paper, SimpleGrid, Stack, Text } from '@mantine/core';

/** The particulars of a need or capability in one row of labelled facts, so the ranking starts high on the page. */
export function Facts({ rows, testId }: { rows: { label: string; value: ReactNode; key: string }[]; testId?: string }) {
  return (
    <Paper withBorder p="md" data-testid={testId}>
      <SimpleGrid cols={{ base: 2, md: rows.length }} spacing="md">
        {rows.map((r) => (
          <Stack key={r.key} gap={2} data-fact={r.key}>
            <Text size="xs" c="dimmed" tt="uppercase" fw={600} style={{ letterSpacing: 0.4 }}>{r.label}</Text>
            <Text size="sm" component="div" fw={500}>{r.value}</Text>
          </Stack>
        ))}
      </SimpleGrid>
    </Paper>
  );
}

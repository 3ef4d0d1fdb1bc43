import type { ReactNode } from 'react';
import { Button, Center, Paper, Stack, Text, Title } from '@mantine/core';
import { ApiError } from '../../api/client.ts';
import { ErrorState, LoadingState } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import type { ApiState } from '../../lib/use-api.ts';
import { navigate } from '../../lib/router.tsx';

/**
 * An object outside the reader's scope answers 404, like one that does not exist (existence must not leak by
 * id): the screen then says "not found" plainly, with a way back, instead of a data error with a retry.
 */
export function NotFoundPanel({ title, hint, back }: { title: string; hint: string; back: { label: string; to: string } }) {
  return (
    <Center py="xl">
      <Paper withBorder p="xl" maw={560} data-testid="not-found">
        <Stack gap="sm" align="flex-start">
          <Title order={3}>{title}</Title>
          <Text size="sm" c="dimmed">{hint}</Text>
          <Button variant="default" onClick={() => navigate(back.to)}>{back.label}</Button>
        </Stack>
      </Paper>
    </Center>
  );
}

/** Loading → not found (404) → other error with retry → content. */
export function RemoteView<T>({ state, notFound, children }: { state: ApiState<T>; notFound: { title: string; back: { label: string; to: string } }; children: (data: T) => ReactNode }) {
  const { t } = useI18n();
  if (state.error instanceof ApiError && state.error.status === 404) return <NotFoundPanel title={notFound.title} hint={t('pj.notFoundHint')} back={notFound.back} />;
  if (state.error) return <ErrorState error={state.error} onRetry={state.reload} />;
  if (state.data === null) return <LoadingState />;
  return <>{children(state.data)}</>;
}

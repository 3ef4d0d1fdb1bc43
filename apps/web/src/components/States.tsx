import type { ReactNode } from 'react';
import { Alert, Button, Center, Group, Loader, Stack, Text } from '@mantine/core';
import { ApiError } from '../api/client.ts';
import { useI18n } from '../i18n/i18n.tsx';
import type { ApiState } from '../lib/use-api.ts';

export function LoadingState({ label }: { label?: string }) {
  const { t } = useI18n();
  return (
    <Center py="xl" data-testid="loading">
      <Group gap="sm">
        <Loader size="sm" />
        <Text c="dimmed">{label ?? t('common.loading')}</Text>
      </Group>
    </Center>
  );
}

export function errorText(error: Error, lang: 'ru' | 'en'): string {
  return error instanceof ApiError && lang === 'en' ? error.messageEn : error.message;
}

export function ErrorState({ error, onRetry }: { error: Error; onRetry?: () => void }) {
  const { t, lang } = useI18n();
  return (
    <Alert color="red" title={t('common.error')} role="alert" data-testid="error-state">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{errorText(error, lang)}</Text>
        {onRetry && (
          <Button size="xs" variant="light" color="red" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}

export function EmptyState({ title, hint }: { title?: string; hint?: string }) {
  const { t } = useI18n();
  return (
    <Center py="xl" data-testid="empty-state">
      <Stack gap={4} align="center">
        <Text fw={600} c="dimmed">{title ?? t('common.empty')}</Text>
        <Text size="sm" c="dimmed">{hint ?? t('common.emptyHint')}</Text>
      </Stack>
    </Center>
  );
}

/** Loading → error (with retry) → content; the one way every screen shows remote data. */
export function AsyncView<T>({ state, children }: { state: ApiState<T>; children: (data: T) => ReactNode }) {
  if (state.error) return <ErrorState error={state.error} onRetry={state.reload} />;
  if (state.data === null) return <LoadingState />;
  return <>{children(state.data)}</>;
}

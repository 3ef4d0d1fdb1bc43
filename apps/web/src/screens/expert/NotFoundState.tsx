import { Alert, Button, Stack, Text } from '@mantine/core';
import { ApiError } from '../../api/client.ts';
import { ErrorState } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { navigate } from '../../lib/router.tsx';

/**
 * A 404 from the expert API means "not yours, or not there" (the server does not tell which, so ids cannot be
 * guessed): say so plainly and offer the way back. Any other error is an error, with a retry.
 */
export function ExpertLoadError({ error, onRetry, title, hint, back }: { error: Error; onRetry(): void; title: string; hint: string; back: { to: string; label: string } }) {
  const { t } = useI18n();
  if (!(error instanceof ApiError && error.status === 404)) return <ErrorState error={error} onRetry={onRetry} />;
  return (
    <Alert color="gray" variant="light" title={title} data-testid="not-found" role="alert">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{hint}</Text>
        <Button size="xs" variant="default" onClick={() => navigate(back.to)}>{back.label || t('common.back')}</Button>
      </Stack>
    </Alert>
  );
}

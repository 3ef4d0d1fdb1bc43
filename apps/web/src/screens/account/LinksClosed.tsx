import { Alert, Button, Stack, Text } from '@mantine/core';
import { useI18n } from '../../i18n/i18n.tsx';
import { navigate } from '../../lib/router.tsx';
import { signInPath, useSession } from '../../lib/session.tsx';

/**
 * In place of supply links the reader may not see (they are commercial data, open within a scope): the public
 * is offered to sign in, a signed-in reader is told whose they are.
 */
export function LinksClosed() {
  const { t } = useI18n();
  const { user } = useSession();
  return (
    <Alert color="gray" variant="light" title={user ? t('auth.linksClosed') : t('auth.linksSignIn')} data-testid="links-closed">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{user ? t('auth.linksClosedHint') : `${t('auth.linksClosed')}. ${t('auth.linksClosedHint')}`}</Text>
        {!user && <Button size="xs" onClick={() => navigate(signInPath())} data-testid="links-sign-in">{t('auth.signIn')}</Button>}
      </Stack>
    </Alert>
  );
}

/** In place of the change history of an object outside the reader's scope. */
export function HistoryClosed() {
  const { t } = useI18n();
  return <Text size="sm" c="dimmed" data-testid="history-closed">{t('auth.historyClosed')}</Text>;
}

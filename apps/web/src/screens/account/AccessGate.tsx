import { useEffect, type ReactNode } from 'react';
import { Button, Center, Paper, Stack, Text, Title } from '@mantine/core';
import { LoadingState } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { allows, roleLabel, type Access } from '../../lib/access.ts';
import { navigate, useLocation } from '../../lib/router.tsx';
import { CHANGE_PASSWORD_PATH, currentPlace, signInPath, SIGN_IN_PATH, useSession } from '../../lib/session.tsx';

/** Replaces the current history entry: the back button should not return to a page that only redirects. */
function Redirect({ to }: { to: string }) {
  useEffect(() => { navigate(to, true); }, [to]);
  return <LoadingState />;
}

function NotAllowed({ access }: { access: Access }) {
  const { t, label } = useI18n();
  const who = Array.isArray(access) ? access.map((r) => roleLabel(r, label)).join(', ') : '';
  return (
    <Center py="xl">
      <Paper withBorder p="xl" maw={560} data-testid="not-allowed">
        <Stack gap="sm" align="flex-start">
          <Title order={3}>{t('auth.notAllowed')}</Title>
          <Text size="sm" c="dimmed">{who ? t('auth.notAllowedFor', { roles: who }) : t('auth.notAllowedHint')}</Text>
          <Button variant="default" onClick={() => navigate('/')}>{t('auth.toDashboard')}</Button>
        </Stack>
      </Paper>
    </Center>
  );
}

/**
 * Shows a screen only to those its route lets in (routes.tsx `access`): the public is sent to sign in, with
 * the page kept to come back to; a signed-in user without the role is told so; an account whose password
 * must be changed sees only the change-password screen. The server checks every request anyway: this spares
 * people screens that could only fail.
 */
export function AccessGate({ access, children }: { access: Access | undefined; children: ReactNode }) {
  const { ready, user } = useSession();
  const { path } = useLocation();
  if (!ready) return <LoadingState />;
  if (user?.mustChangePassword && path !== CHANGE_PASSWORD_PATH && path !== SIGN_IN_PATH)
    return <Redirect to={`${CHANGE_PASSWORD_PATH}?next=${encodeURIComponent(currentPlace())}`} />;
  if (allows(access, user)) return <>{children}</>;
  if (!user) return <Redirect to={signInPath()} />;
  return <NotAllowed access={access!} />;
}

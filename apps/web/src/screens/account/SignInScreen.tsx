import { useEffect, useState } from 'react';
import { Alert, Anchor, Button, Paper, PasswordInput, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { ApiError } from '../../api/client.ts';
import { errorText } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { roleLabel } from '../../lib/access.ts';
import { useDemoAccounts } from '../../lib/demo-accounts.ts';
import { navigate, useLocation } from '../../lib/router.tsx';
import { CHANGE_PASSWORD_PATH, safeNext, useSession } from '../../lib/session.tsx';

/** The demo accounts of this installation (the server lists them) and their shared password; a click on a login fills the form. */
function DemoAccounts({ onPick }: { onPick(login: string, password: string): void }) {
  const { t, lang, label } = useI18n();
  // Only the public needs the list: a signed-in visitor is sent on.
  const { ready, user } = useSession();
  const demo = useDemoAccounts(ready && !user);
  const password = demo.data?.password;
  if (!password || !demo.data?.accounts.length) return null;
  return (
    <Paper withBorder p="lg" data-testid="demo-accounts">
      <Title order={4} mb={4}>{t('auth.demoTitle')}</Title>
      <Text size="sm" c="dimmed" mb="sm">{t('auth.demoHint')}</Text>
      <Text size="sm" mb="sm">{t('auth.demoPassword')} <Text span ff="monospace" fw={600} data-testid="demo-password">{password}</Text></Text>
      <Table fz="sm" verticalSpacing={4} striped>
        <Table.Thead><Table.Tr><Table.Th>{t('auth.login')}</Table.Th><Table.Th>{t('auth.role')}</Table.Th><Table.Th>{t('auth.scope')}</Table.Th></Table.Tr></Table.Thead>
        <Table.Tbody>
          {demo.data.accounts.map((a) => (
            <Table.Tr key={a.login} data-testid={`demo-account-${a.login}`}>
              <Table.Td>
                <Anchor component="button" type="button" ff="monospace" size="sm" title={a.displayName} onClick={() => onPick(a.login, password)} data-testid={`demo-login-${a.login}`}>{a.login}</Anchor>
              </Table.Td>
              <Table.Td>{roleLabel(a.role, label)}</Table.Td>
              <Table.Td>{lang === 'en' ? a.scopeEn : a.scope}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

/** Wrong password and "too many attempts, wait" come from the server in both languages; shown as they are. */
function signInErrorTitle(error: Error, t: ReturnType<typeof useI18n>['t']): string {
  if (error instanceof ApiError && error.code === 'rate_limited') return t('auth.rateLimitedTitle');
  if (error instanceof ApiError && error.code === 'unauthorized') return t('auth.failedTitle');
  return t('common.error');
}

export function SignInScreen() {
  const { t, lang } = useI18n();
  const session = useSession();
  const { query } = useLocation();
  const next = safeNext(query.get('next'));
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<Error | null>(null);
  const [busy, setBusy] = useState(false);

  // Already signed in (a bookmark of /login, the back button): nothing to do here.
  useEffect(() => {
    if (session.ready && session.user && !busy) navigate(session.user.mustChangePassword ? `${CHANGE_PASSWORD_PATH}?next=${encodeURIComponent(next)}` : next, true);
  }, [session.ready, session.user, busy, next]);

  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      const user = await session.signIn(login.trim(), password);
      navigate(user.mustChangePassword ? `${CHANGE_PASSWORD_PATH}?next=${encodeURIComponent(next)}` : next, true);
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)));
      setPassword('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg" maw={1180} mx="auto" mt="md">
      <Paper withBorder p="xl">
        <form onSubmit={(e) => { e.preventDefault(); void submit(); }} data-testid="sign-in-form">
          <Stack gap="md">
            <div>
              <Title order={2} fw={650}>{t('auth.signInTitle')}</Title>
              <Text c="dimmed" size="sm" mt={4}>{t('auth.signInSubtitle')}</Text>
            </div>
            {next !== '/' && !error && <Alert color="blue" variant="light" data-testid="sign-in-needed">{t('auth.signInNeeded')}</Alert>}
            {error && (
              <Alert color="red" role="alert" title={signInErrorTitle(error, t)} data-testid="sign-in-error" data-code={error instanceof ApiError ? error.code : undefined}>
                {errorText(error, lang)}
              </Alert>
            )}
            <TextInput label={t('auth.login')} name="username" autoComplete="username" required value={login} onChange={(e) => setLogin(e.currentTarget.value)} data-testid="sign-in-login" autoFocus />
            <PasswordInput label={t('auth.password')} name="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.currentTarget.value)} data-testid="sign-in-password" />
            <Button type="submit" loading={busy} disabled={!login.trim() || !password} data-testid="sign-in-submit">{t('auth.signIn')}</Button>
            <Text size="xs" c="dimmed">{t('auth.forgotHint')}</Text>
          </Stack>
        </form>
      </Paper>
      <DemoAccounts onPick={(l, p) => { setLogin(l); setPassword(p); setError(null); }} />
    </SimpleGrid>
  );
}

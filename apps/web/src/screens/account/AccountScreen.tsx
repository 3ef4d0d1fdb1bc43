import { Button, Group, Paper, SimpleGrid, Text } from '@mantine/core';
import type { SessionUser } from '../../api/accounts.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { AsyncView } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { roleLabel } from '../../lib/access.ts';
import { navigate } from '../../lib/router.tsx';
import { CHANGE_PASSWORD_PATH, useSession } from '../../lib/session.tsx';
import { useApi } from '../../lib/use-api.ts';
import { ScopeText } from './ScopeText.tsx';

function Field({ label, children, testId }: { label: string; children: React.ReactNode; testId?: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">{label}</Text>
      <Text size="sm" fw={500} component="div" data-testid={testId}>{children}</Text>
    </div>
  );
}

/** «Моя учётная запись»: who I am here, what I may work with, and the password. */
export function AccountScreen() {
  const { t, label } = useI18n();
  const { signOut } = useSession();
  // Asked afresh rather than taken from the session: the administrator may have changed the scope meanwhile.
  const me = useApi<SessionUser>('/api/auth/me');
  return (
    <>
      <PageHeader title={t('acc.title')} />
      <AsyncView state={me}>
        {(u) => (
          <Paper withBorder p="lg" maw={760} data-testid="account">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <Field label={t('acc.displayName')} testId="account-name">{u.displayName}</Field>
              <Field label={t('auth.login')} testId="account-login">{u.login}</Field>
              <Field label={t('auth.role')} testId="account-role">{roleLabel(u.role, label)}</Field>
              <Field label={t('auth.scope')} testId="account-scope"><ScopeText user={u} /></Field>
            </SimpleGrid>
            <Group mt="lg">
              <Button variant="default" onClick={() => navigate(CHANGE_PASSWORD_PATH)} data-testid="account-change-password">{t('pw.title')}</Button>
              <Button variant="light" color="red" onClick={() => void signOut()}>{t('auth.signOut')}</Button>
            </Group>
          </Paper>
        )}
      </AsyncView>
    </>
  );
}

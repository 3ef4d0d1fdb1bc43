import { useState } from 'react';
import { Alert, Button, Group, Paper, PasswordInput, Stack } from '@mantine/core';
import { ApiError } from '../../api/client.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { errorText, LoadingState } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { passwordAcceptable } from '../../lib/password-rules.ts';
import { navigate, useLocation } from '../../lib/router.tsx';
import { safeNext, useSession } from '../../lib/session.tsx';
import { PasswordRules } from './PasswordRules.tsx';

/**
 * The user's own password. After an administrator created the account or reset its password this screen is
 * the only one open (AccessGate); the server answers public routes as for the public and 403 to the others
 * until the password is changed, so the header and the demo banner around this screen still load.
 */
export function ChangePasswordScreen() {
  const { t, lang } = useI18n();
  const { user, changePassword } = useSession();
  const next = safeNext(useLocation().query.get('next'));
  const [current, setCurrent] = useState('');
  const [fresh, setFresh] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<Error | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  if (!user) return <LoadingState />;
  const forced = user.mustChangePassword;
  const mismatch = repeat !== '' && repeat !== fresh;

  const submit = async () => {
    setBusy(true);
    setError(null);
    setFieldErrors({});
    try {
      await changePassword(current, fresh);
      setDone(true);
      setCurrent(''); setFresh(''); setRepeat('');
      // A forced change ends where the user was going; a voluntary one stays here with the confirmation.
      if (forced) navigate(next, true);
    } catch (e) {
      if (e instanceof ApiError) setFieldErrors(e.fieldErrors(lang));
      setError(e instanceof Error ? e : new Error(String(e)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeader title={t('pw.title')} subtitle={`${user.displayName} · ${user.login}`} />
      <Paper withBorder p="lg" maw={560}>
        <form onSubmit={(e) => { e.preventDefault(); void submit(); }} data-testid="change-password-form">
          <Stack gap="md">
            {forced && <Alert color="orange" variant="light" data-testid="must-change-password">{t('pw.mustChange')}</Alert>}
            {done && !forced && <Alert color="green" variant="light" data-testid="password-changed">{t('pw.changed')}</Alert>}
            {error && <Alert color="red" role="alert" data-testid="password-error">{errorText(error, lang)}</Alert>}
            <PasswordInput label={forced ? t('pw.temporary') : t('pw.current')} autoComplete="current-password" required value={current} onChange={(e) => setCurrent(e.currentTarget.value)} error={fieldErrors.currentPassword} data-testid="pw-current" />
            <PasswordInput label={t('pw.new')} autoComplete="new-password" required value={fresh} onChange={(e) => setFresh(e.currentTarget.value)} error={fieldErrors.newPassword} data-testid="pw-new" />
            <PasswordInput label={t('pw.repeat')} autoComplete="new-password" required value={repeat} onChange={(e) => setRepeat(e.currentTarget.value)} error={mismatch ? t('pw.mismatch') : undefined} data-testid="pw-repeat" />
            <PasswordRules password={fresh} login={user.login} />
            <Group>
              <Button type="submit" loading={busy} disabled={!current || !passwordAcceptable(fresh, user.login) || fresh !== repeat} data-testid="pw-submit">{t('pw.submit')}</Button>
              {!forced && <Button variant="default" onClick={() => navigate('/account')}>{t('common.cancel')}</Button>}
            </Group>
          </Stack>
        </form>
      </Paper>
    </>
  );
}

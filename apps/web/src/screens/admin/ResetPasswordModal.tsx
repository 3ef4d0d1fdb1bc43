import { useState } from 'react';
import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { accountsApi, type UserRecord } from '../../api/accounts.ts';
import { ApiError } from '../../api/client.ts';
import { errorText } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { generatePassword, passwordAcceptable } from '../../lib/password-rules.ts';
import { PasswordRules } from '../account/PasswordRules.tsx';

const MONO_INPUT = { input: { fontFamily: 'var(--mantine-font-family-monospace)' } };

/**
 * A new temporary password for someone who lost theirs: their sessions end, and at the next sign-in they must
 * replace it with their own.
 */
export function ResetPasswordModal({ user, onClose, onDone }: { user: UserRecord; onClose(): void; onDone(password: string): void }) {
  const { t, lang } = useI18n();
  const [password, setPassword] = useState(generatePassword);
  const [error, setError] = useState<Error | null>(null);
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true); setError(null); setFieldError(undefined);
    try {
      await accountsApi.resetPassword(user.id, password);
      onDone(password);
    } catch (e) {
      if (e instanceof ApiError) setFieldError(e.fieldErrors(lang).password);
      setError(e instanceof Error ? e : new Error(String(e)));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal opened onClose={onClose} size="md" title={<Text fw={650} size="lg">{t('users.resetTitle', { login: user.login })}</Text>}>
      <form onSubmit={(e) => { e.preventDefault(); void submit(); }} data-testid="reset-form">
        <Stack gap="md">
          <Text size="sm">{t('users.resetHint')}</Text>
          {error && <Alert color="red" role="alert">{errorText(error, lang)}</Alert>}
          <Group align="flex-end" gap="xs">
            <TextInput label={t('users.tempPassword')} required value={password} style={{ flex: 1 }} styles={MONO_INPUT} onChange={(e) => setPassword(e.currentTarget.value)}
              error={fieldError} data-testid="reset-password" autoComplete="off" />
            <Button variant="default" onClick={() => setPassword(generatePassword())}>{t('users.generate')}</Button>
          </Group>
          <PasswordRules password={password} login={user.login} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" color="orange" loading={busy} disabled={!passwordAcceptable(password, user.login)} data-testid="reset-save">{t('users.reset')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

import { List, Text, ThemeIcon } from '@mantine/core';
import { useI18n } from '../../i18n/i18n.tsx';
import { passwordChecks, type PasswordRule } from '../../lib/password-rules.ts';

const RULES: PasswordRule[] = ['length', 'mix', 'noLogin'];

/** The rules of a new password, each ticked off as the typed password meets it. */
export function PasswordRules({ password, login }: { password: string; login: string }) {
  const { t } = useI18n();
  const checks = passwordChecks(password, login);
  return (
    <div data-testid="password-rules">
      <Text size="sm" fw={500} mb={4}>{t('pw.rulesTitle')}</Text>
      <List size="sm" spacing={2} center>
        {RULES.map((rule) => {
          const ok = password !== '' && checks[rule];
          return (
            <List.Item key={rule} data-rule={rule} data-ok={ok}
              icon={<ThemeIcon size={18} radius="xl" color={ok ? 'green' : 'gray'} variant={ok ? 'filled' : 'light'}><Text span fz={11} fw={700}>{ok ? '✓' : '•'}</Text></ThemeIcon>}>
              <Text span size="sm" c={ok ? undefined : 'dimmed'}>{t(`pw.rule.${rule}`)}</Text>
            </List.Item>
          );
        })}
      </List>
    </div>
  );
}

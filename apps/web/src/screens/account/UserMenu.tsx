import { Avatar, Button, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { useI18n } from '../../i18n/i18n.tsx';
import { roleLabel } from '../../lib/access.ts';
import { navigate, useLocation } from '../../lib/router.tsx';
import { CHANGE_PASSWORD_PATH, signInPath, SIGN_IN_PATH, useSession } from '../../lib/session.tsx';

function initials(name: string): string {
  return name.split(/\s+/).filter((w) => /^\p{L}/u.test(w)).slice(0, 2).map((w) => w[0]!.toUpperCase()).join('') || '?';
}

/** The header's corner: who is signed in (name and role) with their menu, or «Войти» for the public. */
export function UserMenu() {
  const { t, label } = useI18n();
  const { ready, user, signOut } = useSession();
  const { path } = useLocation();
  if (!ready) return null;
  if (!user) {
    return path === SIGN_IN_PATH ? null : <Button size="xs" onClick={() => navigate(signInPath())} data-testid="sign-in-button">{t('auth.signIn')}</Button>;
  }
  return (
    <Menu position="bottom-end" width={280} withinPortal>
      <Menu.Target>
        <UnstyledButton data-testid="user-menu" aria-label={t('auth.userMenu')} style={{ borderRadius: 6, padding: '4px 6px' }}>
          <Group gap={8} wrap="nowrap">
            <Avatar size={30} radius="xl" color="blue">{initials(user.displayName)}</Avatar>
            <div style={{ maxWidth: 260, minWidth: 0 }}>
              <Text size="sm" fw={600} lh={1.2} truncate="end" data-testid="user-name">{user.displayName}</Text>
              <Text size="xs" c="dimmed" lh={1.2} truncate="end" data-testid="user-role">{roleLabel(user.role, label)}</Text>
            </div>
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{user.login}</Menu.Label>
        <Menu.Item onClick={() => navigate('/account')} data-testid="menu-account">{t('acc.title')}</Menu.Item>
        <Menu.Item onClick={() => navigate(CHANGE_PASSWORD_PATH)}>{t('pw.title')}</Menu.Item>
        <Menu.Divider />
        <Menu.Item color="red" onClick={() => void signOut()} data-testid="sign-out">{t('auth.signOut')}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

import { useMemo, useState } from 'react';
import { Alert, Badge, Button, Code, Group, Menu, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { accountsApi, type Role, type UserRecord } from '../../api/accounts.ts';
import type { ClusterListItem, Page } from '../../api/types.ts';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { AsyncView, errorText } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { roleLabel, ROLES } from '../../lib/access.ts';
import { formatDateTime } from '../../lib/format.ts';
import { setQuery, useLocation } from '../../lib/router.tsx';
import { useSession } from '../../lib/session.tsx';
import { useApi } from '../../lib/use-api.ts';
import { useClientTable } from '../../lib/use-client-table.ts';
import { ScopeText } from '../account/ScopeText.tsx';
import { ResetPasswordModal } from './ResetPasswordModal.tsx';
import { UserFormModal } from './UserFormModal.tsx';

type Dialog = { kind: 'create' } | { kind: 'edit'; user: UserRecord } | { kind: 'reset'; user: UserRecord } | null;
/** What just happened, shown above the table: a temporary password must be read here before it is gone. */
type Notice = { kind: 'created' | 'reset'; login: string; password: string } | { kind: 'saved' | 'disabled' | 'enabled'; login: string } | null;

// Badges keep their whole word: in a narrow column Mantine would cut the label to "ак…".
const BADGE_STYLE = { textTransform: 'none', flexShrink: 0 } as const;
const BADGE_STYLES = { label: { overflow: 'visible' } } as const;

function StateBadges({ user }: { user: UserRecord }) {
  const { t } = useI18n();
  return (
    <Stack gap={4} align="flex-start">
      {user.disabled
        ? <Badge size="sm" color="red" variant="light" style={BADGE_STYLE} styles={BADGE_STYLES} data-testid="user-disabled">{t('users.disabled')}</Badge>
        : <Badge size="sm" color="green" variant="light" style={BADGE_STYLE} styles={BADGE_STYLES}>{t('users.active')}</Badge>}
      {user.mustChangePassword && <Badge size="sm" color="orange" variant="outline" style={BADGE_STYLE} styles={BADGE_STYLES} data-testid="user-must-change">{t('users.mustChange')}</Badge>}
    </Stack>
  );
}

function NoticeView({ notice, onClose }: { notice: NonNullable<Notice>; onClose(): void }) {
  const { t } = useI18n();
  const withPassword = notice.kind === 'created' || notice.kind === 'reset';
  return (
    <Alert color={withPassword ? 'orange' : 'green'} variant="light" withCloseButton onClose={onClose} mb="md" data-testid="users-notice">
      <Text size="sm">{t(`users.notice.${notice.kind}`, { login: notice.login })}</Text>
      {withPassword && (
        <Text size="sm" mt={4}>{t('users.notice.password')} <Code fz="sm" data-testid="notice-password">{notice.password}</Code> — {t('users.notice.passwordHint')}</Text>
      )}
    </Alert>
  );
}

export function UsersScreen() {
  const { t, lang, label } = useI18n();
  const { user: me } = useSession();
  const { query } = useLocation();
  const role = query.get('role');
  const [search, setSearch] = useState('');
  const [dialog, setDialog] = useState<Dialog>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [toggleError, setToggleError] = useState<Error | null>(null);
  const users = useApi<{ items: UserRecord[] }>('/api/users', { role });
  // The administrator sees every cluster: the picker of a specialised organisation and the names in the table.
  const clusters = useApi<Page<ClusterListItem>>('/api/clusters', { pageSize: 500 });
  const clusterList = useMemo(() => clusters.data?.items ?? [], [clusters.data]);
  const clusterName = (id: number | null) => clusterList.find((c) => c.id === id)?.name;

  const filtered = useMemo(() => {
    const q = search.trim().toLowerCase();
    const all = users.data?.items ?? [];
    return q ? all.filter((u) => u.login.toLowerCase().includes(q) || u.displayName.toLowerCase().includes(q)) : all;
  }, [users.data, search]);
  const table = useClientTable(filtered, { login: (u) => u.login, name: (u) => u.displayName, role: (u) => roleLabel(u.role, label), lastLogin: (u) => u.lastLoginAt }, 25, 'login');

  const toggle = async (u: UserRecord) => {
    setToggleError(null);
    try {
      await accountsApi.updateUser(u.id, { disabled: !u.disabled });
      setNotice({ kind: u.disabled ? 'enabled' : 'disabled', login: u.login });
      users.reload();
    } catch (e) {
      setToggleError(e instanceof Error ? e : new Error(String(e)));
    }
  };

  const columns: Column<UserRecord>[] = [
    { key: 'login', title: t('auth.login'), sortKey: 'login', render: (u) => <Text ff="monospace" size="sm" data-testid={`user-row-${u.login}`}>{u.login}</Text> },
    { key: 'name', title: t('acc.displayName'), sortKey: 'name', render: (u) => u.displayName },
    { key: 'role', title: t('auth.role'), sortKey: 'role', render: (u) => roleLabel(u.role, label) },
    { key: 'scope', title: t('auth.scope'), render: (u) => <ScopeText user={u} clusterName={clusterName(u.clusterId)} /> },
    { key: 'state', title: t('common.status'), width: 150, render: (u) => <StateBadges user={u} /> },
    { key: 'lastLogin', title: t('users.lastLogin'), sortKey: 'lastLogin', render: (u) => formatDateTime(u.lastLoginAt) },
    {
      key: 'actions', title: '', render: (u) => (
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <Button size="compact-sm" variant="default" data-testid="user-actions" aria-label={`${t('users.actions')}: ${u.login}`}>{t('users.actions')} ▾</Button>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item onClick={() => setDialog({ kind: 'edit', user: u })} data-testid="user-edit">{t('users.edit')}</Menu.Item>
            <Menu.Item color="orange" onClick={() => setDialog({ kind: 'reset', user: u })} data-testid="user-reset">{t('users.reset')}</Menu.Item>
            {/* Administrators cannot lock themselves out. */}
            {u.id !== me?.id && (
              <Menu.Item color={u.disabled ? 'green' : 'red'} onClick={() => void toggle(u)} data-testid="user-toggle">{u.disabled ? t('users.enable') : t('users.disable')}</Menu.Item>
            )}
          </Menu.Dropdown>
        </Menu>
      ),
    },
  ];

  return (
    <>
      <PageHeader title={t('users.title')} subtitle={t('users.subtitle')}
        actions={<Button size="xs" onClick={() => setDialog({ kind: 'create' })} data-testid="user-create">{t('users.createTitle')}</Button>} />
      {notice && <NoticeView notice={notice} onClose={() => setNotice(null)} />}
      {toggleError && <Alert color="red" role="alert" mb="md" withCloseButton onClose={() => setToggleError(null)}>{errorText(toggleError, lang)}</Alert>}
      <Paper withBorder p="md">
        <Stack gap="md">
          <Group gap="sm" align="flex-end">
            <TextInput label={t('common.search')} placeholder={t('users.searchPlaceholder')} value={search} onChange={(e) => setSearch(e.currentTarget.value)} w={320} data-testid="users-search" />
            <Select label={t('auth.role')} placeholder={t('common.all')} clearable value={role} onChange={(v) => setQuery({ role: v })} w={320}
              data={ROLES.map((r: Role) => ({ value: r, label: roleLabel(r, label) }))} data-testid="users-role" />
          </Group>
          <AsyncView state={users}>
            {() => <DataTable columns={columns} rows={table.rows} rowKey={(u) => u.id} sort={table.sort} onSort={table.onSort} paging={table.paging} testId="users-table" loading={users.loading} />}
          </AsyncView>
        </Stack>
      </Paper>
      {(dialog?.kind === 'create' || dialog?.kind === 'edit') && (
        <UserFormModal existing={dialog.kind === 'edit' ? dialog.user : null} clusters={clusterList} onClose={() => setDialog(null)}
          onSaved={({ user, password }) => {
            setDialog(null);
            setNotice(password ? { kind: 'created', login: user.login, password } : { kind: 'saved', login: user.login });
            users.reload();
          }} />
      )}
      {dialog?.kind === 'reset' && (
        <ResetPasswordModal user={dialog.user} onClose={() => setDialog(null)}
          onDone={(password) => { setNotice({ kind: 'reset', login: dialog.user.login, password }); setDialog(null); users.reload(); }} />
      )}
    </>
  );
}

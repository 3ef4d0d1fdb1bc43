import { Badge, Button, Group, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { auditExportUrl, auditQuery, type AuditFilter, type AuditPage, type UserRecord } from '../../api/accounts.ts';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorState } from '../../components/States.tsx';
import { DateField } from '../../components/DateField.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { roleLabel } from '../../lib/access.ts';
import { formatDateTime } from '../../lib/format.ts';
import { setQuery, useLocation } from '../../lib/router.tsx';
import { useApi } from '../../lib/use-api.ts';
import type { AuditEntry } from '../../api/accounts.ts';

const PAGE_SIZE = 50;
/** The actions the server writes (apps/server/src/access/audit.ts and auth.routes.ts). */
const ACTIONS = ['change', 'read', 'denied', 'sign_in', 'sign_in_failed', 'sign_in_refused', 'sign_out'] as const;
const ACTION_COLOURS: Record<string, string> = {
  change: 'blue', read: 'gray', denied: 'red', sign_in: 'green', sign_in_failed: 'orange', sign_in_refused: 'red', sign_out: 'teal',
};

/** The form's "to" day is inclusive; the server's `to` is exclusive (at < to), so the day after is sent. */
function dayAfter(date: string): string {
  const d = new Date(date + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

const validDate = (s: string | null) => (s && /^\d{4}-\d{2}-\d{2}$/.test(s) ? s : null);

export function AuditScreen() {
  const { t, label } = useI18n();
  const { query } = useLocation();
  const page = Math.max(1, Number(query.get('page')) || 1);
  const toDay = validDate(query.get('to'));
  const filter: AuditFilter = {
    user: Number(query.get('user')) || null, action: query.get('action'), from: validDate(query.get('from')), to: toDay ? dayAfter(toDay) : null,
  };
  const entries = useApi<AuditPage>('/api/audit', auditQuery(filter, page, PAGE_SIZE));
  const users = useApi<{ items: UserRecord[] }>('/api/users');
  const change = (changes: Record<string, string | null>) => setQuery({ ...changes, page: null });

  const columns: Column<AuditEntry>[] = [
    { key: 'at', title: t('audit.at'), render: (e) => <Text size="sm" style={{ whiteSpace: 'nowrap' }}>{formatDateTime(e.at)}</Text> },
    {
      key: 'user', title: t('audit.user'), render: (e) => e.login ? (
        <div><Text size="sm" ff="monospace">{e.login}</Text>{e.role && <Text size="xs" c="dimmed">{roleLabel(e.role, label)}</Text>}</div>
      ) : <Text size="sm" c="dimmed">{t('audit.public')}</Text>,
    },
    { key: 'action', title: t('audit.action'), render: (e) => <Badge size="sm" variant="light" color={ACTION_COLOURS[e.action] ?? 'gray'} style={{ textTransform: 'none' }} data-testid="audit-action" data-action={e.action}>{label('audit.actionName', e.action)}</Badge> },
    {
      key: 'request', title: t('audit.request'), render: (e) => (
        <div style={{ wordBreak: 'break-all' }}>
          <Text size="sm" ff="monospace"><Text span fw={600} size="sm" ff="monospace">{e.method}</Text> {e.route}</Text>
          {e.url !== e.route && <Text size="xs" c="dimmed" ff="monospace">{e.url}</Text>}
        </div>
      ),
    },
    { key: 'status', title: t('audit.status'), align: 'right', render: (e) => <Text size="sm" c={e.status >= 400 ? 'red' : undefined} fw={500}>{e.status}</Text> },
    { key: 'ip', title: 'IP', render: (e) => <Text size="sm" c="dimmed" ff="monospace">{e.ip ?? '—'}</Text> },
  ];

  return (
    <>
      <PageHeader title={t('audit.title')} subtitle={t('audit.subtitle')}
        actions={<Button size="xs" variant="default" component="a" href={auditExportUrl(filter)} download data-testid="audit-export">{t('audit.exportCsv')}</Button>} />
      <Paper withBorder p="md">
        <Stack gap="md">
          <Group gap="sm" align="flex-end">
            <Select label={t('audit.user')} placeholder={t('common.all')} clearable searchable w={300} value={filter.user ? String(filter.user) : null}
              data={(users.data?.items ?? []).map((u) => ({ value: String(u.id), label: `${u.login} — ${u.displayName}` }))}
              onChange={(v) => change({ user: v })} data-testid="audit-user" />
            <Select label={t('audit.action')} placeholder={t('common.all')} clearable w={240} value={filter.action ?? null}
              data={ACTIONS.map((a) => ({ value: a, label: label('audit.actionName', a) }))} onChange={(v) => change({ action: v })} data-testid="audit-action-filter" />
            <DateField label={t('audit.from')} w={170} value={filter.from ?? null} onChange={(from) => change({ from })} data-testid="audit-from" />
            <DateField label={t('audit.to')} w={170} value={toDay ?? null} onChange={(to) => change({ to })} data-testid="audit-to" />
          </Group>
          {entries.error ? <ErrorState error={entries.error} onRetry={entries.reload} /> : (
            <DataTable columns={columns} rows={entries.data?.items ?? []} rowKey={(e) => e.id} testId="audit-table" loading={entries.loading}
              paging={entries.data ? { page, pageSize: PAGE_SIZE, total: entries.data.total, onPage: (p) => setQuery({ page: p === 1 ? null : String(p) }) } : undefined} />
          )}
        </Stack>
      </Paper>
    </>
  );
}

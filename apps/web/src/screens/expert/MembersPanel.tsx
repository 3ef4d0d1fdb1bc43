import { useState } from 'react';
import { Button, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { api } from '../../api/client.ts';
import type { UserRecord } from '../../api/accounts.ts';
import type { Commission } from '../../api/expert-types.ts';
import { expertPaths } from '../../api/expert-types.ts';
import { ErrorDetails } from '../../components/ErrorDetails.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useApi } from '../../lib/use-api.ts';
import { useAction } from './use-action.ts';

/** The commission's experts; the secretary adds expert accounts and removes those not yet assigned. */
export function MembersPanel({ commission, editable, onChanged }: { commission: Commission; editable: boolean; onChanged(c: Commission): void }) {
  const { t } = useI18n();
  const experts = useApi<{ items: UserRecord[] }>(editable ? '/api/users' : null, { role: 'expert' });
  const [userId, setUserId] = useState<string | null>(null);
  const [position, setPosition] = useState('');
  const add = useAction(() => api.post<Commission>(expertPaths.members(commission.id), { userId: Number(userId), position }));
  const remove = useAction((id: number) => api.delete<Commission>(expertPaths.member(commission.id, id)));
  const members = new Set(commission.members.map((m) => m.userId));
  const candidates = (experts.data?.items ?? []).filter((u) => !u.disabled && !members.has(u.id));
  return (
    <Stack gap="sm">
      {commission.members.length === 0 ? <Text size="sm" c="dimmed">{t('ex.noMembers')}</Text> : (
        <Table fz="sm" data-testid="members-table">
          <Table.Thead><Table.Tr><Table.Th>{t('ex.expert')}</Table.Th><Table.Th>{t('ex.position')}</Table.Th>{editable && <Table.Th />}</Table.Tr></Table.Thead>
          <Table.Tbody>
            {commission.members.map((m) => (
              <Table.Tr key={m.userId} data-testid="member-row" data-login={m.login}>
                <Table.Td>{m.displayName}<Text span size="xs" c="dimmed"> · {m.login}</Text></Table.Td>
                <Table.Td>{m.position || '—'}</Table.Td>
                {editable && (
                  <Table.Td ta="right">
                    <Button size="compact-xs" variant="subtle" color="red" loading={remove.busy} onClick={async () => { const c = await remove.run(m.userId); if (c) onChanged(c); }}>{t('ex.removeMember')}</Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {remove.error && <ErrorDetails error={remove.error} testId="member-remove-error" />}
      {editable && experts.data && candidates.length === 0 && <Text size="xs" c="dimmed">{t('ex.noMoreExperts')}</Text>}
      {editable && candidates.length > 0 && (
        <Group align="flex-end" gap="xs" wrap="wrap">
          <Select label={t('ex.addMember')} placeholder={t('ex.chooseExpert')} data={candidates.map((u) => ({ value: String(u.id), label: `${u.displayName} · ${u.login}` }))}
            value={userId} onChange={setUserId} searchable w={340} data-testid="member-select" />
          <TextInput label={t('ex.position')} value={position} onChange={(e) => setPosition(e.currentTarget.value)} w={280} />
          <Button disabled={!userId} loading={add.busy} onClick={async () => { const c = await add.run(); if (c) { setUserId(null); setPosition(''); onChanged(c); } }} data-testid="member-add">{t('ex.add')}</Button>
        </Group>
      )}
      {add.error && <ErrorDetails error={add.error} testId="member-add-error" />}
    </Stack>
  );
}

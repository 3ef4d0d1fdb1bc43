import { useState } from 'react';
import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { ClusterListItem, Page } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { navigate } from '../../lib/router.tsx';
import { useSession } from '../../lib/session.tsx';
import { useApi } from '../../lib/use-api.ts';
import { mayManageCluster } from '../matchmaking/permissions.ts';
import { CLUSTER_SIDE } from './project-permissions.ts';

const newProjectPath = (clusterId: number) => `/projects/new?cluster=${clusterId}`;

/** The clusters the user manages, searched by name: an operator's of its regions, any for the administrator. */
function ClusterChoice({ onChoose }: { onChoose(id: number): void }) {
  const { t } = useI18n();
  const { user } = useSession();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const regions = user?.role === 'regional_operator' ? user.regionCodes.join(',') : undefined;
  const found = useApi<Page<ClusterListItem>>('/api/clusters', { q: q || undefined, region: regions, pageSize: 50 });
  const options = (found.data?.items ?? []).filter((c) => mayManageCluster(user, c));
  const [chosen, setChosen] = useState<string | null>(null);
  return (
    <Stack gap="sm">
      <Select label={t('pj.cluster')} searchable data-testid="new-project-cluster" searchValue={search} onSearchChange={setSearch} filter={({ options: all }) => all}
        data={options.map((c) => ({ value: String(c.id), label: c.name }))} value={chosen} onChange={setChosen}
        nothingFoundMessage={found.data ? t('pj.noManagedClusters') : undefined} />
      <Group justify="flex-end">
        <Button disabled={!chosen} onClick={() => chosen && onChoose(Number(chosen))} data-testid="new-project-continue">{t('pj.continue')}</Button>
      </Group>
    </Stack>
  );
}

/**
 * «Новый проект» for those who may create one (the cluster side, POST /api/clusters/:id/projects): straight to
 * the form when the cluster is known (a cluster's tab, a specialised organisation's own), else a cluster first.
 */
export function NewProjectButton({ cluster }: { cluster?: { id: number; regions: readonly string[] } }) {
  const { t } = useI18n();
  const { user } = useSession();
  const [open, setOpen] = useState(false);
  if (!user || !(CLUSTER_SIDE as readonly string[]).includes(user.role)) return null;
  if (cluster && !mayManageCluster(user, cluster)) return null;
  const known = cluster?.id ?? (user.role === 'specialised_org' ? user.clusterId : null);
  return (
    <>
      <Button size="xs" onClick={() => (known ? navigate(newProjectPath(known)) : setOpen(true))} data-testid="new-project">{t('pj.new')}</Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('pj.new')}>
        <Text size="sm" c="dimmed" mb="sm">{t('pj.chooseCluster')}</Text>
        {open && <ClusterChoice onChoose={(id) => { setOpen(false); navigate(newProjectPath(id)); }} />}
      </Modal>
    </>
  );
}

import { useState } from 'react';
import { Alert, Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { api } from '../../api/client.ts';
import type { ExpertConflict } from '../../api/expert-types.ts';
import { expertPaths } from '../../api/expert-types.ts';
import type { Organisation, Page } from '../../api/types.ts';
import { ErrorDetails } from '../../components/ErrorDetails.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useApi } from '../../lib/use-api.ts';
import { useAction } from './use-action.ts';

/**
 * Declaring a conflict of interest from the assignment: the expert names the organisation of the cluster
 * they are tied to and why. It takes effect at once — the sheet locks, and the secretary cannot assign them
 * to any application of a cluster that organisation takes part in.
 */
export function ConflictModal({ opened, clusterId, clusterName, onClose, onDeclared }: {
  opened: boolean; clusterId: number; clusterName: string; onClose(): void; onDeclared(c: ExpertConflict): void;
}) {
  const { t } = useI18n();
  const organisations = useApi<Page<Organisation>>(opened ? '/api/organisations' : null, { cluster: clusterId, pageSize: 500, sort: 'name' });
  const [organisationId, setOrganisationId] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const declare = useAction(() => api.post<ExpertConflict>(expertPaths.conflicts, { organisationId: Number(organisationId), reason }));
  const submit = async () => {
    const made = await declare.run();
    if (made) onDeclared(made);
  };
  return (
    <Modal opened={opened} onClose={onClose} title={t('ex.declareConflict')} size="lg">
      <Stack gap="sm">
        <Text size="sm">{t('ex.declareConflictIntro', { cluster: clusterName })}</Text>
        <Select searchable label={t('ex.organisation')} required data-testid="conflict-organisation" value={organisationId} onChange={setOrganisationId}
          placeholder={organisations.loading ? t('common.loading') : undefined}
          data={(organisations.data?.items ?? []).map((o) => ({ value: String(o.id), label: `${o.name} · ${o.inn}` }))} />
        <TextInput label={t('ex.reason')} required placeholder={t('ex.reasonPlaceholder')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} data-testid="conflict-reason" />
        <Alert color="orange" py={6}><Text size="sm">{t('ex.declareConflictEffect')}</Text></Alert>
        {organisations.error && <ErrorDetails error={organisations.error} />}
        {declare.error && <ErrorDetails error={declare.error} testId="conflict-error" />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button color="orange" disabled={!organisationId || !reason.trim()} loading={declare.busy} onClick={() => void submit()} data-testid="conflict-submit">{t('ex.declare')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}

import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { OrganisationMeasures } from '../../api/types.ts';
import { AsyncView } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useApi } from '../../lib/use-api.ts';
import { ConditionList, MeasureBadges, MeasureTitle } from './MeasureBadges.tsx';

type Row = { measure: OrganisationMeasures['fits'][number]['measure']; conditions: OrganisationMeasures['fits'][number]['reasons'] };

function MeasureRows({ rows, testId }: { rows: Row[]; testId: string }) {
  const { t } = useI18n();
  if (rows.length === 0) return <Text size="sm" c="dimmed" mb="sm">—</Text>;
  return (
    <Table fz="sm" mb="md" data-testid={testId}>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.measure.id} data-measure={r.measure.id}>
            <Table.Td w="45%"><MeasureTitle measure={r.measure} /><MeasureBadges measure={r.measure} /></Table.Td>
            <Table.Td><ConditionList conditions={r.conditions} testId={`${testId}-conditions`} />{r.conditions.length === 0 && <Text size="xs" c="dimmed">{t('ms.noConditions')}</Text>}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** Measures of one organisation: fitting with reasons, not fitting with the missing condition, undetermined. */
export function OrganisationMeasuresPanel({ organisationId }: { organisationId: number }) {
  const { t } = useI18n();
  const state = useApi<OrganisationMeasures>(`/api/organisations/${organisationId}/measures`);
  return (
    <Paper withBorder p="md" mt="md" data-testid="org-measures">
      <Title order={4} mb="sm">{t('ms.forOrganisation')}</Title>
      <AsyncView state={state}>
        {(m) => (
          <Stack gap={0}>
            <Title order={6} c="green.8" mb={4}>{t('ms.fits', { n: m.fits.length })}</Title>
            <MeasureRows rows={m.fits.map((f) => ({ measure: f.measure, conditions: f.reasons }))} testId="measures-fit" />
            {m.undetermined.length > 0 && <>
              <Title order={6} c="gray.7" mb={4}>{t('ms.undetermined', { n: m.undetermined.length })}</Title>
              <MeasureRows rows={m.undetermined.map((f) => ({ measure: f.measure, conditions: f.unknown }))} testId="measures-unknown" />
            </>}
            <Title order={6} c="red.8" mb={4}>{t('ms.nonFits', { n: m.nonFits.length })}</Title>
            <MeasureRows rows={m.nonFits.map((f) => ({ measure: f.measure, conditions: f.missing }))} testId="measures-nonfit" />
          </Stack>
        )}
      </AsyncView>
    </Paper>
  );
}

import { useState } from 'react';
import { Anchor, Group, Stack, TextInput } from '@mantine/core';
import type { CheckResult, ClusterProfile } from '../../api/types.ts';
import { CheckSummary, RequirementTable } from '../../components/RequirementTable.tsx';
import { AsyncView } from '../../components/States.tsx';
import { DateField } from '../../components/DateField.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useApi } from '../../lib/use-api.ts';
import { Section } from '../cluster/ClusterSections.tsx';
import { SuggestionsPanel } from './SuggestionsPanel.tsx';
import { WhatIfPanel } from './WhatIfPanel.tsx';

/** «Проверка требований (ПП № 779)»: the check as of a date, the dossier behind it, what-if and suggestions. */
export function ClusterRulesTab({ cluster }: { cluster: ClusterProfile }) {
  const { t } = useI18n();
  const [asOf, setAsOf] = useState('');
  const check = useApi<CheckResult>(`/api/clusters/${cluster.id}/check`, { rules: 'pp779', asOf });
  const dossier = (format: 'json' | 'xlsx') => `/api/clusters/${cluster.id}/dossier?format=${format}${asOf ? `&asOf=${asOf}` : ''}`;
  return (
    <Stack gap="md">
      <Section title={t('rq.title')} testId="rules-check">
        <Group gap="md" mb="sm" align="flex-end">
          <DateField label={t('rq.asOfLabel')} value={asOf} onChange={(day) => setAsOf(day ?? '')} data-testid="check-as-of" w={200} />
          <Anchor href={dossier('json')} download data-testid="dossier-json">{t('rq.dossierJson')}</Anchor>
          <Anchor href={dossier('xlsx')} download data-testid="dossier-xlsx">{t('rq.dossierXlsx')}</Anchor>
        </Group>
        <AsyncView state={check}>{(result) => <><CheckSummary result={result} /><RequirementTable result={result} /></>}</AsyncView>
      </Section>
      <Section title={t('wi.title')}><WhatIfPanel cluster={cluster} asOf={asOf} /></Section>
      <Section title={t('sg.title')}><SuggestionsPanel clusterId={cluster.id} asOf={asOf} /></Section>
    </Stack>
  );
}

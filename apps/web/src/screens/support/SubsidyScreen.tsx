import { useState } from 'react';
import { Button, Group, Paper, Select, TextInput } from '@mantine/core';
import { api } from '../../api/client.ts';
import type { ClusterListItem, Page, RuleSetSummary, SubsidyResult } from '../../api/types.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorDetails } from '../../components/ErrorDetails.tsx';
import { DateField } from '../../components/DateField.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useApi } from '../../lib/use-api.ts';
import { emptyRow, toCost, type CostRow } from './cost-rows.ts';
import { CostTable } from './CostTable.tsx';
import { SubsidyResultView } from './SubsidyResultView.tsx';

/** «Калькулятор субсидии» (ПП № 41): rule-set version, cluster, costs → eligible, excluded with reasons, amount. */
export function SubsidyScreen() {
  const { t, lang } = useI18n();
  const rulesets = useApi<{ items: RuleSetSummary[] }>('/api/rulesets');
  const clusters = useApi<Page<ClusterListItem>>('/api/clusters', { pageSize: 200 });
  const versions = (rulesets.data?.items ?? []).filter((r) => r.id === 'pp41');
  const [ruleset, setRuleset] = useState<string | null>(null);
  const [clusterId, setClusterId] = useState<string | null>(null);
  const [asOf, setAsOf] = useState('');
  const [rows, setRows] = useState<CostRow[]>([emptyRow()]);
  const [result, setResult] = useState<SubsidyResult | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [busy, setBusy] = useState(false);
  const chosenRuleset = ruleset ?? versions.find((v) => v.inForce)?.ref ?? null;
  const calculate = async () => {
    setBusy(true);
    setError(null);
    try {
      setResult(await api.post<SubsidyResult>('/api/subsidy/calculate', { ruleset: chosenRuleset, clusterId: Number(clusterId), asOf: asOf || undefined, costs: rows.map(toCost) }));
    } catch (e) {
      setResult(null);
      setError(e instanceof Error ? e : new Error(String(e)));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <PageHeader title={t('sb.title')} subtitle={t('sb.subtitle')} />
      <Paper withBorder p="md">
        <Group mb="md" align="flex-end">
          <Select label={t('sb.ruleset')} w={380} data-testid="subsidy-ruleset" value={chosenRuleset} onChange={setRuleset}
            data={versions.map((v) => ({ value: v.ref, label: `${v.ref} — ${v.title[lang]}${v.inForce ? ` (${t('sb.inForce')})` : ''}` }))} />
          <Select label={t('graph.cluster')} w={380} searchable data-testid="subsidy-cluster" value={clusterId} onChange={setClusterId}
            data={(clusters.data?.items ?? []).map((c) => ({ value: String(c.id), label: c.name }))} />
          <DateField label={t('rq.asOfLabel')} value={asOf} onChange={(day) => setAsOf(day ?? '')} w={170} />
        </Group>
        <CostTable rows={rows} onChange={setRows} />
        <Group mt="md"><Button onClick={calculate} loading={busy} disabled={!chosenRuleset || !clusterId || rows.length === 0} data-testid="subsidy-calculate">{t('sb.calculate')}</Button></Group>
      </Paper>
      {error && <ErrorDetails error={error} />}
      {result && <SubsidyResultView result={result} />}
    </>
  );
}

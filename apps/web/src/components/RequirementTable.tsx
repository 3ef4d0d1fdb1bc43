import { Fragment, useState } from 'react';
import { Alert, Badge, Button, Code, Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import type { CheckResult, RequirementResult, RuleSetSummary } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { formatDate, formatInt, formatPercent } from '../lib/format.ts';
import { useApi } from '../lib/use-api.ts';

const STATUS_LOOK: Record<RequirementResult['status'], { colour: string; icon: string }> = {
  pass: { colour: 'green', icon: '✓' },
  fail: { colour: 'red', icon: '✗' },
  unknown: { colour: 'gray', icon: '?' },
};

/** Found/required in the unit the rule speaks: a count, a share in %, years, or a yes/no flag. */
export function formatMeasure(value: number | null, unit: string, yes: string, no: string): string {
  if (value == null) return '—';
  if (unit === 'share') return formatPercent(value);
  if (unit === 'flag') return value >= 1 ? yes : no;
  return formatInt(value);
}

export function StatusBadge({ status }: { status: RequirementResult['status'] }) {
  const { t } = useI18n();
  const look = STATUS_LOOK[status];
  return <Badge color={look.colour} variant="light" leftSection={<span aria-hidden="true">{look.icon}</span>} style={{ textTransform: 'none' }} data-status={status}>{t(`rq.status.${status}`)}</Badge>;
}

/** Rule-set title and version, whether the cluster complies, and the validity warnings of the check. */
export function CheckSummary({ result }: { result: CheckResult }) {
  const { t, lang } = useI18n();
  const rulesets = useApi<{ items: RuleSetSummary[] }>('/api/rulesets');
  const ruleset = rulesets.data?.items.find((r) => r.ref === result.ruleset);
  return (
    <Stack gap="xs" mb="sm" data-testid="check-summary">
      <Group gap="sm">
        <Badge size="lg" color={result.compliant ? 'green' : 'red'} style={{ textTransform: 'none' }} data-testid="check-verdict">{t(result.compliant ? 'rq.compliant' : 'rq.notCompliant')}</Badge>
        <Text size="sm" data-testid="check-ruleset">{t('rq.ruleset', { title: ruleset ? ruleset.title[lang] : result.ruleset, version: ruleset?.version ?? result.ruleset })}</Text>
        <Text size="sm" c="dimmed">{t('rq.asOf', { d: formatDate(result.asOf) })}{result.checkYear ? ` · ${t('rq.checkYear', { y: result.checkYear })}` : ''}</Text>
      </Group>
      {result.warnings.map((w) => <Alert key={w.code} color="yellow" py={6} data-testid="check-warning"><Text size="sm">{lang === 'en' ? w.messageEn : w.message}</Text></Alert>)}
    </Stack>
  );
}

function RequirementRow({ r, name, changedFrom }: { r: RequirementResult; name: string; changedFrom?: string }) {
  const { t, lang } = useI18n();
  const [showFormula, setShowFormula] = useState(false);
  const yes = t('common.yes');
  const no = t('common.no');
  return (
    <Fragment>
      <Table.Tr data-requirement={r.id} data-status={r.status} style={changedFrom ? { background: 'var(--mantine-color-yellow-0)' } : undefined}>
        <Table.Td miw={140}><StatusBadge status={r.status} />{changedFrom && <Text size="xs" c="dimmed" data-testid="changed-from">{t('rq.was', { s: t(`rq.status.${changedFrom as RequirementResult['status']}`) })}</Text>}</Table.Td>
        <Table.Td maw={520}><Text size="sm" fw={500}>{lang === 'en' ? r.messageEn : r.message}</Text><Text size="xs" c="dimmed">{name}</Text>
          {r.missing && r.missing.length > 0 && <Text size="xs" c="dimmed">{t('rq.missing', { m: r.missing.join(', ') })}</Text>}</Table.Td>
        <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{formatMeasure(r.found, r.unit, yes, no)}</Table.Td>
        <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{r.comparator === '>=' ? '≥' : '≤'} {formatMeasure(r.required, r.unit, yes, no)}</Table.Td>
        <Table.Td>{r.confidence === 'assumed'
          ? <Tooltip label={t('rq.assumedHint')} multiline w={260}><Badge color="orange" variant="outline" style={{ textTransform: 'none' }} data-testid="assumed">{t('rq.assumed')}</Badge></Tooltip>
          : <Text size="sm" c="dimmed">{t('rq.confirmed')}</Text>}</Table.Td>
        <Table.Td><Text size="xs">{r.legalBasis}</Text>
          {r.formula && <Button size="compact-xs" variant="subtle" onClick={() => setShowFormula((v) => !v)}>{t(showFormula ? 'rq.hideFormula' : 'rq.formula')}</Button>}</Table.Td>
      </Table.Tr>
      {showFormula && r.formula && <Table.Tr><Table.Td colSpan={6}><Code block data-testid="formula">{r.formula}</Code></Table.Td></Table.Tr>}
    </Fragment>
  );
}

/** The requirement table: one row per rule with status, found vs required, the sentence, confidence and basis. */
export function RequirementTable({ result, changes, testId = 'requirements' }: { result: CheckResult; changes?: Map<string, string>; testId?: string }) {
  const { t, lang } = useI18n();
  const rulesets = useApi<{ items: RuleSetSummary[] }>('/api/rulesets');
  const descriptions = new Map((rulesets.data?.items.find((r) => r.ref === result.ruleset)?.requirements ?? []).map((q) => [q.id, q.description[lang]]));
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table fz="sm" verticalSpacing="xs" data-testid={testId}>
        <Table.Thead><Table.Tr>
          <Table.Th>{t('common.status')}</Table.Th><Table.Th>{t('rq.requirement')}</Table.Th><Table.Th ta="right">{t('rq.found')}</Table.Th>
          <Table.Th ta="right">{t('rq.required')}</Table.Th><Table.Th>{t('rq.confidence')}</Table.Th><Table.Th>{t('rq.legalBasis')}</Table.Th>
        </Table.Tr></Table.Thead>
        <Table.Tbody>
          {result.requirements.map((r) => <RequirementRow key={r.id} r={r} name={descriptions.get(r.id) ?? r.id} changedFrom={changes?.get(r.id)} />)}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

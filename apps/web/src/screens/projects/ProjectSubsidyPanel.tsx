import { useState } from 'react';
import { Alert, Group, List, Stack, Text } from '@mantine/core';
import type { Project, ProjectSubsidy } from '../../api/projects-types.ts';
import { DateField } from '../../components/DateField.tsx';
import { CheckSummary } from '../../components/RequirementTable.tsx';
import { AsyncView } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatDate, formatPercent, formatRub } from '../../lib/format.ts';
import { useApi } from '../../lib/use-api.ts';
import { SubsidyResultView } from '../support/SubsidyResultView.tsx';

/**
 * The subsidy by the pp41 version the project names, computed by the server's calculator on the project's
 * budget: eligible costs, share, cap, amount per applicant, every excluded cost with its reason in words,
 * and the cluster's pp779 check on the same day (a version may pay only compliant clusters).
 */
export function ProjectSubsidyPanel({ project }: { project: Project }) {
  const { t, lang } = useI18n();
  const [asOf, setAsOf] = useState<string | null>(null);
  const subsidy = useApi<ProjectSubsidy>(`/api/projects/${project.id}/subsidy`, { asOf: asOf ?? undefined });
  return (
    <Stack gap="sm" data-testid="project-subsidy">
      <Group align="flex-end" gap="md">
        <DateField label={t('pj.subsidyAsOf')} value={asOf} onChange={setAsOf} w={180} data-testid="subsidy-as-of" />
        <Text size="sm" c="dimmed">{t('pj.subsidyRuleset', { ruleset: project.subsidyRuleset })}</Text>
      </Group>
      <AsyncView state={subsidy}>
        {(s) => {
          const failing = s.check.requirements.filter((r) => r.status === 'fail');
          return (
            <>
              <Text size="sm" data-testid="subsidy-summary">
                {t('pj.subsidyLine', { amount: formatRub(s.subsidy.amount, lang), share: formatPercent(s.shareOfBudget), budget: formatRub(s.budget.total, lang), date: formatDate(s.asOf) })}
              </Text>
              {s.subsidy.amount === 0 && <Alert color="orange" data-testid="subsidy-nothing"><Text size="sm">{t('pj.subsidyNothing')}</Text></Alert>}
              <SubsidyResultView result={{ ...s.subsidy, cluster: s.cluster }} />
              <CheckSummary result={s.check} />
              {failing.length > 0 && (
                <List size="sm" data-testid="subsidy-check-failing">
                  {failing.map((r) => <List.Item key={r.id}>{lang === 'en' ? r.messageEn : r.message}</List.Item>)}
                </List>
              )}
            </>
          );
        }}
      </AsyncView>
    </Stack>
  );
}

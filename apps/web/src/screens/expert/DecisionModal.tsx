import { useState } from 'react';
import { Alert, Button, Group, Modal, Radio, Stack, Text, Textarea } from '@mantine/core';
import { api } from '../../api/client.ts';
import type { ExpertDecision, ExpertDecisionOutcome, ExpertRoundKind } from '../../api/expert-types.ts';
import { DECISION_OUTCOMES, expertPaths } from '../../api/expert-types.ts';
import { ErrorDetails } from '../../components/ErrorDetails.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/ru.ts';
import { formatPoints } from './expert-format.ts';
import { useAction } from './use-action.ts';

export interface DecisionTarget {
  roundId: number;
  roundKind: ExpertRoundKind;
  clusterName: string;
  weightedScore: number | null;
  /** Sheets submitted (the weighted score is their mean) of all assigned. */
  submittedSheets: number;
  sheets: number;
  unresolvedRemarks: number;
}

/** What "approved" means depends on the round: after a pre-defence the application goes on to the defence. */
const ACTION_KEYS: Record<ExpertRoundKind, Record<ExpertDecisionOutcome, MessageKey>> = {
  pre_defence: { approved: 'ex.act.admit', revise: 'ex.act.revise', rejected: 'ex.act.reject' },
  defence: { approved: 'ex.act.recommend', revise: 'ex.act.revise', rejected: 'ex.act.reject' },
};

/**
 * The commission's decision on a round, recorded by the secretary: the outcome and its reason. The server
 * stores it with the score and the open remarks it was taken on, and never changes it afterwards.
 */
export function DecisionModal({ target, onClose, onDecided }: { target: DecisionTarget | null; onClose(): void; onDecided(d: ExpertDecision): void }) {
  const { t, lang } = useI18n();
  const [outcome, setOutcome] = useState<ExpertDecisionOutcome | null>(null);
  const [reason, setReason] = useState('');
  const decide = useAction(() => api.post<ExpertDecision>(expertPaths.decision(target!.roundId), { outcome, reason }));
  const close = () => { setOutcome(null); setReason(''); decide.clear(); onClose(); };
  const submit = async () => {
    const d = await decide.run();
    if (d) { setOutcome(null); setReason(''); onDecided(d); }
  };
  return (
    <Modal opened={target !== null} onClose={close} title={t('ex.decisionTitle', { cluster: target?.clusterName ?? '' })} size="lg">
      {target && (
        <Stack gap="sm" data-testid="decision-form">
          <Text size="sm" data-testid="decision-context">
            {t('ex.decisionContext', { score: formatPoints(target.weightedScore, lang), submitted: target.submittedSheets, sheets: target.sheets, remarks: target.unresolvedRemarks })}
          </Text>
          {target.submittedSheets < target.sheets && <Alert color="yellow" py={6}><Text size="sm">{t('ex.decisionIncomplete')}</Text></Alert>}
          <Radio.Group value={outcome} onChange={(v) => setOutcome(v as ExpertDecisionOutcome)} label={t('ex.outcome')} required>
            <Stack gap={6} mt={4}>
              {DECISION_OUTCOMES.map((o) => <Radio key={o} value={o} label={t(ACTION_KEYS[target.roundKind][o])} data-testid={`outcome-${o}`} />)}
            </Stack>
          </Radio.Group>
          <Textarea label={t('ex.decisionReason')} required autosize minRows={3} value={reason} onChange={(e) => setReason(e.currentTarget.value)} data-testid="decision-reason" />
          <Text size="xs" c="dimmed">{t('ex.decisionFinal')}</Text>
          {decide.error && <ErrorDetails error={decide.error} testId="decision-error" />}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>{t('common.cancel')}</Button>
            <Button disabled={!outcome || !reason.trim()} loading={decide.busy} onClick={() => void submit()} data-testid="decision-submit">{t('ex.recordDecision')}</Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}

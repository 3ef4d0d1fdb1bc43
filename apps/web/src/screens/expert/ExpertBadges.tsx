import { Badge } from '@mantine/core';
import type { ExpertDecisionOutcome, ExpertRemarkStatus, ExpertRoundKind } from '../../api/expert-types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatDateTime } from '../../lib/format.ts';
import type { AssignmentState } from './assignment-state.ts';

/**
 * Badges keep their whole label: in a narrow table column Mantine would cut "Предзащита" to "Предз…" (its
 * root and label hide overflow, so the column may shrink below the text).
 */
export const WHOLE = { style: { textTransform: 'none', overflow: 'visible', flexShrink: 0 }, styles: { label: { overflow: 'visible' } } } as const;

const DECISION_COLOURS: Record<ExpertDecisionOutcome, string> = { approved: 'green', revise: 'orange', rejected: 'red' };
const REMARK_COLOURS: Record<ExpertRemarkStatus, string> = { open: 'orange', answered: 'blue', accepted: 'green', rejected: 'red' };
const STATE_COLOURS: Record<AssignmentState, string> = { not_started: 'gray', draft: 'blue', submitted: 'green', decided: 'violet' };

export function RoundKindBadge({ kind }: { kind: ExpertRoundKind }) {
  const { label } = useI18n();
  return <Badge size="sm" variant="outline" color={kind === 'defence' ? 'indigo' : 'grape'} {...WHOLE} data-testid="round-kind">{label('exRound', kind)}</Badge>;
}

export function DecisionBadge({ outcome }: { outcome: ExpertDecisionOutcome | null }) {
  const { t, label } = useI18n();
  if (!outcome) return <Badge size="sm" variant="light" color="gray" {...WHOLE} data-testid="decision" data-outcome="">{t('ex.noDecision')}</Badge>;
  return <Badge size="sm" variant="filled" color={DECISION_COLOURS[outcome]} {...WHOLE} data-testid="decision" data-outcome={outcome}>{label('exDecision', outcome)}</Badge>;
}

export function RemarkStatusBadge({ status }: { status: ExpertRemarkStatus }) {
  const { label } = useI18n();
  return <Badge size="sm" variant="light" color={REMARK_COLOURS[status]} {...WHOLE} data-testid="remark-status" data-status={status}>{label('exRemark', status)}</Badge>;
}

/**
 * A sheet on the secretary's agenda: submitted (with when), a draft (how far filled in — its scores are the
 * expert's own until submitted), or not started.
 */
export function SheetStateBadge({ scored, criteria, submittedAt }: { scored: number; criteria: number; submittedAt: string | null }) {
  const { t } = useI18n();
  const state = submittedAt !== null ? 'submitted' : scored > 0 ? 'draft' : 'not_started';
  const text = state === 'submitted' ? t('ex.sheetSubmittedAt', { at: formatDateTime(submittedAt) })
    : state === 'draft' ? t('ex.sheetDraft', { scored, n: criteria }) : t('ex.sheetNotStarted', { n: criteria });
  return <Badge size="sm" variant="light" color={STATE_COLOURS[state]} {...WHOLE} data-testid="sheet-state" data-state={state}>{text}</Badge>;
}

export function AssignmentStateBadge({ state, scored, criteria }: { state: AssignmentState; scored: number; criteria: number }) {
  const { t, label } = useI18n();
  return (
    <Badge size="sm" variant="light" color={STATE_COLOURS[state]} {...WHOLE} data-testid="assignment-state" data-state={state}>
      {state === 'draft' ? t('ex.stateDraft', { scored, criteria }) : label('exState', state)}
    </Badge>
  );
}

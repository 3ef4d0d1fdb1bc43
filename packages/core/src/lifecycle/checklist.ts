import type { ClusterStatus } from '../model/cluster.ts';
import { checkPp779 } from '../rules/check-pp779.ts';
import type { CheckWarning, Pp779CheckResult, Pp779RequirementId } from '../rules/check-result.ts';
import type { RuleSet } from '../rules/ruleset-schema.ts';
import {
  complianceItem, cooperationAgreementItem, participantsConfirmedItem, participantStatusItems, registryApplicationItem,
  registryDocumentItems, requirementItem, type ChecklistItem,
} from './checklist-items.ts';
import { deadlineOutlook, nearestOpenDeadline, type DeadlineOutlook } from './deadlines.ts';
import type { LifecycleFacts } from './facts.ts';
import { remainingSteps, type DocumentRequirement, type LifecycleRole, type Transition } from './transitions.ts';

export interface ChecklistStep {
  from: ClusterStatus;
  to: ClusterStatus;
  ru: string;
  en: string;
  roles: readonly LifecycleRole[];
  document: DocumentRequirement;
  items: ChecklistItem[];
  /** Items not done (unknown counts as not done). */
  remaining: number;
  /** Blocking items not done: the step cannot be recorded while this is above zero. */
  blockingRemaining: number;
}

export interface Checklist {
  status: ClusterStatus;
  asOf: string;
  check: { ruleset: string; compliant: boolean; checkYear: number | null; warnings: CheckWarning[] };
  /** The forward steps from the current status to the registry, each with what remains before it. */
  steps: ChecklistStep[];
  next: ChecklistStep | null;
  remaining: number;
  deadlines: DeadlineOutlook[];
  /** The earliest deadline not yet met. */
  deadline: DeadlineOutlook | null;
  summary: string;
  summaryEn: string;
}

/**
 * Which registry requirement is settled at which step: the specialised organisation when it is appointed,
 * the rest when the application is filed (that is when the ministry checks them).
 */
const REQUIREMENT_STEP: Record<Pp779RequirementId, ClusterStatus> = {
  'specialized-organization': 'specialized_org_set',
  'industrial-participants': 'application',
  'cooperation-contracts': 'application',
  newcomers: 'application',
  'functional-dependence': 'application',
  'import-share': 'application',
  'development-programme': 'application',
  territory: 'application',
};

function itemsFor(step: Transition, facts: LifecycleFacts, check: Pp779CheckResult): ChecklistItem[] {
  const requirements = check.requirements.filter((r) => REQUIREMENT_STEP[r.id] === step.to).map(requirementItem);
  switch (step.to) {
    case 'agreement_signed':
      return [cooperationAgreementItem(facts), ...participantStatusItems(facts)];
    case 'specialized_org_set':
      return requirements;
    case 'application':
      return [...requirements, participantsConfirmedItem(facts), ...registryDocumentItems(facts), registryApplicationItem(facts)];
    case 'in_registry':
      return [complianceItem(check)];
    default:
      return [];
  }
}

function toStep(step: Transition, items: ChecklistItem[]): ChecklistStep {
  const open = items.filter((i) => i.done !== true);
  return {
    from: step.from, to: step.to, ru: step.ru, en: step.en, roles: step.roles, document: step.document, items,
    remaining: open.length, blockingRemaining: open.filter((i) => i.blocking).length,
  };
}

/**
 * What remains before each step on the way to the registry (the Astrakhan story: participant status per
 * enterprise, the agreement, the specialised organisation, the registry requirements, the documents of the
 * application, the deadline). Registry requirements come from the pp779 rules engine run on the cluster's
 * dossier with `rules` (the pp779 version in force), so the checklist and the check never disagree.
 */
export function checklist(facts: LifecycleFacts, rules: RuleSet): Checklist {
  const check = checkPp779(facts.dossier, rules, facts.asOf);
  const steps = remainingSteps(facts.status).map((t) => toStep(t, itemsFor(t, facts, check)));
  const deadlines = deadlineOutlook(facts.deadlines, facts.events, facts.asOf);
  const deadline = nearestOpenDeadline(deadlines);
  const remaining = steps.reduce((s, st) => s + st.remaining, 0);
  const next = steps[0] ?? null;
  // The deadline message ends with its own abbreviation ("дн."): no period is added after it.
  const due = deadline ? ` Срок: ${deadline.message}` : '';
  const dueEn = deadline ? ` Deadline: ${deadline.messageEn}` : '';
  return {
    status: facts.status, asOf: facts.asOf,
    check: { ruleset: check.ruleset, compliant: check.compliant, checkYear: check.checkYear, warnings: check.warnings },
    steps, next, remaining, deadlines, deadline,
    summary: next ? `Следующий шаг — «${next.ru}»: осталось ${next.remaining} из ${next.items.length}; до реестра шагов: ${steps.length}, пунктов: ${remaining}.${due}` : `Шагов до реестра не осталось.${due}`,
    summaryEn: next ? `Next step "${next.en}": ${next.remaining} of ${next.items.length} items remain; ${steps.length} steps and ${remaining} items to the registry.${dueEn}` : `No steps remain to the registry.${dueEn}`,
  };
}

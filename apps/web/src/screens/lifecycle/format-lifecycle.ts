import type { ApiErrorDetail } from '../../api/client.ts';
import {
  MAIN_LINE, type Checklist, type ChecklistItem, type ChecklistStep, type ClusterEvent, type ClusterLifecycle, type ClusterStatus, type DeadlineOutlook,
  type ParticipantStatus, type ParticipantStatusRow,
} from '../../api/lifecycle-types.ts';

/**
 * Pure helpers of the life-cycle screens: how a deadline looks, where each status of the path stands, what a
 * checklist item proves, and how a refusal of the server splits into fields and open checklist items.
 */

export type DeadlineLook = { colour: string; key: 'lc.deadline.overdue' | 'lc.deadline.left' | 'lc.deadline.met' | 'lc.deadline.metLate'; vars: Record<string, string | number> };

/** Overdue in red with the days over; open with the days left (orange within two weeks); met with its day. */
export function deadlineLook(d: DeadlineOutlook, formatDate: (iso: string) => string): DeadlineLook {
  switch (d.state) {
    case 'overdue':
      return { colour: 'red', key: 'lc.deadline.overdue', vars: { n: -(d.daysLeft ?? 0) } };
    case 'open':
      return { colour: (d.daysLeft ?? 0) <= 14 ? 'orange' : 'blue', key: 'lc.deadline.left', vars: { n: d.daysLeft ?? 0 } };
    case 'met':
      return { colour: 'green', key: 'lc.deadline.met', vars: { d: formatDate(d.metOn ?? d.dueOn) } };
    case 'met_late':
      return { colour: 'orange', key: 'lc.deadline.metLate', vars: { d: formatDate(d.metOn ?? d.dueOn) } };
  }
}

export type ItemState = 'done' | 'missing' | 'unknown';

/** true done, false missing, null unknown (the rules engine lacked data: it counts as not done). */
export const itemState = (item: ChecklistItem): ItemState => (item.done === true ? 'done' : item.done === false ? 'missing' : 'unknown');

/** Items that come from the pp779 rules engine: their detail is on the «Проверка требований» tab. */
export const fromRulesEngine = (item: ChecklistItem): boolean => item.id.startsWith('pp779');

/** Whether each enterprise has answered: one item per enterprise, shown as one line ("6 из 9"). */
export function participantAnswers(step: ChecklistStep): { items: ChecklistItem[]; done: number; total: number } | null {
  const items = step.items.filter((i) => i.id.startsWith('participant-status:'));
  return items.length === 0 ? null : { items, done: items.filter((i) => i.done === true).length, total: items.length };
}

/** Checklist items done of all items on the way to the registry (unknown counts as not done, as on the server). */
export function checklistProgress(checklist: Checklist): { done: number; total: number } {
  const total = checklist.steps.reduce((s, st) => s + st.items.length, 0);
  return { done: total - checklist.remaining, total };
}

export type PathState = 'reached' | 'current' | 'next' | 'ahead' | 'excluded';

export interface PathStep {
  status: ClusterStatus;
  state: PathState;
  /** The latest step that brought the cluster to this status. */
  event: ClusterEvent | null;
  deadline: DeadlineOutlook | null;
  /** What remains before this status, when it is still ahead. */
  step: ChecklistStep | null;
}

/**
 * The way into the registry, status by status: what was reached (when, by whom, on which document), where the
 * cluster is, and what lies ahead with its deadline and checklist. An excluded cluster gets its exclusion last.
 */
export function pathOf(life: ClusterLifecycle, checklist: Checklist | null): PathStep[] {
  const status = life.cluster.status;
  const excluded = status === 'excluded';
  const current = excluded ? MAIN_LINE.length : MAIN_LINE.indexOf(status);
  const lastEvent = (s: ClusterStatus) => [...life.events].reverse().find((e) => e.toStatus === s) ?? null;
  const deadline = (s: ClusterStatus) => life.deadlines.find((d) => d.targetStatus === s) ?? null;
  const steps: PathStep[] = MAIN_LINE.map((s, i) => ({
    status: s,
    state: i < current ? 'reached' : i === current ? 'current' : i === current + 1 ? 'next' : 'ahead',
    event: i <= current ? lastEvent(s) : null,
    deadline: deadline(s),
    step: i > current ? checklist?.steps.find((st) => st.to === s) ?? null : null,
  }));
  if (excluded) steps.push({ status: 'excluded', state: 'excluded', event: lastEvent('excluded'), deadline: deadline('excluded'), step: null });
  return steps;
}

export interface ParticipantCounts {
  listed: number;
  intent: number;
  confirmed: number;
  declined: number;
}

export function participantCounts(rows: readonly ParticipantStatusRow[]): ParticipantCounts {
  const counts: ParticipantCounts = { listed: 0, intent: 0, confirmed: 0, declined: 0 };
  for (const r of rows) counts[r.effectiveStatus as ParticipantStatus] += 1;
  return counts;
}

/**
 * A refusal of the server as the form shows it: the reason code, the fields at fault (body.document.number →
 * "document.number") and the checklist items still open. The first detail of a life-cycle refusal is its reason.
 */
export function splitRefusal(details: readonly ApiErrorDetail[]): { reason: string | null; fields: ApiErrorDetail[]; checklist: ApiErrorDetail[]; other: ApiErrorDetail[] } {
  const reason = details.find((d) => d.path === 'reason');
  const rest = details.filter((d) => d.path !== 'reason');
  return {
    reason: typeof reason?.value === 'string' ? reason.value : null,
    fields: rest.filter((d) => d.path.startsWith('body.')),
    checklist: rest.filter((d) => d.path.startsWith('checklist.')),
    other: rest.filter((d) => !d.path.startsWith('body.') && !d.path.startsWith('checklist.')),
  };
}

/** "Протокол № 1 от 17.09.2026": a step's or a status's document in one line. */
export function documentLine(d: { title: string | null; number: string | null; date: string | null } | null, formatDate: (iso: string) => string, words: { no: string; of: string }): string {
  if (!d) return '—';
  return [d.title ?? '', d.number ? `${words.no} ${d.number}` : '', d.date ? `${words.of} ${formatDate(d.date)}` : ''].filter(Boolean).join(' ');
}

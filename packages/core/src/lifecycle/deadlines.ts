import type { ClusterStatus } from '../model/cluster.ts';
import { daysBetween, formatDateRu } from '../rules/dates.ts';
import type { FactDeadline, FactEvent } from './facts.ts';
import { CLUSTER_STATUS_LABELS_EN, MAIN_LINE, statusLabelRu } from './transitions.ts';

export interface DeadlineOutlook {
  targetStatus: ClusterStatus;
  title: string;
  dueOn: string;
  /** The day the status was reached, if it was. */
  metOn: string | null;
  /** Days from asOf to the due date (negative when past); null once met. */
  daysLeft: number | null;
  state: 'met' | 'met_late' | 'open' | 'overdue';
  message: string;
  messageEn: string;
}

/** The day the cluster first reached `status` (or a later status of the main line), from its events. */
function reachedOn(target: ClusterStatus, events: readonly FactEvent[]): string | null {
  const rank = MAIN_LINE.indexOf(target);
  const hits = events
    .filter((e) => (rank >= 0 ? MAIN_LINE.indexOf(e.toStatus) >= rank : e.toStatus === target))
    .map((e) => e.happenedOn)
    .sort();
  return hits[0] ?? null;
}

/** Where each deadline stands on asOf: met (on time or late), still open with the days left, or overdue. */
export function deadlineOutlook(deadlines: readonly FactDeadline[], events: readonly FactEvent[], asOf: string): DeadlineOutlook[] {
  return [...deadlines]
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn))
    .map((d) => {
      const metOn = reachedOn(d.targetStatus, events);
      const label = statusLabelRu(d.targetStatus);
      const due = formatDateRu(d.dueOn);
      if (metOn) {
        const late = metOn > d.dueOn;
        return {
          targetStatus: d.targetStatus, title: d.title, dueOn: d.dueOn, metOn, daysLeft: null, state: late ? 'met_late' : 'met',
          message: `«${label}»: достигнуто ${formatDateRu(metOn)}${late ? `, позже срока ${due}` : ` (срок ${due})`}`,
          messageEn: `"${CLUSTER_STATUS_LABELS_EN[d.targetStatus]}" reached on ${metOn}${late ? `, after the deadline ${d.dueOn}` : ` (deadline ${d.dueOn})`}`,
        };
      }
      const daysLeft = daysBetween(asOf, d.dueOn);
      const overdue = daysLeft < 0;
      return {
        targetStatus: d.targetStatus, title: d.title, dueOn: d.dueOn, metOn: null, daysLeft, state: overdue ? 'overdue' : 'open',
        message: overdue ? `«${label}»: срок ${due} прошёл ${-daysLeft} дн. назад` : `«${label}»: до ${due} осталось ${daysLeft} дн.`,
        messageEn: overdue ? `"${CLUSTER_STATUS_LABELS_EN[d.targetStatus]}": the deadline ${d.dueOn} passed ${-daysLeft} days ago` : `"${CLUSTER_STATUS_LABELS_EN[d.targetStatus]}": ${daysLeft} days left until ${d.dueOn}`,
      };
    });
}

/** The deadline that matters now: the earliest one not yet met. */
export function nearestOpenDeadline(outlook: readonly DeadlineOutlook[]): DeadlineOutlook | null {
  return outlook.find((d) => d.state === 'open' || d.state === 'overdue') ?? null;
}

import type { ExpertReminder } from '../../api/expert-types.ts';
import type { MessageKey } from '../../i18n/ru.ts';
import { formatDateTime } from '../../lib/format.ts';

type T = (key: MessageKey, vars?: Record<string, string | number>) => string;

const KEYS: Record<ExpertReminder['kind'], MessageKey> = {
  scores_due: 'ex.reminder.scores_due',
  scores_overdue: 'ex.reminder.scores_overdue',
  answers_due: 'ex.reminder.answers_due',
  answers_overdue: 'ex.reminder.answers_overdue',
  decision_due: 'ex.reminder.decision_due',
};

/**
 * A reminder in words, from its fields rather than the server's message: the server writes deadlines as ISO
 * instants ("2026-12-22T15:00:00.000Z") and applications by number; people read dates and cluster names.
 */
export function reminderText(t: T, r: ExpertReminder, application: string): string {
  return t(KEYS[r.kind], { application, due: formatDateTime(r.dueAt), count: r.count ?? 0 });
}

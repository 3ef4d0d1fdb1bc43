import { Badge } from '@mantine/core';
import type { DeadlineOutlook } from '../../api/lifecycle-types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatDate } from '../../lib/format.ts';
import { deadlineLook } from './format-lifecycle.ts';

/** "осталось 38 дн.", "просрочен на 5 дн." in red, "достигнут 12.03.2026" in green. */
export function DeadlineBadge({ deadline, size = 'sm' }: { deadline: DeadlineOutlook; size?: 'xs' | 'sm' | 'md' | 'lg' }) {
  const { t } = useI18n();
  const look = deadlineLook(deadline, formatDate);
  return (
    <Badge size={size} color={look.colour} variant={deadline.state === 'overdue' ? 'filled' : 'light'} style={{ textTransform: 'none' }} data-testid="deadline-state" data-state={deadline.state}>
      {t(look.key, look.vars)}
    </Badge>
  );
}

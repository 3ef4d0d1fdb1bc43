import { Alert, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import type { ExpertAssignmentSheet, ExpertSheetEvent } from '../../api/expert-types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/ru.ts';
import { formatDateTime } from '../../lib/format.ts';
import { WHOLE } from './ExpertBadges.tsx';

const EVENT_KEYS: Record<ExpertSheetEvent['action'], MessageKey> = { submit: 'ex.sheetEvent.submit', reopen: 'ex.sheetEvent.reopen', return: 'ex.sheetEvent.return' };

/**
 * Where the score sheet stands: a draft (it does not count in the ranking until submitted) or submitted, with
 * when and by whom; a return by the secretary with its reason; and every step so far.
 */
export function SheetStatus({ sheet }: { sheet: ExpertAssignmentSheet }) {
  const { t } = useI18n();
  const submitted = sheet.submittedAt !== null;
  const last = sheet.events.at(-1);
  const returned = !submitted && last?.action === 'return' ? last : null;
  return (
    <Paper withBorder p="sm" mb="md" data-testid="sheet-status" data-state={submitted ? 'submitted' : 'draft'}>
      <Group gap="sm" wrap="wrap" align="center">
        <Badge size="lg" variant="light" color={submitted ? 'green' : 'blue'} {...WHOLE} data-testid="sheet-state-badge">
          {submitted ? t('ex.sheetSubmitted') : t('ex.sheetIsDraft')}
        </Badge>
        <Text size="sm" data-testid="sheet-status-line">
          {submitted ? t('ex.sheetSubmittedLine', { at: formatDateTime(sheet.submittedAt), by: sheet.submittedBy ?? '' }) : t('ex.sheetDraftLine')}
        </Text>
      </Group>
      {returned && (
        <Alert color="orange" mt="xs" py={6} data-testid="sheet-returned">
          <Text size="sm">{t('ex.sheetReturnedBy', { at: formatDateTime(returned.at), by: returned.actor, reason: returned.comment })}</Text>
        </Alert>
      )}
      {sheet.events.length > 0 && (
        <Stack gap={0} mt="xs" data-testid="sheet-events">
          {sheet.events.map((e, i) => (
            <Text key={i} size="xs" c="dimmed" data-testid="sheet-event" data-action={e.action}>
              {formatDateTime(e.at)} · {t(EVENT_KEYS[e.action], { by: e.actor })}{e.comment ? `: «${e.comment}»` : ''}
            </Text>
          ))}
        </Stack>
      )}
    </Paper>
  );
}

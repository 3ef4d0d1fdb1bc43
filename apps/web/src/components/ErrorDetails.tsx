import { Alert, List, Text } from '@mantine/core';
import { ApiError } from '../api/client.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { errorText } from './States.tsx';

/** An error with every detail the server named (path, sheet, row, field), so the user knows what to fix. */
export function ErrorDetails({ error, testId = 'error-details' }: { error: Error; testId?: string }) {
  const { t, lang } = useI18n();
  const details = error instanceof ApiError ? error.details : [];
  // a refusal of what the user sent (a checked file, a form) is not a failure to fetch: say which it is
  const refused = error instanceof ApiError && [400, 409, 413, 422].includes(error.status);
  return (
    <Alert color="red" title={t(refused ? 'common.refused' : 'common.error')} role="alert" data-testid={testId} mt="md">
      <Text size="sm" mb={details.length ? 6 : 0}>{errorText(error, lang)}</Text>
      {details.length > 0 && (
        <List size="sm" spacing={2}>
          {details.slice(0, 50).map((d, i) => (
            <List.Item key={i} data-testid="error-detail"><Text span ff="monospace" size="sm">{d.path}</Text>: {lang === 'en' && d.messageEn ? d.messageEn : d.message}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}

import { Alert, List, Text } from '@mantine/core';
import { ApiError } from '../../api/client.ts';
import { errorText } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { splitRefusal } from './format-lifecycle.ts';

/**
 * A refusal of the server in the form: its sentence, then what is missing, one line each (fields of the form
 * are also marked on the fields themselves; open checklist items are listed here).
 */
export function RefusalAlert({ error }: { error: Error }) {
  const { t, lang } = useI18n();
  const parts = error instanceof ApiError ? splitRefusal(error.details) : null;
  const lines = parts ? [...parts.checklist, ...parts.fields, ...parts.other] : [];
  return (
    <Alert color="red" role="alert" title={t('lc.refused')} data-testid="lifecycle-refusal" data-reason={parts?.reason ?? ''}>
      <Text size="sm">{errorText(error, lang)}</Text>
      {lines.length > 0 && (
        <>
          <Text size="sm" fw={600} mt="xs">{t('lc.whatIsMissing')}</Text>
          <List size="sm" spacing={2} data-testid="refusal-details">
            {lines.map((d, i) => <List.Item key={i}>{lang === 'en' && d.messageEn ? d.messageEn : d.message}</List.Item>)}
          </List>
        </>
      )}
    </Alert>
  );
}

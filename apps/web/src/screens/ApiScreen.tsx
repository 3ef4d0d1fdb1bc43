import { Anchor, Paper, Stack, Text } from '@mantine/core';
import { PageHeader } from '../components/PageHeader.tsx';
import { useI18n } from '../i18n/i18n.tsx';

export function ApiScreen() {
  const { t } = useI18n();
  return (
    <>
      <PageHeader title={t('api.title')} />
      <Paper withBorder p="lg" maw={760}>
        <Stack gap="sm">
          <Text>{t('api.text')}</Text>
          <Anchor href="/api/docs" target="_blank" rel="noopener">{t('api.docs')}</Anchor>
          <Anchor href="/api/openapi.json" target="_blank" rel="noopener">{t('api.spec')}</Anchor>
        </Stack>
      </Paper>
    </>
  );
}

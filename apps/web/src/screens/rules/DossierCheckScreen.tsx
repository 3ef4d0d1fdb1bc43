import { useState } from 'react';
import { Anchor, Button, Group, Paper, Progress, Text } from '@mantine/core';
import type { CheckResult } from '../../api/types.ts';
import { uploadFile } from '../../api/upload.ts';
import { ErrorDetails } from '../../components/ErrorDetails.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { CheckSummary, RequirementTable } from '../../components/RequirementTable.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { FileDrop } from '../import/FileDrop.tsx';

/** «Проверка досье»: a dossier file (.json or .xlsx from the template) checked against ПП № 779 without saving it. */
export function DossierCheckScreen() {
  const { t } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [result, setResult] = useState<CheckResult | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const check = async () => {
    if (!file) return;
    setResult(null);
    setError(null);
    setProgress(0);
    try {
      setResult(await uploadFile<CheckResult>('/api/check?rules=pp779', file, setProgress));
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)));
    } finally {
      setProgress(null);
    }
  };
  return (
    <>
      <PageHeader title={t('dc.title')} subtitle={t('dc.subtitle')} actions={<Anchor href="/api/dossier/template" download data-testid="dossier-template">{t('dc.template')}</Anchor>} />
      <Paper withBorder p="md">
        <FileDrop file={file} onFile={(f) => { setFile(f); setResult(null); setError(null); }} accept=".json,.xlsx" />
        <Group mt="md">
          <Button onClick={check} disabled={!file} loading={progress !== null} data-testid="dossier-check">{t('dc.check')}</Button>
          {progress !== null && <Text size="sm" c="dimmed">{t('imp.uploading', { p: progress })}</Text>}
        </Group>
        {progress !== null && <Progress value={progress} mt="xs" />}
      </Paper>
      {error && <ErrorDetails error={error} testId="dossier-error" />}
      {result && <Paper withBorder p="md" mt="md"><CheckSummary result={result} /><RequirementTable result={result} /></Paper>}
    </>
  );
}

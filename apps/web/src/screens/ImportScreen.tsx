import { useState } from 'react';
import { Alert, Anchor, Badge, Button, Group, Paper, Progress, Radio, SegmentedControl, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { uploadFile } from '../api/upload.ts';
import { IMPORT_KINDS, type ImportKind, type ImportReport, type ImportRun } from '../api/types.ts';
import { PageHeader } from '../components/PageHeader.tsx';
import { AsyncView, errorText } from '../components/States.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { formatDateTime, formatInt } from '../lib/format.ts';
import { useLocation } from '../lib/router.tsx';
import { useApi } from '../lib/use-api.ts';
import { FileDrop } from './import/FileDrop.tsx';
import { acceptFor, useFileFormat } from './import/file-format.ts';
import { FileFormatNote, formatAccepted } from './import/FileFormatNote.tsx';
import { ImportReportView } from './import/ImportReportView.tsx';
import { newProgressKey, progressPercent, useImportProgress } from './import/use-import-progress.ts';

type Mode = 'all' | 'valid';

/** The registry kinds and the matchmaking kinds: the same upload, modes, report and journal (POST /api/import/{kind}). */
const UPLOAD_KINDS = [...IMPORT_KINDS, 'needs', 'capabilities'] as const;
type UploadKind = ImportKind | 'needs' | 'capabilities';
const isUploadKind = (v: string | null): v is UploadKind => (UPLOAD_KINDS as readonly string[]).includes(v ?? '');
type Phase = { step: 'idle' } | { step: 'sending'; percent: number } | { step: 'processing' } | { step: 'done'; report: ImportReport } | { step: 'failed'; error: Error };

function RecentRuns({ generation }: { generation: number }) {
  const { t, label } = useI18n();
  const runs = useApi<{ items: ImportRun[] }>('/api/import/runs', { g: generation });
  return (
    <AsyncView state={runs}>
      {({ items }) => items.length === 0 ? <Text c="dimmed" size="sm">{t('imp.noRuns')}</Text> : (
        <Table fz="sm" striped data-testid="import-runs">
          <Table.Tbody>
            {items.slice(0, 10).map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>{formatDateTime(r.started_at)}</Table.Td>
                <Table.Td>{label('imp.kind', r.kind)}</Table.Td>
                <Table.Td style={{ wordBreak: 'break-all' }}>{r.file_name}</Table.Td>
                <Table.Td><Badge size="sm" variant="light" color={r.status === 'written' ? 'green' : r.status === 'refused' ? 'red' : 'gray'}>{label('imp.status', r.status)}</Badge></Table.Td>
                <Table.Td ta="right" title={r.message ?? ''}>{formatInt(r.rows_written)} / {formatInt(r.rows_total)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </AsyncView>
  );
}

export function ImportScreen() {
  const { t, lang } = useI18n();
  // ?kind= opens the screen on a kind (the matchmaking lists link here for needs and capabilities).
  const requested = useLocation().query.get('kind');
  const [kind, setKind] = useState<UploadKind>(isUploadKind(requested) ? requested : 'organisations');
  const [mode, setMode] = useState<Mode>('all');
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<Phase>({ step: 'idle' });
  const [generation, setGeneration] = useState(0);
  const busy = phase.step === 'sending' || phase.step === 'processing';
  // what the chosen file will be read as: a JSON file for a kind read as a table only is not sent
  const format = useFileFormat(file);
  const sendable = !!file && formatAccepted(kind, format);
  // a new key per upload: the server keeps each upload's progress under it
  const [progressKey, setProgressKey] = useState(() => newProgressKey());
  const progress = useImportProgress(progressKey, busy);
  const serverPercent = progressPercent(progress);

  const run = async (useMode: Mode) => {
    if (!file || !sendable) return;
    setMode(useMode);
    const key = newProgressKey();
    setProgressKey(key);
    setPhase({ step: 'sending', percent: 0 });
    try {
      const report = await uploadFile<ImportReport>(`/api/import/${kind}?mode=${useMode}&progress=${key}`, file, (percent) =>
        setPhase(percent >= 100 ? { step: 'processing' } : { step: 'sending', percent }));
      setPhase({ step: 'done', report });
    } catch (error) {
      setPhase({ step: 'failed', error: error instanceof Error ? error : new Error(String(error)) });
    }
    setGeneration((g) => g + 1);
  };

  return (
    <>
      <PageHeader title={t('imp.title')} subtitle={t('imp.subtitle')} />
      <SimpleGrid cols={{ base: 1, lg: 3 }} spacing="md">
        <Paper withBorder p="md" style={{ gridColumn: 'span 2' }}>
          <Stack gap="md">
            <div>
              <Text size="sm" fw={500} mb={4}>{t('imp.kind')}</Text>
              <SegmentedControl value={kind} onChange={(v) => { setKind(v as UploadKind); setPhase({ step: 'idle' }); }} data={UPLOAD_KINDS.map((k) => ({ value: k, label: t(`imp.kind.${k}`) }))} data-testid="import-kind" />
            </div>
            <Radio.Group label={t('imp.mode')} value={mode} onChange={(v) => setMode(v as Mode)}>
              <Group mt={4}><Radio value="all" label={t('imp.mode.all')} data-testid="mode-all" /><Radio value="valid" label={t('imp.mode.valid')} data-testid="mode-valid" /></Group>
            </Radio.Group>
            <FileDrop file={file} onFile={(f) => { setFile(f); setPhase({ step: 'idle' }); }} accept={acceptFor(kind)} detail={<FileFormatNote kind={kind} format={format} />} />
            <Group>
              <Button onClick={() => void run(mode)} disabled={!sendable || busy} loading={busy} data-testid="upload">{t('imp.upload')}</Button>
              {phase.step === 'sending' && <Text size="sm" c="dimmed">{t('imp.uploading', { p: phase.percent })}</Text>}
              {phase.step === 'processing' && (
                <Text size="sm" c="dimmed" data-testid="import-progress-text">
                  {progress?.phase === 'validating' && progress.rowsTotal
                    ? t('imp.progress.validating', { done: formatInt(progress.rowsValidated), total: formatInt(progress.rowsTotal) })
                    : progress?.phase === 'writing' || progress?.phase === 'finished'
                      ? t('imp.progress.writing')
                      : t('imp.processing')}
                </Text>
              )}
            </Group>
            {busy && (
              <Progress
                value={phase.step === 'sending' ? phase.percent : serverPercent ?? 100}
                animated={phase.step === 'processing' && serverPercent === null}
                striped
                data-testid="upload-progress"
              />
            )}
          </Stack>
        </Paper>
        <Paper withBorder p="md">
          <Title order={5} mb="xs">{t('imp.templates')}</Title>
          <Stack gap={4}>
            {UPLOAD_KINDS.map((k) => (
              <Group key={k} gap="xs">
                <Text size="sm" w={110}>{t(`imp.kind.${k}`)}</Text>
                <Anchor size="sm" href={`/api/import/${k}/template?format=xlsx`}>XLSX</Anchor>
                <Anchor size="sm" href={`/api/import/${k}/template?format=csv`}>CSV</Anchor>
              </Group>
            ))}
          </Stack>
        </Paper>
      </SimpleGrid>
      {phase.step === 'failed' && <Alert color="red" mt="md" role="alert" data-testid="import-failed">{errorText(phase.error, lang)}</Alert>}
      {phase.step === 'done' && <ImportReportView report={phase.report} onRetryValid={() => void run('valid')} />}
      <Paper withBorder p="md" mt="md">
        <Title order={4} mb="sm">{t('imp.runs')}</Title>
        <RecentRuns generation={generation} />
      </Paper>
    </>
  );
}

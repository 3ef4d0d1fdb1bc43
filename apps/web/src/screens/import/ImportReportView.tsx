import { Alert, Badge, Button, Code, Group, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import type { ImportReport } from '../../api/types.ts';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { StatCard } from '../../components/StatCard.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatInt } from '../../lib/format.ts';
import { useClientTable } from '../../lib/use-client-table.ts';

type RowError = ImportReport['errors'][number];

export function ImportReportView({ report, onRetryValid }: { report: ImportReport; onRetryValid?: () => void }) {
  const { t, lang } = useI18n();
  // A file whose parts sit on several sheets (clusters: «Кластеры», «Соглашения», «Льготы») names the sheet of each
  // row, and its errors keep the server's order (sheet by sheet); a JSON export names the record (from 1) and the
  // path in it instead of a row and a column.
  const sheets = report.errors.some((e) => e.sheet !== undefined);
  const json = report.format === 'json';
  const table = useClientTable(report.errors, { sheet: (e) => e.sheet, row: (e) => e.rowNumber, column: (e) => e.column }, 20, sheets ? '' : 'row');
  const columns: Column<RowError>[] = [
    ...(sheets ? [{ key: 'sheet', title: t('imp.sheet'), sortKey: 'sheet', render: (e: RowError) => e.sheet ?? '' }] : []),
    { key: 'row', title: t(json ? 'imp.record' : 'imp.row'), sortKey: 'row', width: 90, render: (e) => formatInt(e.rowNumber) },
    { key: 'column', title: t(json ? 'imp.path' : 'imp.column'), sortKey: 'column', render: (e) => e.column },
    { key: 'value', title: t('imp.value'), render: (e) => <Code>{e.value === '' ? '∅' : e.value}</Code> },
    { key: 'reason', title: t('imp.reason'), render: (e) => (lang === 'en' ? e.reasonEn : e.reasonRu) },
  ];
  const written = report.status === 'written';
  return (
    <Paper withBorder p="md" mt="md" data-testid="import-report" data-status={report.status}>
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t('imp.report')}: {report.fileName}</Title>
        <Badge size="lg" color={written ? 'green' : 'red'} data-testid="import-status">{written ? t('imp.status.written') : t('imp.status.refused')}</Badge>
      </Group>
      <Alert color={written ? 'green' : 'red'} variant="light" mb="md" data-testid="import-message">{lang === 'en' ? report.messageEn : report.message}</Alert>
      <SimpleGrid cols={{ base: 3, md: 6 }} spacing="sm" mb="md">
        <StatCard label={t(json ? 'imp.recordsTotal' : 'imp.rowsTotal')} value={formatInt(report.rowsTotal)} testId="imp-total" />
        <StatCard label={t('imp.rowsValid')} value={formatInt(report.rowsValid)} testId="imp-valid" />
        <StatCard label={t('imp.rowsInvalid')} value={formatInt(report.rowsInvalid)} testId="imp-invalid" />
        <StatCard label={t('imp.created')} value={formatInt(report.created)} testId="imp-created" />
        <StatCard label={t('imp.updated')} value={formatInt(report.updated)} testId="imp-updated" />
        <StatCard label={t('imp.unchanged')} value={formatInt(report.unchanged)} testId="imp-unchanged" />
      </SimpleGrid>
      {report.errors.length > 0 && (
        <>
          <DataTable testId="import-errors" columns={columns} rows={table.rows} rowKey={(e) => `${e.sheet ?? ''}:${e.rowNumber}:${e.column}:${e.reasonRu}`} sort={table.sort} onSort={table.onSort} paging={table.paging} />
          {!written && report.rowsValid > 0 && onRetryValid && (
            <Group mt="md"><Button variant="light" onClick={onRetryValid} data-testid="retry-valid">{t('imp.retryValid')}</Button>
              <Text size="sm" c="dimmed">{t('imp.rowsValid')}: {formatInt(report.rowsValid)}</Text></Group>
          )}
        </>
      )}
    </Paper>
  );
}

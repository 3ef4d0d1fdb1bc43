import { Text } from '@mantine/core';
import { useI18n } from '../../i18n/i18n.tsx';
import { readsJson, type FileFormat, type UploadKind } from './file-format.ts';

/** Whether the server reads a file of this format as this kind (JSON: the clusters export only). */
export const formatAccepted = (kind: UploadKind, format: FileFormat | null): boolean => format !== 'json' || readsJson(kind);

/**
 * What the chosen file will be read as, before it is sent: a table (CSV or XLSX; a clusters workbook by its three
 * sheets) or a clusters JSON export; a JSON file for a kind read as a table only is said to be refused.
 */
export function FileFormatNote({ kind, format }: { kind: UploadKind; format: FileFormat | null }) {
  const { t } = useI18n();
  if (!format) return null;
  const attributes = { 'data-testid': 'file-format', 'data-format': format, 'data-accepted': String(formatAccepted(kind, format)) };
  if (!formatAccepted(kind, format)) return <Text size="sm" c="red.8" mt={4} {...attributes}>{t('imp.format.refused', { kind: t(`imp.kind.${kind}`) })}</Text>;
  return <Text size="sm" c="dimmed" mt={4} {...attributes}>{t(format === 'xlsx' && kind === 'clusters' ? 'imp.format.xlsxClusters' : `imp.format.${format}`)}</Text>;
}

import { Button, Group } from '@mantine/core';
import type { ImportKind } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.tsx';

/** Plain links: the browser downloads the file itself (content-disposition: attachment). */
export function ExportButtons({ kind }: { kind: ImportKind }) {
  const { t } = useI18n();
  return (
    <Group gap={6} wrap="nowrap">
      {(['csv', 'xlsx', 'json'] as const).map((format) => (
        <Button key={format} component="a" href={`/api/export/${kind}?format=${format}`} download size="xs" variant="default" title={`${t('common.export')} ${format.toUpperCase()}`}>
          {format.toUpperCase()}
        </Button>
      ))}
    </Group>
  );
}

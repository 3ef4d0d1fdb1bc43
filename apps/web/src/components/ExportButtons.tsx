import { Button, Group } from '@mantine/core';
import type { ImportKind } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { allows, REGISTRY_EDITORS } from '../lib/access.ts';
import { useSession } from '../lib/session.tsx';

/**
 * Plain links: the browser downloads the file itself (content-disposition: attachment). Exports are for the
 * registry's staff (GET /api/export/:kind), so nobody else sees the buttons.
 */
export function ExportButtons({ kind }: { kind: ImportKind }) {
  const { t } = useI18n();
  const { user } = useSession();
  if (!allows(REGISTRY_EDITORS, user)) return null;
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

import { Button, Group } from '@mantine/core';
import { useI18n } from '../../i18n/i18n.tsx';

/**
 * The package as files, straight from the API (the browser downloads them: content-disposition attachment):
 * a given version, or without one the latest submitted version (the draft assembled now if none was).
 */
export function packageUrl(applicationId: number, format: 'pdf' | 'xlsx', version?: number): string {
  return `/api/applications/${applicationId}/package?format=${format}${version ? `&version=${version}` : ''}`;
}

export function PackageDownloads({ applicationId, version, size = 'xs' }: { applicationId: number; version?: number; size?: 'xs' | 'compact-xs' }) {
  const { t } = useI18n();
  const suffix = version ? `-v${version}` : '';
  return (
    <Group gap={6} wrap="nowrap">
      {(['pdf', 'xlsx'] as const).map((format) => (
        <Button key={format} component="a" href={packageUrl(applicationId, format, version)} download size={size} variant="default"
          title={t('ap.downloadTitle', { format: format.toUpperCase() })} data-testid={`download-${format}${suffix}`}>
          {format.toUpperCase()}
        </Button>
      ))}
    </Group>
  );
}

import { Badge, Group, Table, Text } from '@mantine/core';
import type { Application } from '../../api/projects-types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { RouterLink } from '../../lib/router.tsx';
import { PackageDownloads } from './PackageDownloads.tsx';

/** Submitted versions, newest first: each frozen (the database refuses to change it), opened read-only or downloaded. */
export function VersionsList({ application }: { application: Application }) {
  const { t } = useI18n();
  if (application.versions.length === 0) return <Text size="sm" c="dimmed" data-testid="no-versions">{t('ap.noVersions')}</Text>;
  return (
    <Table fz="sm" data-testid="versions">
      <Table.Thead><Table.Tr><Table.Th>{t('ap.version')}</Table.Th><Table.Th>{t('ap.submittedAt')}</Table.Th><Table.Th>{t('ap.submittedBy')}</Table.Th><Table.Th /></Table.Tr></Table.Thead>
      <Table.Tbody>
        {[...application.versions].sort((a, b) => b.version - a.version).map((v) => (
          <Table.Tr key={v.version} data-testid="version-row" data-version={v.version}>
            <Table.Td>
              <Group gap={6} wrap="nowrap">
                <RouterLink className="klaster-link" to={`/applications/${application.id}/versions/${v.version}`} data-testid="version-link">{t('ap.versionN', { v: v.version })}</RouterLink>
                <Badge size="xs" variant="outline" color="gray" style={{ textTransform: 'none' }} data-testid="version-frozen">{t('ap.frozen')}</Badge>
              </Group>
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(v.submittedAt)}</Table.Td>
            <Table.Td>{v.submittedBy}</Table.Td>
            <Table.Td><PackageDownloads applicationId={application.id} version={v.version} size="compact-xs" /></Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

import { Badge, Code } from '@mantine/core';
import type { ApplicationVersion } from '../../api/projects-types.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { RouterLink } from '../../lib/router.tsx';
import { useApi } from '../../lib/use-api.ts';
import { RemoteView } from '../projects/RemoteView.tsx';
import { isPackage, PackageView } from './PackageView.tsx';
import { PackageDownloads } from './PackageDownloads.tsx';

/** /applications/:id/versions/:version — a submitted version exactly as frozen, read-only. */
export function ApplicationVersionScreen({ id, version }: { id: number; version: number }) {
  const { t } = useI18n();
  const state = useApi<ApplicationVersion>(`/api/applications/${id}/versions/${version}`);
  return (
    <RemoteView state={state} notFound={{ title: t('ap.versionNotFound', { n: id, v: version }), back: { label: t('ap.backToApplication'), to: `/applications/${id}` } }}>
      {(v) => (
        <>
          <PageHeader
            title={t('ap.versionTitle', { n: id, v: v.version })}
            badges={<Badge variant="outline" color="gray" style={{ textTransform: 'none' }} data-testid="version-frozen">{t('ap.frozen')}</Badge>}
            // inline only: the subtitle is a paragraph, and a div inside it is invalid HTML (React reports it)
            subtitle={<>
              {t('ap.submittedLine', { at: formatDateTime(v.submittedAt), by: v.submittedBy })}
              {' · '}
              <RouterLink className="klaster-link" to={`/applications/${id}`}>{t('ap.backToApplication')}</RouterLink>
            </>}
            actions={isPackage(v.frozen) ? <PackageDownloads applicationId={id} version={v.version} /> : undefined}
          />
          {isPackage(v.frozen) ? <PackageView pkg={v.frozen} /> : <Code block data-testid="version-raw">{JSON.stringify(v.frozen, null, 2)}</Code>}
        </>
      )}
    </RemoteView>
  );
}

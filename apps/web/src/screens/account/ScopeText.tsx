import { Text } from '@mantine/core';
import type { SessionUser } from '../../api/accounts.ts';
import type { ClusterProfile, Organisation } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useRegions } from '../../lib/reference.ts';
import { RouterLink } from '../../lib/router.tsx';
import { useApi } from '../../lib/use-api.ts';

type Scoped = Pick<SessionUser, 'role' | 'regionCodes' | 'clusterId' | 'organisationId'>;

/** A cluster or organisation named by id, loaded when no name was handed in (a profile the reader may open). */
function Named({ path, id, name, to }: { path: string; id: number; name?: string; to: string }) {
  const loaded = useApi<ClusterProfile | Organisation>(name ? null : `${path}/${id}`);
  const text = name ?? loaded.data?.name ?? (loaded.error ? `№ ${id}` : '…');
  return <RouterLink className="klaster-link" to={to}>{text}</RouterLink>;
}

/**
 * What an account may work with, in words: the regions of an operator, the cluster of a specialised
 * organisation, the organisation of an enterprise representative; administrators everything, experts the
 * applications assigned to them. Names can be handed in by a screen that already has them.
 */
export function ScopeText({ user, clusterName, organisationName }: { user: Scoped; clusterName?: string; organisationName?: string }) {
  const { t, lang } = useI18n();
  const regions = useRegions();
  switch (user.role) {
    case 'admin':
      return <Text span size="sm">{t('acc.scopeAll')}</Text>;
    case 'expert':
      return <Text span size="sm">{t('acc.scopeExpert')}</Text>;
    case 'regional_operator': {
      const names = user.regionCodes.map((code) => {
        const r = regions?.find((x) => x.code === code);
        return r ? `${lang === 'en' ? r.name_en : r.name_ru} (${code})` : code;
      });
      return <Text span size="sm">{names.length ? names.join(', ') : t('acc.scopeNone')}</Text>;
    }
    case 'specialised_org':
      return user.clusterId ? <Named path="/api/clusters" id={user.clusterId} name={clusterName} to={`/clusters/${user.clusterId}`} /> : <Text span size="sm" c="dimmed">{t('acc.scopeNone')}</Text>;
    case 'enterprise':
      return user.organisationId ? <Named path="/api/organisations" id={user.organisationId} name={organisationName} to={`/organisations/${user.organisationId}`} /> : <Text span size="sm" c="dimmed">{t('acc.scopeNone')}</Text>;
    default:
      return null;
  }
}

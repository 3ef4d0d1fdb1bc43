import { Badge } from '@mantine/core';
import { useI18n } from '../i18n/i18n.tsx';
import { CLUSTER_KIND_COLOURS, STATUS_BADGE } from '../lib/colours.ts';

export function DemoBadge({ show }: { show: boolean }) {
  const { t } = useI18n();
  if (!show) return null;
  return (
    <Badge size="xs" variant="outline" color="orange" data-testid="demo-badge" style={{ flexShrink: 0 }}>
      {t('app.demo')}
    </Badge>
  );
}

export function ClusterStatusBadge({ status }: { status: string }) {
  const { label } = useI18n();
  return (
    <Badge variant="light" color={STATUS_BADGE[status] ?? 'gray'} data-testid="cluster-status" style={{ textTransform: 'none' }}>
      {label('clStatus', status)}
    </Badge>
  );
}

export function ClusterKindBadge({ kind }: { kind: string }) {
  const { label } = useI18n();
  return (
    <Badge variant="dot" color={CLUSTER_KIND_COLOURS[kind] ?? 'gray'} style={{ textTransform: 'none' }}>
      {label('clKind', kind)}
    </Badge>
  );
}

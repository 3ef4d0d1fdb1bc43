import { Paper } from '@mantine/core';
import { ClusterApplications } from './ClusterApplications.tsx';

/** «Заявки» of a cluster profile. */
export function ClusterApplicationsTab({ cluster }: { cluster: { id: number; regions: readonly string[] } }) {
  return <Paper withBorder p="md"><ClusterApplications cluster={cluster} /></Paper>;
}

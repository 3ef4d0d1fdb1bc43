import { Badge } from '@mantine/core';
import type { ApplicationStatus, ProjectStatus } from '../../api/projects-types.ts';
import { useI18n } from '../../i18n/i18n.tsx';

const PROJECT_COLOURS: Record<ProjectStatus, string> = { draft: 'gray', submitted: 'blue', supported: 'green', rejected: 'red', completed: 'teal' };
const APPLICATION_COLOURS: Record<ApplicationStatus, string> = {
  draft: 'gray', submitted: 'blue', under_review: 'violet', returned: 'orange', approved: 'green', rejected: 'red', withdrawn: 'dark',
};

export function ProjectStatusBadge({ status }: { status: ProjectStatus }) {
  const { label } = useI18n();
  return <Badge variant="light" color={PROJECT_COLOURS[status]} style={{ textTransform: 'none' }} data-testid="project-status" data-status={status}>{label('pjStatus', status)}</Badge>;
}

export function ApplicationStatusBadge({ status }: { status: ApplicationStatus }) {
  const { label } = useI18n();
  return <Badge variant="light" color={APPLICATION_COLOURS[status]} style={{ textTransform: 'none' }} data-testid="application-status" data-status={status}>{label('apStatus', status)}</Badge>;
}

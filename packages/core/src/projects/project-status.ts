import { PROJECT_STATUS_LABELS, type ProjectStatus } from './project-types.ts';

/**
 * How a joint project moves: the cluster side submits it for support or takes it back; the ministry decides
 * (supported or rejected) and closes a supported one as completed. Only a draft may be edited or deleted.
 */
export interface ProjectStatusChange {
  from: ProjectStatus;
  to: ProjectStatus;
  roles: readonly string[];
}

const CLUSTER_SIDE = ['admin', 'regional_operator', 'specialised_org'] as const;
const MINISTRY = ['admin'] as const;

export const PROJECT_STATUS_CHANGES: readonly ProjectStatusChange[] = [
  { from: 'draft', to: 'submitted', roles: CLUSTER_SIDE },
  { from: 'submitted', to: 'draft', roles: CLUSTER_SIDE },
  { from: 'submitted', to: 'supported', roles: MINISTRY },
  { from: 'submitted', to: 'rejected', roles: MINISTRY },
  { from: 'supported', to: 'completed', roles: MINISTRY },
];

export type ProjectStatusVerdict =
  | { ok: true }
  | { ok: false; code: 'not_allowed' | 'role_not_allowed'; message: string; messageEn: string };

export function checkProjectStatusChange(from: ProjectStatus, to: ProjectStatus, role: string | null | undefined): ProjectStatusVerdict {
  const change = PROJECT_STATUS_CHANGES.find((c) => c.from === from && c.to === to);
  if (!change) {
    const allowed = PROJECT_STATUS_CHANGES.filter((c) => c.from === from).map((c) => PROJECT_STATUS_LABELS[c.to].ru);
    return { ok: false, code: 'not_allowed', message: `Проект в статусе «${PROJECT_STATUS_LABELS[from].ru}» нельзя перевести в «${PROJECT_STATUS_LABELS[to].ru}»; можно: ${allowed.join(', ') || 'никуда'}`, messageEn: `A project that is ${from} cannot become ${to}` };
  }
  if (!role || !change.roles.includes(role))
    return { ok: false, code: 'role_not_allowed', message: `Решение «${PROJECT_STATUS_LABELS[to].ru}» принимает только: ${change.roles.join(', ')}`, messageEn: `Only ${change.roles.join(', ')} may make a project ${to}` };
  return { ok: true };
}

export const projectEditable = (status: string): boolean => status === 'draft';

import { CLUSTER_STATUSES, CLUSTER_STATUS_LABELS_RU, type ClusterStatus } from '../model/cluster.ts';

/**
 * The cluster life cycle (PRODUCT.md C3): which status may follow which, who may record the step, and the
 * document that proves it. The roles are the account roles of the access model; the public, enterprises and
 * experts record no steps. Steps that are decisions of the ministry (pre-defence, registry entry, exclusion)
 * belong to its administrators only; the ones a cluster takes itself may be recorded by its specialised
 * organisation or by the regional operator who accompanies it.
 */
export const LIFECYCLE_ROLES = ['admin', 'regional_operator', 'specialised_org'] as const;
export type LifecycleRole = (typeof LIFECYCLE_ROLES)[number];

export interface DocumentRequirement {
  /** A document must be named (title and date) for the step to be recorded. */
  required: boolean;
  /** …and its number too (orders of the ministry, agreements). */
  numberRequired: boolean;
  /** What the document is, for the form and the refusal message. */
  ru: string;
  en: string;
}

export interface Transition {
  from: ClusterStatus;
  to: ClusterStatus;
  /** Forward steps of the main line need their checklist done; returns and exclusion do not. */
  direction: 'forward' | 'back' | 'exclusion';
  roles: readonly LifecycleRole[];
  document: DocumentRequirement;
  ru: string;
  en: string;
}

const EDITORS = ['admin', 'regional_operator'] as const;
const CLUSTER_SIDE = ['admin', 'regional_operator', 'specialised_org'] as const;
const MINISTRY = ['admin'] as const;

const doc = (ru: string, en: string, numberRequired = false): DocumentRequirement => ({ required: true, numberRequired, ru, en });
const optionalDoc = (ru: string, en: string): DocumentRequirement => ({ required: false, numberRequired: false, ru, en });

export const TRANSITIONS: readonly Transition[] = [
  { from: 'candidate', to: 'initiative', direction: 'forward', roles: EDITORS, document: doc('Протокол стратегической сессии или решение инициаторов о создании кластера', 'Minutes of the strategy session or the initiators\' decision to form the cluster'), ru: 'Инициатива создания кластера', en: 'Initiative to form the cluster' },
  { from: 'initiative', to: 'candidate', direction: 'back', roles: EDITORS, document: optionalDoc('Решение инициаторов о прекращении работы', 'The initiators\' decision to stop'), ru: 'Инициатива отозвана', en: 'Initiative withdrawn' },
  { from: 'initiative', to: 'agreement_signed', direction: 'forward', roles: CLUSTER_SIDE, document: doc('Соглашение (договор) участников кластера', 'The agreement of the cluster participants', true), ru: 'Подписание соглашения участников', en: 'Participants sign the agreement' },
  { from: 'agreement_signed', to: 'specialized_org_set', direction: 'forward', roles: CLUSTER_SIDE, document: doc('Решение участников об определении специализированной организации', 'The participants\' decision appointing the specialised organisation'), ru: 'Определение специализированной организации', en: 'Specialised organisation appointed' },
  { from: 'specialized_org_set', to: 'application', direction: 'forward', roles: CLUSTER_SIDE, document: doc('Заявление о включении кластера в реестр', 'Application for entry into the registry'), ru: 'Подача заявки на включение в реестр', en: 'Application for registry entry filed' },
  { from: 'application', to: 'specialized_org_set', direction: 'back', roles: CLUSTER_SIDE, document: optionalDoc('Письмо об отзыве заявки', 'Letter withdrawing the application'), ru: 'Заявка отозвана', en: 'Application withdrawn' },
  { from: 'application', to: 'pre_defence', direction: 'forward', roles: MINISTRY, document: doc('Уведомление о предварительной защите перед экспертной группой', 'Notice of the pre-defence before the expert group'), ru: 'Предварительная защита', en: 'Pre-defence' },
  { from: 'pre_defence', to: 'application', direction: 'back', roles: MINISTRY, document: doc('Протокол экспертной группы с замечаниями (работа над ошибками)', 'Minutes of the expert group with remarks (work on errors)'), ru: 'Возврат заявки на доработку', en: 'Application returned for revision' },
  { from: 'pre_defence', to: 'in_registry', direction: 'forward', roles: MINISTRY, document: doc('Приказ Минпромторга России о включении в реестр промышленных кластеров', 'Order of the Ministry of Industry and Trade entering the cluster into the registry', true), ru: 'Включение в реестр', en: 'Entered into the registry' },
  { from: 'in_registry', to: 'excluded', direction: 'exclusion', roles: MINISTRY, document: doc('Приказ Минпромторга России об исключении из реестра', 'Order of the Ministry excluding the cluster from the registry', true), ru: 'Исключение из реестра', en: 'Excluded from the registry' },
  { from: 'excluded', to: 'initiative', direction: 'back', roles: EDITORS, document: doc('Решение участников о повторном формировании кластера', 'The participants\' decision to form the cluster anew'), ru: 'Повторная инициатива', en: 'Initiative renewed' },
];

/** The statuses of the way into the registry, in order (exclusion is off the line). */
export const MAIN_LINE: readonly ClusterStatus[] = CLUSTER_STATUSES.filter((s) => s !== 'excluded');

export function findTransition(from: ClusterStatus, to: ClusterStatus): Transition | undefined {
  return TRANSITIONS.find((t) => t.from === from && t.to === to);
}

export function transitionsFrom(from: ClusterStatus): Transition[] {
  return TRANSITIONS.filter((t) => t.from === from);
}

/** The forward step out of a status, if there is one (in_registry and excluded have none). */
export function nextForward(from: ClusterStatus): Transition | undefined {
  return TRANSITIONS.find((t) => t.from === from && t.direction === 'forward');
}

/** The forward steps from a status to the registry: what remains on the way. */
export function remainingSteps(from: ClusterStatus): Transition[] {
  const steps: Transition[] = [];
  for (let t = nextForward(from); t; t = nextForward(t.to)) steps.push(t);
  return steps;
}

export function roleMay(transition: Transition, role: string | null | undefined): boolean {
  return !!role && (transition.roles as readonly string[]).includes(role);
}

export const statusLabelRu = (s: ClusterStatus): string => CLUSTER_STATUS_LABELS_RU[s];

export const CLUSTER_STATUS_LABELS_EN: Record<ClusterStatus, string> = {
  candidate: 'Candidate',
  initiative: 'Initiative',
  agreement_signed: 'Agreement signed',
  specialized_org_set: 'Specialised organisation appointed',
  application: 'Application filed',
  pre_defence: 'Pre-defence',
  in_registry: 'In the registry',
  excluded: 'Excluded from the registry',
};

/** Kinds of cluster (PRODUCT.md C3). */
export const CLUSTER_KINDS = ['industrial', 'innovative', 'local', 'candidate'] as const;
export type ClusterKind = (typeof CLUSTER_KINDS)[number];
export const CLUSTER_KIND_LABELS_RU: Record<ClusterKind, string> = {
  industrial: 'Промышленный кластер (ПП № 779)',
  innovative: 'Инновационный территориальный кластер',
  local: 'Локальный / межмуниципальный кластер',
  candidate: 'Кандидат (де-факто)',
};

/** Life-cycle statuses, in order. */
export const CLUSTER_STATUSES = [
  'candidate',
  'initiative',
  'agreement_signed',
  'specialized_org_set',
  'application',
  'pre_defence',
  'in_registry',
  'excluded',
] as const;
export type ClusterStatus = (typeof CLUSTER_STATUSES)[number];
export const CLUSTER_STATUS_LABELS_RU: Record<ClusterStatus, string> = {
  candidate: 'Кандидат',
  initiative: 'Инициатива',
  agreement_signed: 'Соглашение подписано',
  specialized_org_set: 'Специализированная организация определена',
  application: 'Заявка подана',
  pre_defence: 'Предзащита',
  in_registry: 'В реестре',
  excluded: 'Исключён из реестра',
};

export const PARTICIPANT_ROLES = ['anchor', 'participant', 'specialized_org', 'research', 'education', 'infrastructure', 'authority', 'finance'] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];
export const PARTICIPANT_ROLE_LABELS_RU: Record<ParticipantRole, string> = {
  anchor: 'Якорный участник',
  participant: 'Участник',
  specialized_org: 'Специализированная организация',
  research: 'Научная организация',
  education: 'Образовательная организация',
  infrastructure: 'Инфраструктура',
  authority: 'Орган власти',
  finance: 'Финансовая организация',
};

export interface ClusterParticipantInput {
  inn: string;
  role: ParticipantRole;
  joinedOn?: string | null;
  leftOn?: string | null;
  /** Works in a special territory (ИПСЭР region, geostrategic territory, monotown): RULES.md pp779. */
  specialTerritory?: boolean;
}

export interface AgreementPartyInput {
  /** An organisation in the registry, by INN… */
  inn?: string | null;
  /** …or a party that is not (a city administration, a ministry). */
  name?: string | null;
}

export interface AgreementInput {
  title: string;
  number?: string | null;
  signedOn?: string | null;
  kind?: 'cooperation' | 'accession' | 'other';
  parties: AgreementPartyInput[];
}

export const PREFERENCE_KINDS = ['rent', 'local_tax', 'regional_tax', 'loan', 'other'] as const;
export type PreferenceKind = (typeof PREFERENCE_KINDS)[number];
export const PREFERENCE_KIND_LABELS_RU: Record<PreferenceKind, string> = {
  rent: 'Льгота по аренде',
  local_tax: 'Льгота по местным налогам',
  regional_tax: 'Льгота по региональным налогам',
  loan: 'Льготный заём',
  other: 'Иная преференция',
};

export interface PreferenceInput {
  /** Participant that receives it; null when it applies to every participant. */
  inn?: string | null;
  kind: PreferenceKind;
  description: string;
  grantedBy: string;
  validFrom?: string | null;
  validTo?: string | null;
}

/** A cluster as it enters Klaster: identified by its code (stable slug). */
export interface ClusterInput {
  code: string;
  name: string;
  kind: ClusterKind;
  specialization: string;
  status: ClusterStatus;
  regions: string[];
  municipalities?: string[];
  specializedOrgInn?: string | null;
  registryDecisionDate?: string | null;
  developmentProgrammeFrom?: string | null;
  developmentProgrammeTo?: string | null;
  participants: ClusterParticipantInput[];
  agreements?: AgreementInput[];
  preferences?: PreferenceInput[];
  isDemo?: boolean;
}

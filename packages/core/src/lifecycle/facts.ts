import type { Dossier } from '../dossier/dossier-schema.ts';
import type { ClusterStatus } from '../model/cluster.ts';

/**
 * Whether an enterprise has taken the status of a participant: listed by the initiators, sent a letter of
 * intent, confirmed (signed the agreement or an accession to it), or declined.
 */
export const PARTICIPANT_STATUSES = ['listed', 'intent', 'confirmed', 'declined'] as const;
export type ParticipantStatus = (typeof PARTICIPANT_STATUSES)[number];
export const PARTICIPANT_STATUS_LABELS: Record<ParticipantStatus, { ru: string; en: string }> = {
  listed: { ru: 'Включено в перечень, ответа нет', en: 'Listed, no answer yet' },
  intent: { ru: 'Направило письмо о намерении участвовать', en: 'Sent a letter of intent' },
  confirmed: { ru: 'Подтвердило участие (подписало соглашение)', en: 'Confirmed (signed the agreement)' },
  declined: { ru: 'Отказалось от участия', en: 'Declined' },
};

export const APPLICATION_KINDS = ['registry_entry', 'subsidy'] as const;
export type ApplicationKind = (typeof APPLICATION_KINDS)[number];

export interface FactParticipant {
  inn: string;
  name: string;
  role: string;
  /** The recorded status; null when none was recorded (treated as listed). */
  status: ParticipantStatus | null;
}

export interface FactAgreement {
  title: string;
  number: string | null;
  signedOn: string | null;
  kind: string;
  /** INNs of the parties that are organisations of the registry. */
  partyInns: string[];
}

export interface FactApplication {
  id: number;
  kind: ApplicationKind;
  status: string;
  /** The latest submitted version; null before the first submission. */
  currentVersion: number | null;
  /** Codes of the documents the applicant has attached to the draft. */
  documents: string[];
}

export interface FactDeadline {
  targetStatus: ClusterStatus;
  dueOn: string;
  title: string;
}

export interface FactEvent {
  fromStatus: ClusterStatus | null;
  toStatus: ClusterStatus;
  happenedOn: string;
}

/** Everything the checklist looks at, read from the database by the server (core does no I/O). */
export interface LifecycleFacts {
  status: ClusterStatus;
  asOf: string;
  /** The cluster's dossier on asOf: what the pp779 rules engine checks. */
  dossier: Dossier;
  participants: FactParticipant[];
  agreements: FactAgreement[];
  specializedOrg: { inn: string; name: string } | null;
  applications: FactApplication[];
  deadlines: FactDeadline[];
  events: FactEvent[];
}

/**
 * A participant counts as confirmed when its status says so or when it is a party to a signed agreement
 * (the agreement is the document that gives the status); a recorded refusal wins over both.
 */
export function effectiveParticipantStatus(p: FactParticipant, agreements: readonly FactAgreement[]): ParticipantStatus {
  if (p.status === 'declined') return 'declined';
  if (p.status === 'confirmed' || agreements.some((a) => a.signedOn && a.partyInns.includes(p.inn))) return 'confirmed';
  return p.status ?? 'listed';
}

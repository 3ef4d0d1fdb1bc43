import type { RequirementResult } from '../rules/check-result.ts';
import type { Pp779CheckResult } from '../rules/check-result.ts';
import { formatDateRu } from '../rules/dates.ts';
import { attachedDocuments } from './documents.ts';
import { effectiveParticipantStatus, PARTICIPANT_STATUS_LABELS, type LifecycleFacts } from './facts.ts';

/** One thing that remains (or is done) before a step of the life cycle. */
export interface ChecklistItem {
  id: string;
  kind: 'participant' | 'agreement' | 'requirement' | 'document' | 'application' | 'compliance';
  /** true done, false not done, null unknown (the rules engine lacked data): unknown is not done. */
  done: boolean | null;
  /** A blocking item must be done before the step can be recorded. */
  blocking: boolean;
  message: string;
  messageEn: string;
  inn?: string;
  name?: string;
  found?: number | null;
  required?: number;
  legalBasis?: string;
  confidence?: 'confirmed' | 'assumed';
}

/** Enterprises that have not answered are the visible part of the work before an agreement: one item each. */
export function participantStatusItems(facts: LifecycleFacts): ChecklistItem[] {
  return facts.participants
    .filter((p) => p.role !== 'specialized_org')
    .map((p) => {
      const status = effectiveParticipantStatus(p, facts.agreements);
      const done = status === 'intent' || status === 'confirmed';
      const label = PARTICIPANT_STATUS_LABELS[status];
      const todo = status === 'declined' ? 'исключите из перечня участников или получите согласие' : 'получите письмо о намерении или подпись под соглашением';
      const todoEn = status === 'declined' ? 'remove it from the participants or obtain its consent' : 'obtain a letter of intent or its signature of the agreement';
      return {
        id: `participant-status:${p.inn}`, kind: 'participant' as const, done, blocking: false, inn: p.inn, name: p.name,
        message: done ? `${p.name} (ИНН ${p.inn}): ${label.ru.toLowerCase()}` : `${p.name} (ИНН ${p.inn}): ${label.ru.toLowerCase()} — ${todo}`,
        messageEn: done ? `${p.name} (INN ${p.inn}): ${label.en.toLowerCase()}` : `${p.name} (INN ${p.inn}): ${label.en.toLowerCase()} — ${todoEn}`,
      };
    });
}

/** The agreement that makes the cluster: signed, of kind cooperation, by at least two organisations. */
export function cooperationAgreementItem(facts: LifecycleFacts): ChecklistItem {
  const signed = facts.agreements.filter((a) => a.kind === 'cooperation' && a.signedOn && a.partyInns.length >= 2);
  const first = signed[0];
  return first
    ? { id: 'cooperation-agreement', kind: 'agreement', done: true, blocking: true, found: first.partyInns.length,
        message: `Соглашение «${first.title}»${first.number ? ` № ${first.number}` : ''} подписано ${formatDateRu(first.signedOn!)}, сторон-организаций: ${first.partyInns.length}`,
        messageEn: `Agreement "${first.title}"${first.number ? ` No. ${first.number}` : ''} signed on ${first.signedOn}, organisation parties: ${first.partyInns.length}` }
    : { id: 'cooperation-agreement', kind: 'agreement', done: false, blocking: true, found: 0, required: 2,
        message: 'Соглашение участников о создании кластера не подписано: внесите подписанное соглашение со сторонами-участниками',
        messageEn: 'No signed agreement of the participants: record the signed agreement with its parties' };
}

export function requirementItem(r: RequirementResult): ChecklistItem {
  return {
    id: `pp779:${r.id}`, kind: 'requirement', done: r.status === 'pass' ? true : r.status === 'fail' ? false : null, blocking: true,
    message: r.message, messageEn: r.messageEn, found: r.found, required: r.required, legalBasis: r.legalBasis, confidence: r.confidence,
  };
}

/** Every participant must be a party to the agreement (or have confirmed) before the application lists it. */
export function participantsConfirmedItem(facts: LifecycleFacts): ChecklistItem {
  const enterprises = facts.participants.filter((p) => p.role !== 'specialized_org');
  const pending = enterprises.filter((p) => effectiveParticipantStatus(p, facts.agreements) !== 'confirmed');
  const confirmed = enterprises.length - pending.length;
  const names = pending.slice(0, 5).map((p) => p.name).join('; ');
  return {
    id: 'participants-confirmed', kind: 'participant', done: pending.length === 0 && enterprises.length > 0, blocking: true, found: confirmed, required: enterprises.length,
    message: pending.length === 0 ? `Все ${enterprises.length} участников подтвердили участие` : `Подтвердили участие ${confirmed} из ${enterprises.length}; ждём: ${names}${pending.length > 5 ? ` и ещё ${pending.length - 5}` : ''}`,
    messageEn: pending.length === 0 ? `All ${enterprises.length} participants have confirmed` : `${confirmed} of ${enterprises.length} participants have confirmed; waiting for ${pending.length}`,
  };
}

/** The documents the applicant attaches to the registry-entry application, one item each. */
export function registryDocumentItems(facts: LifecycleFacts): ChecklistItem[] {
  const application = latestRegistryApplication(facts);
  return attachedDocuments('registry_entry').map((d) => {
    const done = application?.documents.includes(d.code) ?? false;
    return {
      id: `document:${d.code}`, kind: 'document' as const, done, blocking: true,
      message: done ? `${d.ru}: приложено` : application ? `${d.ru}: не приложено к заявке № ${application.id}` : `${d.ru}: нет — создайте заявку на включение в реестр и приложите`,
      messageEn: done ? `${d.en}: attached` : application ? `${d.en}: not attached to application ${application.id}` : `${d.en}: missing — create the registry-entry application and attach it`,
    };
  });
}

export function latestRegistryApplication(facts: LifecycleFacts) {
  return [...facts.applications].filter((a) => a.kind === 'registry_entry' && a.status !== 'withdrawn').sort((a, b) => b.id - a.id)[0];
}

export function registryApplicationItem(facts: LifecycleFacts): ChecklistItem {
  const application = latestRegistryApplication(facts);
  const version = application?.currentVersion ?? null;
  return {
    id: 'registry-application', kind: 'application', done: version !== null, blocking: true,
    message: version !== null ? `Заявка № ${application!.id} подана (версия ${version})` : application ? `Заявка № ${application.id} не подана: проверьте и отправьте` : 'Заявка на включение в реестр не создана',
    messageEn: version !== null ? `Application ${application!.id} submitted (version ${version})` : application ? `Application ${application.id} not submitted yet` : 'No registry-entry application yet',
  };
}

export function complianceItem(check: Pp779CheckResult): ChecklistItem {
  const failing = check.requirements.filter((r) => r.status !== 'pass');
  return {
    id: 'pp779-compliant', kind: 'compliance', done: check.compliant, blocking: true, found: check.requirements.length - failing.length, required: check.requirements.length,
    message: check.compliant ? `Кластер соответствует всем требованиям (${check.ruleset})` : `Не выполнено требований: ${failing.length} из ${check.requirements.length} (${check.ruleset}): ${failing.map((r) => r.id).join(', ')}`,
    messageEn: check.compliant ? `The cluster meets every requirement (${check.ruleset})` : `${failing.length} of ${check.requirements.length} requirements not met (${check.ruleset}): ${failing.map((r) => r.id).join(', ')}`,
  };
}

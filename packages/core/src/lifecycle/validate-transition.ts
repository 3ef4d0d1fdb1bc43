import { CLUSTER_STATUSES, type ClusterStatus } from '../model/cluster.ts';
import { formatDateRu } from '../rules/dates.ts';
import type { ChecklistStep } from './checklist.ts';
import { CLUSTER_STATUS_LABELS_EN, findTransition, roleMay, statusLabelRu, transitionsFrom, type Transition } from './transitions.ts';

export interface TransitionDocument {
  title?: string | null;
  number?: string | null;
  date?: string | null;
}

export interface TransitionRequest {
  from: ClusterStatus;
  to: string;
  role: string | null | undefined;
  happenedOn: string;
  document?: TransitionDocument | null;
  /** The day the request is made: a step cannot be dated in the future. */
  today: string;
  /** The day of the cluster's latest recorded step: a new one cannot precede it. */
  lastEventOn?: string | null;
  /** The checklist step for `to`, when it is the next forward step: its blocking items must be done. */
  step?: ChecklistStep | null;
}

export type TransitionRefusalCode =
  | 'unknown_status' | 'transition_not_allowed' | 'role_not_allowed' | 'document_required' | 'date_in_future' | 'date_before_previous' | 'checklist_incomplete';

export interface TransitionRefusal {
  code: TransitionRefusalCode;
  message: string;
  messageEn: string;
  /** The request field at fault (body.to, body.document.number…) or the checklist items still open. */
  details: { path: string; value?: unknown; message: string; messageEn: string }[];
}

export type TransitionVerdict = { ok: true; transition: Transition } | { ok: false; refusal: TransitionRefusal };

const refuse = (code: TransitionRefusalCode, message: string, messageEn: string, details: TransitionRefusal['details']): TransitionVerdict => ({ ok: false, refusal: { code, message, messageEn, details } });
const isStatus = (s: string): s is ClusterStatus => (CLUSTER_STATUSES as readonly string[]).includes(s);

function documentProblems(t: Transition, d: TransitionDocument | null | undefined): TransitionRefusal['details'] {
  if (!t.document.required) return [];
  const problems: TransitionRefusal['details'] = [];
  const blank = (v: string | null | undefined) => !v || !v.trim();
  if (blank(d?.title)) problems.push({ path: 'body.document.title', value: d?.title ?? null, message: `нужно название документа: ${t.document.ru}`, messageEn: `a document title is required: ${t.document.en}` });
  if (blank(d?.date)) problems.push({ path: 'body.document.date', value: d?.date ?? null, message: 'нужна дата документа', messageEn: 'the document date is required' });
  if (t.document.numberRequired && blank(d?.number)) problems.push({ path: 'body.document.number', value: d?.number ?? null, message: 'нужен номер документа', messageEn: 'the document number is required' });
  return problems;
}

/**
 * Whether a life-cycle step may be recorded, and if not, the one reason a person needs first: the step does
 * not exist, the role may not make it, the document is missing, the date is wrong, or the checklist is not done.
 */
export function validateTransition(req: TransitionRequest): TransitionVerdict {
  if (!isStatus(req.to)) return refuse('unknown_status', `Неизвестный статус «${req.to}»`, `Unknown status "${req.to}"`, [{ path: 'body.to', value: req.to, message: `ожидается один из: ${CLUSTER_STATUSES.join(', ')}`, messageEn: `expected one of: ${CLUSTER_STATUSES.join(', ')}` }]);
  const t = findTransition(req.from, req.to);
  if (!t) {
    const allowed = transitionsFrom(req.from).map((x) => x.to);
    return refuse('transition_not_allowed',
      `Переход «${statusLabelRu(req.from)}» → «${statusLabelRu(req.to)}» не предусмотрен; из «${statusLabelRu(req.from)}» можно перейти в: ${allowed.map(statusLabelRu).join(', ') || 'никуда'}`,
      `No step from "${CLUSTER_STATUS_LABELS_EN[req.from]}" to "${CLUSTER_STATUS_LABELS_EN[req.to]}"; allowed: ${allowed.join(', ') || 'none'}`,
      [{ path: 'body.to', value: req.to, message: `допустимо: ${allowed.join(', ') || '—'}`, messageEn: `allowed: ${allowed.join(', ') || '—'}` }]);
  }
  if (!roleMay(t, req.role))
    return refuse('role_not_allowed', `Шаг «${t.ru}» может записать только: ${t.roles.join(', ')}`, `Only ${t.roles.join(', ')} may record the step "${t.en}"`,
      [{ path: 'role', value: req.role ?? null, message: `разрешено: ${t.roles.join(', ')}`, messageEn: `allowed: ${t.roles.join(', ')}` }]);
  const docs = documentProblems(t, req.document);
  if (docs.length > 0) return refuse('document_required', `Для шага «${t.ru}» нужен документ: ${t.document.ru}`, `The step "${t.en}" needs a document: ${t.document.en}`, docs);
  if (req.happenedOn > req.today)
    return refuse('date_in_future', `Дата шага ${formatDateRu(req.happenedOn)} ещё не наступила`, `The step date ${req.happenedOn} is in the future`, [{ path: 'body.happenedOn', value: req.happenedOn, message: `не позже ${formatDateRu(req.today)}`, messageEn: `not after ${req.today}` }]);
  if (req.lastEventOn && req.happenedOn < req.lastEventOn)
    return refuse('date_before_previous', `Дата шага ${formatDateRu(req.happenedOn)} раньше предыдущего шага (${formatDateRu(req.lastEventOn)})`, `The step date ${req.happenedOn} precedes the previous step (${req.lastEventOn})`, [{ path: 'body.happenedOn', value: req.happenedOn, message: `не раньше ${formatDateRu(req.lastEventOn)}`, messageEn: `not before ${req.lastEventOn}` }]);
  if (t.direction === 'forward' && req.step && req.step.blockingRemaining > 0) {
    const open = req.step.items.filter((i) => i.blocking && i.done !== true);
    return refuse('checklist_incomplete', `Шаг «${t.ru}» нельзя записать: не выполнено пунктов — ${open.length}: ${open.map((i) => i.message).join('; ')}`, `The step "${t.en}" cannot be recorded: ${open.length} checklist items remain: ${open.map((i) => i.messageEn).join('; ')}`,
      open.map((i) => ({ path: `checklist.${i.id}`, value: i.found ?? null, message: i.message, messageEn: i.messageEn })));
  }
  return { ok: true, transition: t };
}

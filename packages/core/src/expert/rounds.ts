import type { DecisionOutcome, RoundKind } from './types.ts';

/**
 * Round rules. An application goes through numbered rounds; each reviews one frozen version in one
 * session. What may come next depends only on the last round:
 * - none yet: the first round, of the session's kind (a pre-defence is usual, not mandatory);
 * - undecided: nothing new — it is still under review (a round opened by a resubmission waits for the
 *   secretary to put it on a session of its kind);
 * - pre-defence approved: a defence round on the latest version;
 * - revise ("work on errors"): the applicant answers every remark and resubmits a newer version, which
 *   opens a defence round (after a pre-defence the next step is the defence; a defence sent back for
 *   revision is defended again);
 * - rejected, or a defence approved: final.
 */
export interface RoundState {
  number: number;
  kind: RoundKind;
  version: number;
  sessionId: number | null;
  decision: DecisionOutcome | null;
}

export type RoundRefusal =
  | 'not_submitted'
  | 'already_on_agenda'
  | 'under_review'
  | 'kind_mismatch'
  | 'awaiting_resubmission'
  | 'passed_pre_defence'
  | 'final'
  | 'nothing_to_resubmit'
  | 'not_returned'
  | 'remarks_unanswered'
  | 'no_new_version';

export type RoundPlan =
  | { ok: true; action: 'open'; number: number; kind: RoundKind; version: number }
  | { ok: true; action: 'schedule'; number: number }
  | { ok: false; reason: RoundRefusal; message: string; messageEn: string };

const refuse = (reason: RoundRefusal, message: string, messageEn: string): RoundPlan => ({ ok: false, reason, message, messageEn });

export function lastRound(rounds: readonly RoundState[]): RoundState | undefined {
  return [...rounds].sort((a, b) => a.number - b.number).at(-1);
}

/** Putting an application on the agenda of a session. latestVersion: the newest submitted version, if any. */
export function planAgenda(rounds: readonly RoundState[], session: { id: number; kind: RoundKind }, latestVersion: number | null): RoundPlan {
  if (latestVersion === null) return refuse('not_submitted', 'Заявка ещё не подана: нет ни одной версии', 'The application has not been submitted: it has no version');
  const last = lastRound(rounds);
  if (!last) return { ok: true, action: 'open', number: 1, kind: session.kind, version: latestVersion };
  if (last.decision === null) {
    if (last.sessionId === session.id) return refuse('already_on_agenda', 'Заявка уже в повестке этого заседания', 'The application is already on the agenda of this session');
    if (last.sessionId !== null)
      return refuse('under_review', `Заявка рассматривается на другом заседании (раунд ${last.number}): сначала примите по нему решение`, `The application is under review in another session (round ${last.number}): decide it first`);
    if (last.kind !== session.kind)
      return refuse('kind_mismatch', `Повторно поданная заявка ждёт заседания вида «${kindRu(last.kind)}»`, `The resubmitted application waits for a ${kindEn(last.kind)} session`);
    return { ok: true, action: 'schedule', number: last.number };
  }
  switch (last.decision) {
    case 'rejected':
      return refuse('final', 'По заявке принято окончательное решение: отклонена', 'The application has a final decision: rejected');
    case 'revise':
      return refuse('awaiting_resubmission', 'Заявка возвращена на доработку: заявитель должен ответить на замечания и подать её повторно', 'The application was sent back: the applicant must answer the remarks and resubmit it');
    case 'approved':
      if (last.kind === 'defence') return refuse('final', 'Заявка уже одобрена по итогам защиты', 'The application has already been approved at a defence');
      if (session.kind !== 'defence')
        return refuse('passed_pre_defence', 'Заявка уже прошла предзащиту: её следующий этап — защита', 'The application has passed its pre-defence: its next step is a defence');
      return { ok: true, action: 'open', number: last.number + 1, kind: 'defence', version: latestVersion };
  }
}

/**
 * The applicant resubmits after "work on errors". awaitingAnswer: remarks still waiting for the
 * applicant (open, or an answer the expert did not accept). The new round has no session yet.
 */
export function planResubmission(rounds: readonly RoundState[], latestVersion: number | null, awaitingAnswer: number): RoundPlan {
  const last = lastRound(rounds);
  if (!last || latestVersion === null) return refuse('nothing_to_resubmit', 'Заявка ещё не рассматривалась комиссией', 'The commission has not reviewed the application yet');
  if (last.decision === null) return refuse('under_review', 'Заявка ещё рассматривается: дождитесь решения комиссии', 'The application is still under review: wait for the decision');
  if (last.decision !== 'revise')
    return refuse('not_returned', 'Повторная подача возможна только после возврата на доработку', 'A resubmission is possible only after the application was sent back for revision');
  if (awaitingAnswer > 0)
    return refuse('remarks_unanswered', `Ответьте на все замечания: без ответа ${awaitingAnswer}`, `Answer every remark first: ${awaitingAnswer} still unanswered`);
  if (latestVersion <= last.version)
    return refuse('no_new_version', `Подайте новую версию заявки: комиссия уже рассмотрела версию ${last.version}`, `Submit a new version of the application: the commission has already reviewed version ${last.version}`);
  return { ok: true, action: 'open', number: last.number + 1, kind: 'defence', version: latestVersion };
}

/**
 * The application's status after a decision (the statuses of migration 007): a pre-defence approval keeps
 * it under review (the defence follows), revise returns it to the applicant, the rest are final.
 */
export function applicationStatusAfter(kind: RoundKind, outcome: DecisionOutcome): 'under_review' | 'returned' | 'approved' | 'rejected' {
  if (outcome === 'revise') return 'returned';
  if (outcome === 'rejected') return 'rejected';
  return kind === 'pre_defence' ? 'under_review' : 'approved';
}

const kindRu = (k: RoundKind) => (k === 'defence' ? 'защита' : 'предзащита');
const kindEn = (k: RoundKind) => (k === 'defence' ? 'defence' : 'pre-defence');

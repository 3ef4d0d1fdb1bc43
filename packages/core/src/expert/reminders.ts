/**
 * Deadline reminders: who must act by when. Computed from the current state each time (nothing to keep in
 * sync); the server stores the keys of the reminders it has sent, so each goes out once. A key names the
 * deadline it is about, so moving a deadline produces a fresh reminder.
 *
 * - an expert who has not submitted their score sheet (a complete draft still counts for nothing): "due
 *   soon" within the lead time before the session's score deadline, "overdue" after it;
 * - the applicant (the cluster's specialised organisation) with remarks waiting for an answer: the same
 *   two steps before and after the answer deadline of the session whose round raised them;
 * - the secretary, once the score deadline of a round has passed (or every sheet is submitted) and no
 *   decision has been taken.
 */
export type ReminderKind = 'scores_due' | 'scores_overdue' | 'answers_due' | 'answers_overdue' | 'decision_due';

export interface Reminder {
  key: string;
  kind: ReminderKind;
  recipient: { role: 'expert'; userId: number } | { role: 'specialised_org'; clusterId: number } | { role: 'admin' };
  dueAt: string;
  sessionId: number;
  applicationId: number;
  assignmentId: number | null;
  /** How many remarks wait for an answer (answers_*), otherwise null. */
  count: number | null;
  message: string;
  messageEn: string;
}

export interface ReminderSession {
  id: number;
  title: string;
  scoresDue: string;
  answersDue: string | null;
}

export interface ReminderRound {
  id: number;
  sessionId: number;
  applicationId: number;
  clusterId: number;
  decided: boolean;
  assignments: { id: number; expertId: number; submitted: boolean }[];
}

/** Remarks waiting for the applicant (open, or an answer not accepted), grouped by the session that raised them. */
export interface ReminderRemarks {
  applicationId: number;
  clusterId: number;
  sessionId: number;
  awaiting: number;
}

export const DEFAULT_LEAD_HOURS = 72;

export function computeReminders(input: { now: Date; sessions: readonly ReminderSession[]; rounds: readonly ReminderRound[]; remarks: readonly ReminderRemarks[]; leadHours?: number }): Reminder[] {
  const lead = (input.leadHours ?? DEFAULT_LEAD_HOURS) * 3_600_000;
  const now = input.now.getTime();
  const sessions = new Map(input.sessions.map((s) => [s.id, s]));
  const phase = (due: string): 'due' | 'overdue' | null => {
    const t = Date.parse(due);
    if (now >= t) return 'overdue';
    return now >= t - lead ? 'due' : null;
  };
  const out: Reminder[] = [];
  for (const round of input.rounds) {
    const session = sessions.get(round.sessionId);
    if (!session || round.decided) continue;
    const base = { sessionId: session.id, applicationId: round.applicationId };
    const scoresPhase = phase(session.scoresDue);
    for (const a of round.assignments) {
      if (a.submitted || !scoresPhase) continue;
      const kind = scoresPhase === 'due' ? 'scores_due' : 'scores_overdue';
      out.push({
        ...base, key: `${kind}:a${a.id}:${session.scoresDue}`, kind, recipient: { role: 'expert', userId: a.expertId }, dueAt: session.scoresDue,
        assignmentId: a.id, count: null,
        message: scoresPhase === 'due' ? `Заполните и отправьте оценочный лист по заявке № ${round.applicationId} («${session.title}») до ${session.scoresDue}` : `Срок оценки заявки № ${round.applicationId} («${session.title}») истёк ${session.scoresDue}`,
        messageEn: scoresPhase === 'due' ? `Fill in and submit the score sheet of application no. ${round.applicationId} ("${session.title}") by ${session.scoresDue}` : `The scoring deadline of application no. ${round.applicationId} ("${session.title}") passed on ${session.scoresDue}`,
      });
    }
    const allIn = round.assignments.length > 0 && round.assignments.every((a) => a.submitted);
    if (scoresPhase === 'overdue' || allIn)
      out.push({
        ...base, key: `decision_due:r${round.id}`, kind: 'decision_due', recipient: { role: 'admin' }, dueAt: session.scoresDue, assignmentId: null, count: null,
        message: `Примите решение по заявке № ${round.applicationId} («${session.title}»)`, messageEn: `Decide application no. ${round.applicationId} ("${session.title}")`,
      });
  }
  out.push(...answerReminders(input.remarks, sessions, phase));
  return out.sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.key.localeCompare(b.key));
}

/** Answers are due by the answer deadline of the session that raised the remarks ("work on errors" follows the decision). */
function answerReminders(groups: readonly ReminderRemarks[], sessions: Map<number, ReminderSession>, phase: (due: string) => 'due' | 'overdue' | null): Reminder[] {
  const out: Reminder[] = [];
  for (const g of groups) {
    const session = sessions.get(g.sessionId);
    if (!session?.answersDue || g.awaiting === 0) continue;
    const p = phase(session.answersDue);
    if (!p) continue;
    const kind = p === 'due' ? 'answers_due' : 'answers_overdue';
    out.push({
      key: `${kind}:app${g.applicationId}:s${session.id}:${session.answersDue}`, kind, recipient: { role: 'specialised_org', clusterId: g.clusterId }, dueAt: session.answersDue,
      sessionId: session.id, applicationId: g.applicationId, assignmentId: null, count: g.awaiting,
      message: p === 'due' ? `Ответьте на замечания экспертов по заявке № ${g.applicationId} до ${session.answersDue}: без ответа ${g.awaiting}` : `Срок ответа на замечания по заявке № ${g.applicationId} истёк ${session.answersDue}: без ответа ${g.awaiting}`,
      messageEn: p === 'due' ? `Answer the experts' remarks on application no. ${g.applicationId} by ${session.answersDue}: ${g.awaiting} unanswered` : `The deadline for answering remarks on application no. ${g.applicationId} passed on ${session.answersDue}: ${g.awaiting} unanswered`,
    });
  }
  return out;
}

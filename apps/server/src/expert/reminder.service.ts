import type { ExpertReminder, ExpertRemindersList, ExpertRemindersSent, SessionUser } from '@klaster/contract';
import { computeReminders, type Reminder } from '@klaster/core/expert/index.ts';
import { recordSentReminders, reminderInputs, sentReminderTimes, type Database } from '@klaster/db';

/**
 * Deadline reminders (core/expert/reminders.ts computes who must act by when). "Sending" records the reminder
 * once, with its time; recipients see their sent reminders in their list. Klaster has no mail server of its
 * own: an installation that wants e-mail reads the same list.
 */

/** Which reminders a user may see: the secretary all, an expert theirs, a specialised organisation its cluster's. */
function addressedTo(user: SessionUser, r: Reminder): boolean {
  switch (user.role) {
    case 'admin':
      return true;
    case 'expert':
      return r.recipient.role === 'expert' && r.recipient.userId === user.id;
    case 'specialised_org':
      return r.recipient.role === 'specialised_org' && r.recipient.clusterId === user.clusterId;
    default:
      return false;
  }
}

function reminderOut(r: Reminder, sentAt: string | null): ExpertReminder {
  return {
    key: r.key, kind: r.kind,
    recipient: { role: r.recipient.role, userId: r.recipient.role === 'expert' ? r.recipient.userId : null, clusterId: r.recipient.role === 'specialised_org' ? r.recipient.clusterId : null },
    dueAt: r.dueAt, sessionId: r.sessionId, applicationId: r.applicationId, assignmentId: r.assignmentId, count: r.count, message: r.message, messageEn: r.messageEn, sentAt,
  };
}

async function dueReminders(db: Database, asOf: Date): Promise<Reminder[]> {
  return computeReminders({ now: asOf, ...(await reminderInputs(db)) });
}

export async function listReminders(db: Database, user: SessionUser, asOf: Date): Promise<ExpertRemindersList> {
  const due = (await dueReminders(db, asOf)).filter((r) => addressedTo(user, r));
  const sent = await sentReminderTimes(db, due.map((r) => r.key));
  return { asOf: asOf.toISOString(), items: due.map((r) => reminderOut(r, sent.get(r.key) ?? null)) };
}

/** Records every due reminder not sent before; each key goes out once, however often this runs. */
export async function sendReminders(db: Database, actor: string, asOf: Date): Promise<ExpertRemindersSent> {
  const due = await dueReminders(db, asOf);
  const recorded = await db.transaction((tx) => recordSentReminders(tx, due, actor));
  return {
    asOf: asOf.toISOString(),
    sent: due.filter((r) => recorded.has(r.key)).map((r) => reminderOut(r, recorded.get(r.key)!)),
    alreadySent: due.length - recorded.size,
  };
}

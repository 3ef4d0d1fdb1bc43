import type { Reminder, ReminderRemarks, ReminderRound, ReminderSession } from '@klaster/core/expert/index.ts';
import type { Sql } from './driver.ts';
import { isoTime } from './expert-rows.ts';

/**
 * What the reminders are computed from, and the record of the ones sent. Only scheduled rounds matter (a
 * round waiting for a session has no deadline yet); rounds decided long ago still feed the answer deadline
 * of the latest round of their application, so the whole set of scheduled rounds is read — it is small (a
 * commission reviews hundreds of applications a year, not millions).
 */
export async function reminderInputs(sql: Sql): Promise<{ sessions: ReminderSession[]; rounds: ReminderRound[]; remarks: ReminderRemarks[] }> {
  const sessions = await sql.query<{ id: number; title: string; scores_due: Date; answers_due: Date | null }>(
    `SELECT s.id, s.title, s.scores_due, s.answers_due FROM expert_sessions s WHERE EXISTS (SELECT 1 FROM expert_rounds r WHERE r.session_id = s.id)`,
  );
  const rounds = await sql.query<{ id: number; session_id: number; application_id: number; cluster_id: number; decided: boolean }>(
    `SELECT r.id, r.session_id, r.application_id, a.cluster_id, EXISTS (SELECT 1 FROM expert_decisions d WHERE d.round_id = r.id) AS decided
     FROM expert_rounds r JOIN applications a ON a.id = r.application_id WHERE r.session_id IS NOT NULL ORDER BY r.id`,
  );
  // an expert is reminded until they submit: a complete draft counts for nothing yet
  const sheets = await sql.query<{ id: number; round_id: number; expert_id: number; submitted: boolean }>(
    `SELECT a.id, a.round_id, a.expert_id, a.submitted_at IS NOT NULL AS submitted
     FROM expert_assignments a JOIN expert_rounds r ON r.id = a.round_id WHERE r.session_id IS NOT NULL ORDER BY a.id`,
  );
  const remarks = await sql.query<{ application_id: number; cluster_id: number; session_id: number; awaiting: number }>(
    `SELECT m.application_id, ap.cluster_id, r.session_id, count(*)::int AS awaiting
     FROM expert_remarks m JOIN expert_assignments a ON a.id = m.assignment_id JOIN expert_rounds r ON r.id = a.round_id JOIN applications ap ON ap.id = m.application_id
     WHERE m.status IN ('open', 'rejected') GROUP BY m.application_id, ap.cluster_id, r.session_id ORDER BY m.application_id, r.session_id`,
  );
  return {
    remarks: remarks.map((r) => ({ applicationId: Number(r.application_id), clusterId: Number(r.cluster_id), sessionId: Number(r.session_id), awaiting: r.awaiting })),
    sessions: sessions.map((s) => ({ id: Number(s.id), title: s.title, scoresDue: isoTime(s.scores_due), answersDue: s.answers_due ? isoTime(s.answers_due) : null })),
    rounds: rounds.map((r) => ({
      id: Number(r.id), sessionId: Number(r.session_id), applicationId: Number(r.application_id), clusterId: Number(r.cluster_id), decided: r.decided,
      assignments: sheets.filter((a) => Number(a.round_id) === Number(r.id)).map((a) => ({ id: Number(a.id), expertId: Number(a.expert_id), submitted: a.submitted })),
    })),
  };
}

/** When each of these reminders was sent, if it was. */
export async function sentReminderTimes(sql: Sql, keys: readonly string[]): Promise<Map<string, string>> {
  if (keys.length === 0) return new Map();
  const rows = await sql.query<{ key: string; sent_at: Date }>(`SELECT key, sent_at FROM expert_reminders_sent WHERE key = ANY($1::text[])`, [[...keys]]);
  return new Map(rows.map((r) => [r.key, isoTime(r.sent_at)]));
}

/** Records reminders as sent; returns the keys recorded now (a key already there was sent before and is skipped). */
export async function recordSentReminders(tx: Sql, reminders: readonly Reminder[], actor: string): Promise<Map<string, string>> {
  if (reminders.length === 0) return new Map();
  const col = <T>(f: (r: Reminder) => T) => reminders.map(f);
  const rows = await tx.query<{ key: string; sent_at: Date }>(
    `INSERT INTO expert_reminders_sent (key, kind, recipient_role, recipient_user_id, recipient_cluster_id, application_id, session_id, due_at, message, message_en, sent_by)
     SELECT t.key, t.kind, t.role, t.user_id, t.cluster_id, t.application_id, t.session_id, t.due_at, t.message, t.message_en, $11
     FROM unnest($1::text[], $2::text[], $3::text[], $4::bigint[], $5::bigint[], $6::bigint[], $7::bigint[], $8::timestamptz[], $9::text[], $10::text[])
       AS t(key, kind, role, user_id, cluster_id, application_id, session_id, due_at, message, message_en)
     ON CONFLICT (key) DO NOTHING RETURNING key, sent_at`,
    [
      col((r) => r.key), col((r) => r.kind), col((r) => r.recipient.role), col((r) => (r.recipient.role === 'expert' ? r.recipient.userId : null)),
      col((r) => (r.recipient.role === 'specialised_org' ? r.recipient.clusterId : null)), col((r) => r.applicationId), col((r) => r.sessionId),
      col((r) => r.dueAt), col((r) => r.message), col((r) => r.messageEn), actor,
    ],
  );
  return new Map(rows.map((r) => [r.key, isoTime(r.sent_at)]));
}

/**
 * Removes the expert review's demo content before a demo reset: review rounds and everything hanging on them
 * (the reset empties the applications they belong to), the demo commissions with their sessions, and what
 * ties experts to demo accounts, which the reset deletes next. Commissions an operator created stay.
 */
export async function removeDemoExpertData(tx: Sql): Promise<void> {
  await tx.exec(`TRUNCATE expert_rounds, expert_reminders_sent CASCADE`);
  await tx.exec(`DELETE FROM expert_sessions WHERE commission_id IN (SELECT id FROM expert_commissions WHERE is_demo)`);
  await tx.exec(`DELETE FROM expert_commissions WHERE is_demo`);
  const demoUsers = `SELECT id FROM users WHERE is_demo OR cluster_id IS NOT NULL OR organisation_id IS NOT NULL`;
  await tx.exec(`DELETE FROM expert_commission_members WHERE user_id IN (${demoUsers})`);
  await tx.exec(`DELETE FROM expert_conflicts WHERE expert_id IN (${demoUsers})`);
}

import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { describeOnDatabases, migrate } from '@klaster/db';
import { loadDemoData } from '../services/demo.service.ts';

/**
 * Migration 011 on an installation that scored before sheets were submitted: a sheet scored in full counted
 * in the ranking then, so it becomes submitted (by its last scorer, at its last score); a partial one stays
 * a draft. The migration is undone on the demo data and applied again.
 */
describeOnDatabases('Migration 011: sheets scored in full before it are submitted', (db) => {
  before(async () => {
    await loadDemoData(db());
  });

  test('complete sheets become submitted with a submit event; partial and empty ones stay drafts', async () => {
    // a partial sheet on the defence (the demo's defence sheets are empty), written while 011 is still in place
    const [defence] = await db().query<{ id: number; commission_id: number }>(
      `SELECT a.id, s.commission_id FROM expert_assignments a JOIN expert_rounds r ON r.id = a.round_id JOIN expert_sessions s ON s.id = r.session_id
       WHERE r.kind = 'defence' ORDER BY a.id LIMIT 1`,
    );
    await db().query(
      `INSERT INTO expert_scores (assignment_id, criterion_id, score) SELECT $1, id, 5 FROM expert_criteria WHERE commission_id = $2 ORDER BY position LIMIT 2`,
      [defence!.id, defence!.commission_id],
    );
    await db().exec(`
      DROP TRIGGER expert_submission_until_decision ON expert_assignments; DROP FUNCTION expert_submission_until_decision();
      DROP TRIGGER expert_scores_draft_only ON expert_scores; DROP FUNCTION expert_scores_draft_only();
      DROP TABLE expert_sheet_events;
      ALTER TABLE expert_assignments DROP COLUMN submitted_at, DROP COLUMN submitted_by;
      DELETE FROM schema_migrations WHERE version = '011_expert_sheet_submission';`);
    assert.deepEqual(await migrate(db()), ['011_expert_sheet_submission']);

    const rows = await db().query<{ kind: string; scored: number; submitted_by: string | null; at_last_score: boolean; events: string }>(
      `SELECT r.kind, (SELECT count(*)::int FROM expert_scores s WHERE s.assignment_id = a.id) AS scored, a.submitted_by,
              a.submitted_at = (SELECT max(s.updated_at) FROM expert_scores s WHERE s.assignment_id = a.id) AS at_last_score,
              coalesce((SELECT string_agg(e.action || ':' || e.actor, ',') FROM expert_sheet_events e WHERE e.assignment_id = a.id), '') AS events
       FROM expert_assignments a JOIN expert_rounds r ON r.id = a.round_id ORDER BY a.id`,
    );
    const pre = rows.filter((r) => r.kind === 'pre_defence');
    assert.equal(pre.length, 9);
    assert.ok(pre.every((r) => r.scored === 5 && r.submitted_by?.startsWith('expert') && r.at_last_score && r.events === `submit:${r.submitted_by}`), JSON.stringify(pre));
    assert.deepEqual(rows.filter((r) => r.kind === 'defence').map((r) => [r.scored, r.submitted_by, r.events]), [[2, null, ''], [0, null, '']]);
  });
});

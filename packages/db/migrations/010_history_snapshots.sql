-- History as it is read: every row with its `after` snapshot.
--
-- A bulk import creates organisations by COPY (organisation-writer.ts) and records each creation with `after` left
-- NULL instead of a copy of the row just written: at 300 000 organisations that copy (to_jsonb of each row, stored
-- again with its index entry) cost as much server time as writing the rows themselves. Nothing is lost: the state
-- right after a creation is the `before` of the organisation's next history row, or, when there is none yet, the
-- row as it is now (every later change of an organisation writes history: upserts, soft deletes, restores).
-- Readers use this view, never the table, so every creation shows its snapshot either way.
CREATE VIEW history_snapshots AS
SELECT h.id, h.entity, h.entity_id, h.action, h.actor, h.at, h.before,
  CASE
    WHEN h.after IS NOT NULL OR h.action <> 'create' OR h.entity <> 'organisation' THEN h.after
    ELSE COALESCE(
      (SELECT n.before FROM history n WHERE n.entity = h.entity AND n.entity_id = h.entity_id AND n.id > h.id ORDER BY n.id LIMIT 1),
      (SELECT to_jsonb(o) FROM organisations o WHERE o.id = h.entity_id))
  END AS after
FROM history h;

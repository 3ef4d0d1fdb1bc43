-- An expert submits their score sheet explicitly (issue 7). Until then the sheet is a draft: it does not count
-- in the session's ranking, and the secretary can tell "done" from "filled in". A submitted sheet is frozen; the
-- expert may withdraw the submission (reopen), and the secretary may return it with a reason, until the
-- commission decides the round. After the decision nothing changes.
--
-- The assignment row holds the current state (who submitted, when); expert_sheet_events holds every step, as
-- expert_score_log and expert_remark_events do for scores and remarks.

ALTER TABLE expert_assignments
  ADD COLUMN submitted_at timestamptz,
  ADD COLUMN submitted_by text,
  ADD CONSTRAINT expert_assignments_submitted_both CHECK ((submitted_at IS NULL) = (submitted_by IS NULL));

CREATE TABLE expert_sheet_events (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  assignment_id bigint NOT NULL REFERENCES expert_assignments (id),
  -- submit: the expert sent the sheet; reopen: the expert withdrew it; return: the secretary sent it back
  action text NOT NULL CHECK (action IN ('submit', 'reopen', 'return')),
  -- the secretary's reason for a return (required), otherwise empty
  comment text NOT NULL DEFAULT '',
  actor text NOT NULL,
  at timestamptz NOT NULL DEFAULT now(),
  CHECK (action <> 'return' OR btrim(comment) <> '')
);
CREATE INDEX expert_sheet_events_assignment ON expert_sheet_events (assignment_id, id);

-- Sheets scored in full before this migration counted in the ranking, and decisions were taken on them: they
-- are recorded as submitted by the last expert who scored them, at their last score, so no ranking or recorded
-- decision changes meaning.
WITH complete AS (
  SELECT a.id,
         (SELECT max(s.updated_at) FROM expert_scores s WHERE s.assignment_id = a.id) AS at,
         (SELECT l.actor FROM expert_score_log l WHERE l.assignment_id = a.id ORDER BY l.id DESC LIMIT 1) AS actor
  FROM expert_assignments a JOIN expert_rounds r ON r.id = a.round_id JOIN expert_sessions se ON se.id = r.session_id
  WHERE EXISTS (SELECT 1 FROM expert_criteria c WHERE c.commission_id = se.commission_id)
    AND NOT EXISTS (
      SELECT 1 FROM expert_criteria c WHERE c.commission_id = se.commission_id
        AND NOT EXISTS (SELECT 1 FROM expert_scores s WHERE s.assignment_id = a.id AND s.criterion_id = c.id))
), marked AS (
  UPDATE expert_assignments a SET submitted_at = c.at, submitted_by = COALESCE(c.actor, 'migration-011')
  FROM complete c WHERE c.id = a.id
  RETURNING a.id, a.submitted_at, a.submitted_by
)
INSERT INTO expert_sheet_events (assignment_id, action, comment, actor, at)
SELECT id, 'submit', '', submitted_by, submitted_at FROM marked ORDER BY id;

-- A submitted sheet is frozen: its scores change only after a reopen or a return. The services check this
-- under a lock; the trigger keeps any other writer from slipping past. It watches updates only: a submitted
-- sheet has a score on every criterion, so a change to it is an update (the scores upsert's conflict path),
-- while a restore of a backup inserts the scores after their assignment row and must pass.
CREATE FUNCTION expert_scores_draft_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM expert_assignments WHERE id = NEW.assignment_id AND submitted_at IS NOT NULL) THEN
    RAISE EXCEPTION 'expert_scores: the sheet of assignment % is submitted', NEW.assignment_id;
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER expert_scores_draft_only BEFORE UPDATE ON expert_scores
  FOR EACH ROW EXECUTE FUNCTION expert_scores_draft_only();

-- After the commission's decision on a round, its sheets keep the state they were decided on.
CREATE FUNCTION expert_submission_until_decision() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.submitted_at IS DISTINCT FROM OLD.submitted_at AND EXISTS (SELECT 1 FROM expert_decisions d WHERE d.round_id = NEW.round_id) THEN
    RAISE EXCEPTION 'expert_assignments: round % is decided, the submission of assignment % cannot change', NEW.round_id, NEW.id;
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER expert_submission_until_decision BEFORE UPDATE ON expert_assignments
  FOR EACH ROW EXECUTE FUNCTION expert_submission_until_decision();

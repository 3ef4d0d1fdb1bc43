-- The expert commission (issue #5, PRODUCT.md C8, the Komi story): commissions of experts, their criteria,
-- sessions (pre-defence, defence), conflict-of-interest declarations, review rounds of application versions,
-- assignments, scores, remarks the applicant answers, decisions, and the deadline reminders sent.
-- Nothing is lost: score changes and every step of a remark are kept in append-only logs, a withdrawn
-- conflict declaration stays with its withdrawal date, and decisions cannot be changed.

CREATE TABLE expert_commissions (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name text NOT NULL CHECK (btrim(name) <> ''),
  description text NOT NULL DEFAULT '',
  is_demo boolean NOT NULL DEFAULT false,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- The experts of a commission (accounts with role 'expert'; the service checks the role).
CREATE TABLE expert_commission_members (
  commission_id bigint NOT NULL REFERENCES expert_commissions (id) ON DELETE CASCADE,
  user_id bigint NOT NULL REFERENCES users (id),
  -- what the member is on the commission: "председатель", "представитель Минпромторга России"…
  position text NOT NULL DEFAULT '',
  added_by text NOT NULL,
  added_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (commission_id, user_id)
);
CREATE INDEX expert_commission_members_user ON expert_commission_members (user_id);

-- The criteria of a commission with whole-percent weights that add up to 100 (checked by the service, which
-- replaces the whole set at once, and only while nothing has been scored against it).
CREATE TABLE expert_criteria (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  commission_id bigint NOT NULL REFERENCES expert_commissions (id) ON DELETE CASCADE,
  position integer NOT NULL CHECK (position >= 1),
  name text NOT NULL CHECK (btrim(name) <> ''),
  description text NOT NULL DEFAULT '',
  weight integer NOT NULL CHECK (weight BETWEEN 1 AND 100),
  UNIQUE (commission_id, position)
);

CREATE TABLE expert_sessions (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  commission_id bigint NOT NULL REFERENCES expert_commissions (id),
  title text NOT NULL CHECK (btrim(title) <> ''),
  round_kind text NOT NULL CHECK (round_kind IN ('pre_defence', 'defence')),
  held_on date NOT NULL,
  place text NOT NULL DEFAULT '',
  -- experts score by this moment
  scores_due timestamptz NOT NULL,
  -- applicants answer the remarks raised in this session by this moment ("work on errors"); optional
  answers_due timestamptz,
  is_demo boolean NOT NULL DEFAULT false,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  -- the target of the rounds' (session, kind) key: a round can only sit in a session of its own kind
  UNIQUE (id, round_kind)
);
CREATE INDEX expert_sessions_commission ON expert_sessions (commission_id, held_on);

-- An expert's declaration of a conflict of interest with an organisation. Withdrawn declarations are kept.
CREATE TABLE expert_conflicts (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  expert_id bigint NOT NULL REFERENCES users (id),
  organisation_id bigint NOT NULL REFERENCES organisations (id),
  reason text NOT NULL CHECK (btrim(reason) <> ''),
  declared_by text NOT NULL,
  declared_at timestamptz NOT NULL DEFAULT now(),
  withdrawn_by text,
  withdrawn_at timestamptz,
  CHECK ((withdrawn_at IS NULL) = (withdrawn_by IS NULL))
);
CREATE UNIQUE INDEX expert_conflicts_active ON expert_conflicts (expert_id, organisation_id) WHERE withdrawn_at IS NULL;
CREATE INDEX expert_conflicts_organisation ON expert_conflicts (organisation_id) WHERE withdrawn_at IS NULL;

-- One review round of an application: which frozen version, of which kind, in which session. A round opened
-- by a resubmission has no session until the secretary puts it on one. Numbers are unique per application,
-- which also stops two concurrent requests from opening the same round twice.
CREATE TABLE expert_rounds (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  application_id bigint NOT NULL REFERENCES applications (id),
  number integer NOT NULL CHECK (number >= 1),
  kind text NOT NULL CHECK (kind IN ('pre_defence', 'defence')),
  application_version integer NOT NULL,
  session_id bigint,
  opened_by text NOT NULL CHECK (opened_by IN ('agenda', 'resubmission')),
  opened_by_actor text NOT NULL,
  opened_at timestamptz NOT NULL DEFAULT now(),
  scheduled_at timestamptz,
  UNIQUE (application_id, number),
  FOREIGN KEY (application_id, application_version) REFERENCES application_versions (application_id, version),
  FOREIGN KEY (session_id, kind) REFERENCES expert_sessions (id, round_kind),
  CHECK ((session_id IS NULL) = (scheduled_at IS NULL))
);
CREATE INDEX expert_rounds_session ON expert_rounds (session_id);

-- An expert reviewing one round (so one application version in one session).
CREATE TABLE expert_assignments (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  round_id bigint NOT NULL REFERENCES expert_rounds (id),
  expert_id bigint NOT NULL REFERENCES users (id),
  assigned_by text NOT NULL,
  assigned_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (round_id, expert_id)
);
CREATE INDEX expert_assignments_expert ON expert_assignments (expert_id);

-- The current score of an assignment on a criterion (whole points 0–10) with the expert's comment.
CREATE TABLE expert_scores (
  assignment_id bigint NOT NULL REFERENCES expert_assignments (id),
  criterion_id bigint NOT NULL REFERENCES expert_criteria (id),
  score integer NOT NULL CHECK (score BETWEEN 0 AND 10),
  comment text,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (assignment_id, criterion_id)
);
CREATE INDEX expert_scores_criterion ON expert_scores (criterion_id);

-- Every score ever given, in order: an expert may revise a score until the decision, and the revision is kept.
CREATE TABLE expert_score_log (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  assignment_id bigint NOT NULL REFERENCES expert_assignments (id),
  criterion_id bigint NOT NULL REFERENCES expert_criteria (id),
  score integer NOT NULL,
  comment text,
  actor text NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX expert_score_log_assignment ON expert_score_log (assignment_id, id);

-- A remark of an expert on an application, raised in a round; the applicant answers it, the expert settles it.
-- The row holds the current state and the latest answer; expert_remark_events holds every step.
CREATE TABLE expert_remarks (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  assignment_id bigint NOT NULL REFERENCES expert_assignments (id),
  application_id bigint NOT NULL REFERENCES applications (id),
  expert_id bigint NOT NULL REFERENCES users (id),
  text text NOT NULL CHECK (btrim(text) <> ''),
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'answered', 'accepted', 'rejected')),
  answer text,
  answered_by text,
  answered_at timestamptz,
  resolution_comment text,
  resolved_by text,
  resolved_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  -- an open remark has never been answered; every other status has an answer
  CHECK ((status = 'open') = (answer IS NULL)),
  CHECK ((answer IS NULL) = (answered_at IS NULL))
);
CREATE INDEX expert_remarks_application ON expert_remarks (application_id, id);
CREATE INDEX expert_remarks_assignment ON expert_remarks (assignment_id);

CREATE TABLE expert_remark_events (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  remark_id bigint NOT NULL REFERENCES expert_remarks (id),
  action text NOT NULL CHECK (action IN ('raise', 'answer', 'accept', 'reject')),
  text text NOT NULL DEFAULT '',
  actor text NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX expert_remark_events_remark ON expert_remark_events (remark_id, id);

-- The commission's decision on a round, with the figures it was taken on. One per round, never changed.
CREATE TABLE expert_decisions (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  round_id bigint NOT NULL UNIQUE REFERENCES expert_rounds (id),
  application_id bigint NOT NULL REFERENCES applications (id),
  session_id bigint NOT NULL REFERENCES expert_sessions (id),
  outcome text NOT NULL CHECK (outcome IN ('approved', 'revise', 'rejected')),
  reason text NOT NULL CHECK (btrim(reason) <> ''),
  weighted_score numeric(6, 2),
  unresolved_remarks integer NOT NULL CHECK (unresolved_remarks >= 0),
  decided_by bigint REFERENCES users (id),
  decided_by_login text NOT NULL,
  decided_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX expert_decisions_application ON expert_decisions (application_id);

CREATE FUNCTION expert_decisions_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'expert_decisions are immutable (decision %)', OLD.id;
END;
$$;
CREATE TRIGGER expert_decisions_no_update BEFORE UPDATE OR DELETE ON expert_decisions
  FOR EACH ROW EXECUTE FUNCTION expert_decisions_immutable();

-- Reminders already sent (the list of due ones is computed); the key names the deadline, so each goes out once.
CREATE TABLE expert_reminders_sent (
  key text PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('scores_due', 'scores_overdue', 'answers_due', 'answers_overdue', 'decision_due')),
  recipient_role text NOT NULL CHECK (recipient_role IN ('expert', 'specialised_org', 'admin')),
  recipient_user_id bigint REFERENCES users (id),
  recipient_cluster_id bigint REFERENCES clusters (id),
  application_id bigint NOT NULL REFERENCES applications (id),
  session_id bigint NOT NULL REFERENCES expert_sessions (id),
  due_at timestamptz NOT NULL,
  message text NOT NULL,
  message_en text NOT NULL,
  sent_by text NOT NULL,
  sent_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX expert_reminders_sent_user ON expert_reminders_sent (recipient_user_id, sent_at DESC);
CREATE INDEX expert_reminders_sent_cluster ON expert_reminders_sent (recipient_cluster_id, sent_at DESC);

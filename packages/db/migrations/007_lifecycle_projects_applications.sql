-- The cluster life cycle, joint projects and applications (issue #5, PRODUCT.md C3 and C7).

-- Projects and applications have history too, so their changes are attributed like those of clusters.
ALTER TABLE history DROP CONSTRAINT history_entity_check;
ALTER TABLE history ADD CONSTRAINT history_entity_check
  CHECK (entity IN ('organisation', 'link', 'cluster', 'project', 'application'));

-- One row per life-cycle step of a cluster: from which status to which, when, on which document, by whom.
-- Written in the same transaction as the status change of the cluster and its history row.
CREATE TABLE cluster_events (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  cluster_id bigint NOT NULL REFERENCES clusters (id) ON DELETE CASCADE,
  -- null for the first status a cluster is recorded with
  from_status text CHECK (from_status IN ('candidate', 'initiative', 'agreement_signed', 'specialized_org_set',
    'application', 'pre_defence', 'in_registry', 'excluded')),
  to_status text NOT NULL CHECK (to_status IN ('candidate', 'initiative', 'agreement_signed', 'specialized_org_set',
    'application', 'pre_defence', 'in_registry', 'excluded')),
  -- the day the step took effect (may be earlier than the day it was recorded)
  happened_on date NOT NULL,
  document_title text,
  document_number text,
  document_date date,
  actor text NOT NULL,
  actor_role text,
  note text NOT NULL DEFAULT '',
  is_demo boolean NOT NULL DEFAULT false,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  CHECK (from_status IS DISTINCT FROM to_status)
);
CREATE INDEX cluster_events_cluster ON cluster_events (cluster_id, happened_on, id);

-- A date by which a cluster should reach a status ("registry entry before the year's end").
CREATE TABLE cluster_deadlines (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  cluster_id bigint NOT NULL REFERENCES clusters (id) ON DELETE CASCADE,
  target_status text NOT NULL CHECK (target_status IN ('initiative', 'agreement_signed', 'specialized_org_set',
    'application', 'pre_defence', 'in_registry', 'excluded')),
  due_on date NOT NULL,
  title text NOT NULL,
  note text NOT NULL DEFAULT '',
  set_by text NOT NULL,
  is_demo boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (cluster_id, target_status)
);

-- Whether each enterprise has taken the status of a participant: listed by the initiators, sent a letter of
-- intent, confirmed by signing the agreement (or an accession to it), or declined. Kept apart from
-- cluster_participants, which the cluster aggregate rewrites on every save.
CREATE TABLE participant_statuses (
  cluster_id bigint NOT NULL REFERENCES clusters (id) ON DELETE CASCADE,
  organisation_id bigint NOT NULL REFERENCES organisations (id),
  status text NOT NULL CHECK (status IN ('listed', 'intent', 'confirmed', 'declined')),
  document_title text,
  document_number text,
  document_date date,
  updated_by text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  is_demo boolean NOT NULL DEFAULT false,
  PRIMARY KEY (cluster_id, organisation_id)
);

-- A joint project of several participants of one cluster (pp41): product, stages, budget, expected results.
CREATE TABLE joint_projects (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  cluster_id bigint NOT NULL REFERENCES clusters (id),
  -- the region of the cluster's first region: the distribution key, and the region filter of national figures
  region_code text NOT NULL REFERENCES regions (code),
  title text NOT NULL,
  description text NOT NULL DEFAULT '',
  product_okpd2 text NOT NULL,
  product_name text NOT NULL,
  -- the pp41 rule set its subsidy is computed by, e.g. 'pp41@2021'
  subsidy_ruleset text NOT NULL,
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'supported', 'rejected', 'completed')),
  -- set when support was granted: the amount and the date of the decision
  support_amount numeric(20, 2) CHECK (support_amount >= 0),
  supported_on date,
  is_demo boolean NOT NULL DEFAULT false,
  version integer NOT NULL DEFAULT 1,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz,
  CHECK ((status IN ('supported', 'completed')) = (support_amount IS NOT NULL AND supported_on IS NOT NULL))
);
CREATE INDEX joint_projects_cluster ON joint_projects (cluster_id) WHERE deleted_at IS NULL;
CREATE INDEX joint_projects_region ON joint_projects (region_code, status) WHERE deleted_at IS NULL;

CREATE TABLE joint_project_participants (
  project_id bigint NOT NULL REFERENCES joint_projects (id) ON DELETE CASCADE,
  organisation_id bigint NOT NULL REFERENCES organisations (id),
  role text NOT NULL CHECK (role IN ('lead', 'participant')),
  PRIMARY KEY (project_id, organisation_id)
);
CREATE INDEX joint_project_participants_org ON joint_project_participants (organisation_id);

CREATE TABLE joint_project_stages (
  project_id bigint NOT NULL REFERENCES joint_projects (id) ON DELETE CASCADE,
  stage text NOT NULL CHECK (stage IN ('rnd', 'documentation', 'equipment', 'launch', 'serial')),
  starts_on date NOT NULL,
  ends_on date NOT NULL,
  description text NOT NULL DEFAULT '',
  PRIMARY KEY (project_id, stage),
  CHECK (ends_on >= starts_on)
);

-- One line of the budget: who bears the cost, paid to whom, at which stage, for which cost item, in which year.
CREATE TABLE joint_project_budget_lines (
  project_id bigint NOT NULL REFERENCES joint_projects (id) ON DELETE CASCADE,
  position integer NOT NULL,
  organisation_id bigint NOT NULL REFERENCES organisations (id),
  supplier_inn text,
  stage text NOT NULL CHECK (stage IN ('rnd', 'documentation', 'equipment', 'launch', 'serial')),
  cost_item text NOT NULL,
  year integer NOT NULL,
  -- the day the cost is (to be) incurred when known; otherwise the subsidy counts it from 1 January of the year
  spent_on date,
  amount numeric(20, 2) NOT NULL CHECK (amount >= 0),
  PRIMARY KEY (project_id, position)
);

CREATE TABLE joint_project_results (
  project_id bigint NOT NULL REFERENCES joint_projects (id) ON DELETE CASCADE,
  year integer NOT NULL,
  output_rub numeric(20, 2) NOT NULL DEFAULT 0 CHECK (output_rub >= 0),
  import_substitution_rub numeric(20, 2) NOT NULL DEFAULT 0 CHECK (import_substitution_rub >= 0),
  jobs integer NOT NULL DEFAULT 0 CHECK (jobs >= 0),
  PRIMARY KEY (project_id, year)
);

-- An application of a cluster: registry entry (pp779) or subsidy (pp41, for one joint project). What the
-- applicant edits lives in `draft`; every submission freezes the whole package as a new version.
CREATE TABLE applications (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  cluster_id bigint NOT NULL REFERENCES clusters (id),
  kind text NOT NULL CHECK (kind IN ('registry_entry', 'subsidy')),
  project_id bigint REFERENCES joint_projects (id),
  status text NOT NULL DEFAULT 'draft'
    CHECK (status IN ('draft', 'submitted', 'under_review', 'returned', 'approved', 'rejected', 'withdrawn')),
  -- the latest submitted version; null until the first submission
  current_version integer,
  -- the applicant's part: contact person, cover letter, the documents attached
  draft jsonb NOT NULL DEFAULT '{}',
  draft_updated_at timestamptz NOT NULL DEFAULT now(),
  is_demo boolean NOT NULL DEFAULT false,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((kind = 'subsidy') = (project_id IS NOT NULL))
);
CREATE INDEX applications_cluster ON applications (cluster_id);
CREATE INDEX applications_project ON applications (project_id);

CREATE TABLE application_versions (
  application_id bigint NOT NULL REFERENCES applications (id),
  version integer NOT NULL CHECK (version >= 1),
  frozen jsonb NOT NULL,
  submitted_at timestamptz NOT NULL DEFAULT now(),
  submitted_by text NOT NULL,
  PRIMARY KEY (application_id, version)
);

-- A submitted version is what the commission reviewed: the database itself refuses to change or remove it.
CREATE FUNCTION application_versions_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'application_versions are immutable (application %, version %)', OLD.application_id, OLD.version;
END;
$$;
CREATE TRIGGER application_versions_no_update BEFORE UPDATE OR DELETE ON application_versions
  FOR EACH ROW EXECUTE FUNCTION application_versions_immutable();

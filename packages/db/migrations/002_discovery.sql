-- Discovery runs (ANALYTICS.md §2.6): parameters, the data snapshot seen, the seed and the result, so a run can be
-- shown, compared with another and repeated. A row is created 'running' before the computation and finished with
-- one UPDATE; rows left 'running' by a stopped process are marked failed at the next start.
CREATE TABLE discovery_runs (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  status text NOT NULL CHECK (status IN ('running', 'done', 'failed')),
  progress double precision NOT NULL DEFAULT 0 CHECK (progress >= 0 AND progress <= 1),
  stage text NOT NULL DEFAULT 'queued',
  params jsonb NOT NULL,
  seed integer NOT NULL,
  region_codes text[] NOT NULL DEFAULT '{}',
  -- { "organisations", "links", "hash" }
  snapshot jsonb,
  result jsonb,
  error text,
  actor text NOT NULL,
  repeat_of bigint REFERENCES discovery_runs (id),
  started_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz
);
CREATE INDEX discovery_runs_status ON discovery_runs (status) WHERE status = 'running';

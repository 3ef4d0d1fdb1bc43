-- The registry: reference classifiers, organisations, cooperation links, clusters, and the history of every change.
-- Large tables carry region_code so the schema can be distributed by region (Citus) at national scale.

CREATE EXTENSION IF NOT EXISTS pg_trgm;
-- Russian sort order (the default C collation puts Ё before А). ICU exists on PostgreSQL 15 and in PGlite.
CREATE COLLATION IF NOT EXISTS klaster_ru (provider = icu, locale = 'ru-RU');

CREATE TABLE regions (
  code text PRIMARY KEY,
  iso text,
  name_ru text NOT NULL,
  name_en text NOT NULL,
  subject_type text NOT NULL,
  federal_district text NOT NULL,
  okato text NOT NULL,
  oktmo text NOT NULL,
  admin_centre text NOT NULL,
  centroid_lat double precision,
  centroid_lon double precision,
  capital_lat double precision,
  capital_lon double precision
);

CREATE TABLE okved (
  code text PRIMARY KEY,
  level text NOT NULL CHECK (level IN ('section', 'class', 'group')),
  section text NOT NULL,
  parent text,
  name_ru text NOT NULL
);

CREATE TABLE municipalities (
  oktmo text PRIMARY KEY,
  region_code text NOT NULL REFERENCES regions (code),
  name_ru text NOT NULL,
  unit_type text NOT NULL,
  admin_centre text NOT NULL,
  centre_lat double precision,
  centre_lon double precision
);

CREATE TABLE organisations (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  inn text NOT NULL UNIQUE,
  ogrn text,
  kpp text,
  name text NOT NULL,
  short_name text,
  kind text NOT NULL,
  okved_main text NOT NULL,
  okved_extra text[] NOT NULL DEFAULT '{}',
  region_code text NOT NULL REFERENCES regions (code),
  oktmo text,
  address text,
  lat double precision,
  lon double precision,
  -- every year as reported: [{ "year", "headcount", "revenue" }]
  years jsonb NOT NULL DEFAULT '[]',
  -- the latest year, kept in columns for filters, sorting and location quotients
  data_year integer,
  headcount integer,
  revenue numeric(20, 2),
  sme_category text CHECK (sme_category IN ('micro', 'small', 'medium', 'large')),
  -- [{ "okpd2", "name" }]
  products jsonb NOT NULL DEFAULT '[]',
  okpd2 text[] NOT NULL DEFAULT '{}',
  is_demo boolean NOT NULL DEFAULT false,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz
);
CREATE INDEX organisations_region ON organisations (region_code) WHERE deleted_at IS NULL;
CREATE INDEX organisations_okved ON organisations (okved_main) WHERE deleted_at IS NULL;
CREATE INDEX organisations_name_trgm ON organisations USING gin (name gin_trgm_ops);

CREATE TABLE links (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  supplier_id bigint NOT NULL REFERENCES organisations (id),
  buyer_id bigint NOT NULL REFERENCES organisations (id),
  -- the supplier's region: the distribution key
  region_code text NOT NULL,
  okpd2 text NOT NULL DEFAULT '',
  product text,
  year integer NOT NULL,
  volume numeric(20, 2) NOT NULL CHECK (volume >= 0),
  source text NOT NULL CHECK (source IN ('declared', 'contract', 'survey')),
  is_demo boolean NOT NULL DEFAULT false,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz,
  UNIQUE (supplier_id, buyer_id, okpd2, year, source)
);
CREATE INDEX links_buyer ON links (buyer_id);
CREATE INDEX links_region ON links (region_code);

CREATE TABLE clusters (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  code text NOT NULL UNIQUE,
  name text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('industrial', 'innovative', 'local', 'candidate')),
  specialization text NOT NULL,
  status text NOT NULL,
  regions text[] NOT NULL,
  municipalities text[] NOT NULL DEFAULT '{}',
  specialized_org_id bigint REFERENCES organisations (id),
  registry_decision_date date,
  programme_from date,
  programme_to date,
  is_demo boolean NOT NULL DEFAULT false,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz
);

CREATE TABLE cluster_participants (
  cluster_id bigint NOT NULL REFERENCES clusters (id) ON DELETE CASCADE,
  organisation_id bigint NOT NULL REFERENCES organisations (id),
  role text NOT NULL,
  joined_on date,
  left_on date,
  special_territory boolean NOT NULL DEFAULT false,
  PRIMARY KEY (cluster_id, organisation_id)
);
CREATE INDEX cluster_participants_org ON cluster_participants (organisation_id);

CREATE TABLE agreements (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  cluster_id bigint NOT NULL REFERENCES clusters (id) ON DELETE CASCADE,
  title text NOT NULL,
  number text,
  signed_on date,
  kind text NOT NULL DEFAULT 'cooperation'
);

CREATE TABLE agreement_parties (
  agreement_id bigint NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
  position integer NOT NULL,
  organisation_id bigint REFERENCES organisations (id),
  -- a party that is not in the registry (a city administration, a ministry)
  name text,
  PRIMARY KEY (agreement_id, position),
  CHECK (organisation_id IS NOT NULL OR name IS NOT NULL)
);

CREATE TABLE preferences (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  cluster_id bigint NOT NULL REFERENCES clusters (id) ON DELETE CASCADE,
  -- null: every participant of the cluster
  organisation_id bigint REFERENCES organisations (id),
  kind text NOT NULL,
  description text NOT NULL,
  granted_by text NOT NULL,
  valid_from date,
  valid_to date
);

-- Every change of an organisation, link or cluster: who, when, the row before and after.
CREATE TABLE history (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  entity text NOT NULL CHECK (entity IN ('organisation', 'link', 'cluster')),
  entity_id bigint NOT NULL,
  action text NOT NULL CHECK (action IN ('create', 'update', 'delete', 'restore')),
  actor text NOT NULL,
  at timestamptz NOT NULL DEFAULT now(),
  before jsonb,
  after jsonb
);
CREATE INDEX history_entity ON history (entity, entity_id, id);

-- Imports are recorded so an interrupted one is visible (and marked failed at the next start).
CREATE TABLE import_runs (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  kind text NOT NULL,
  file_name text NOT NULL,
  mode text NOT NULL CHECK (mode IN ('all', 'valid')),
  status text NOT NULL CHECK (status IN ('running', 'written', 'refused', 'failed')),
  actor text NOT NULL,
  rows_total integer NOT NULL DEFAULT 0,
  rows_written integer NOT NULL DEFAULT 0,
  rows_unchanged integer NOT NULL DEFAULT 0,
  rows_invalid integer NOT NULL DEFAULT 0,
  errors jsonb NOT NULL DEFAULT '[]',
  message text,
  started_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz
);

CREATE TABLE settings (
  key text PRIMARY KEY,
  value jsonb NOT NULL
);

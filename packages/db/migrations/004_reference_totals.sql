-- Reference totals (ANALYTICS.md §1): headcount and revenue of a territory in an OKVED class or group, or over all
-- industries, in a year, as the statistics office publishes them. Location quotients use them instead of the loaded
-- organisations when they exist: the country ('00') as the reference, a region or municipality for its own figures.
-- Independent of every other migration (it may run after 005 on databases created before it existed), so no foreign
-- keys: the importer checks territories and codes against the shipped classifiers. Reported figures replaced in
-- place, like purchases: no history.
CREATE TABLE reference_totals (
  -- '00' the country, two digits a region (tax-service code), 8 or 11 digits an OKTMO municipality
  territory text NOT NULL CHECK (territory ~ '^([0-9]{2}|[0-9]{8}|[0-9]{11})$'),
  level text NOT NULL CHECK (level IN ('total', 'class', 'group')),
  -- '' for level 'total'; "25" for a class, "25.6" for a group
  industry text NOT NULL,
  year integer NOT NULL CHECK (year BETWEEN 1990 AND 2100),
  -- persons and roubles (not thousands)
  headcount numeric(20, 2) CHECK (headcount >= 0),
  revenue numeric(20, 2) CHECK (revenue >= 0),
  source text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (territory, level, industry, year),
  CHECK (headcount IS NOT NULL OR revenue IS NOT NULL),
  CHECK ((level = 'total') = (industry = '')),
  CHECK (level <> 'class' OR industry ~ '^[0-9]{2}$'),
  CHECK (level <> 'group' OR industry ~ '^[0-9]{2}\.[0-9]$')
);
-- "the latest year with totals at this level" and "this level in this year" are the two lookups of the LQ service.
CREATE INDEX reference_totals_level_year ON reference_totals (level, year);

-- Intermediate purchases of an organisation in a year (RULES.md, pp779 functional dependence and import share):
-- everything it bought as inputs, and the imported part. One row per organisation and year, replaced in place:
-- these are reported figures, not registry records, so no history is kept.
CREATE TABLE purchases (
  organisation_id bigint NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  year integer NOT NULL CHECK (year BETWEEN 1990 AND 2100),
  intermediate_total numeric(20, 2) NOT NULL CHECK (intermediate_total >= 0),
  imported numeric(20, 2) NOT NULL CHECK (imported >= 0 AND imported <= intermediate_total),
  source text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, year)
);

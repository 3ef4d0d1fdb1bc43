-- Organisation search matches the name OR the short name (ILIKE '%…%'). With a trigram index on the name only,
-- the OR cannot use it and PostgreSQL scans the whole table: ~300 ms per search at 300 000 organisations
-- (bench/RESULTS.md, load). With both indexed the plan is a BitmapOr of two index scans (~40 ms).
CREATE INDEX IF NOT EXISTS organisations_short_name_trgm ON organisations USING gin (short_name gin_trgm_ops);

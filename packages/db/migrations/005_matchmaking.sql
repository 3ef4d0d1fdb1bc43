-- Matchmaking and subcontracting (PRODUCT.md C9, ANALYTICS.md §4): what buyers need, what suppliers can make,
-- and the contact requests between them. Both carry their region code so the schema stays distributable.

-- A buyer's need. okpd2_classes holds the two-digit classes of okpd2 (kept by the repository): a GIN index on
-- it is the prefilter that cuts 300 000 capabilities to the few thousand worth scoring.
CREATE TABLE needs (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  buyer_id bigint NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  okpd2 text[] NOT NULL CHECK (cardinality(okpd2) > 0),
  okpd2_classes text[] NOT NULL,
  description text NOT NULL DEFAULT '',
  volume numeric(20, 2) CHECK (volume >= 0),
  unit text NOT NULL DEFAULT 'руб.',
  delivery_region text NOT NULL REFERENCES regions (code),
  deadline date,
  replaces_import boolean NOT NULL DEFAULT false,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
  is_demo boolean NOT NULL DEFAULT false,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  -- the same buyer publishing the same codes with the same wording is the same need (imports are repeatable)
  UNIQUE (buyer_id, okpd2, description)
);
CREATE INDEX needs_classes ON needs USING gin (okpd2_classes);
CREATE INDEX needs_region ON needs (delivery_region);

-- A supplier's capability. Location is copied from the organisation when not given, so the radius prefilter
-- needs no join. okpd2_prefixes holds every digit prefix of every code from two digits on ("25", "256",
-- "2562", "25622", "256220"): "shares at least k digits with the need" is then one GIN lookup, which lets the
-- ranking fetch the deepest matches first and stop as soon as nothing shallower can reach the top N.
CREATE TABLE capabilities (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  supplier_id bigint NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  okpd2 text[] NOT NULL CHECK (cardinality(okpd2) > 0),
  okpd2_prefixes text[] NOT NULL,
  description text NOT NULL DEFAULT '',
  capacity numeric(20, 2) CHECK (capacity >= 0),
  unit text NOT NULL DEFAULT 'руб.',
  region_code text NOT NULL REFERENCES regions (code),
  lat double precision,
  lon double precision,
  is_demo boolean NOT NULL DEFAULT false,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (supplier_id, okpd2, description)
);
CREATE INDEX capabilities_prefixes ON capabilities USING gin (okpd2_prefixes);
CREATE INDEX capabilities_lat ON capabilities (lat);
CREATE INDEX capabilities_region ON capabilities (region_code);

-- A match turned into a request for contact, seen by both sides; an accepted one becomes a declared link.
CREATE TABLE contact_requests (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  need_id bigint NOT NULL REFERENCES needs (id) ON DELETE CASCADE,
  capability_id bigint NOT NULL REFERENCES capabilities (id) ON DELETE CASCADE,
  from_org bigint NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  to_org bigint NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  status text NOT NULL DEFAULT 'requested' CHECK (status IN ('requested', 'accepted', 'declined')),
  message text NOT NULL DEFAULT '',
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  decided_by text,
  decided_at timestamptz,
  link_id bigint REFERENCES links (id),
  CHECK (from_org <> to_org)
);
CREATE INDEX contact_requests_from ON contact_requests (from_org);
CREATE INDEX contact_requests_to ON contact_requests (to_org);
-- one open request per pair: asking twice does not spam the other side
CREATE UNIQUE INDEX contact_requests_open_pair ON contact_requests (need_id, capability_id) WHERE status = 'requested';

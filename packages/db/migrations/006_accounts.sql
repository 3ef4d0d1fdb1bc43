-- Accounts, sessions, sign-in attempts and the audit log (issue #5, PRODUCT.md C11).

CREATE TABLE users (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  login text NOT NULL,
  display_name text NOT NULL,
  -- scrypt$N$r$p$salt$hash (base64url); never returned by the API
  password_hash text NOT NULL,
  role text NOT NULL CHECK (role IN ('admin', 'regional_operator', 'specialised_org', 'enterprise', 'expert')),
  region_codes text[] NOT NULL DEFAULT '{}',
  -- no foreign keys on the scope: a demo reset truncates the registry without wiping accounts; the server
  -- checks the scope exists when it is set, and removes scoped accounts when their records are reset
  cluster_id bigint,
  organisation_id bigint,
  disabled boolean NOT NULL DEFAULT false,
  -- set when an administrator resets the password: the user must choose a new one
  must_change_password boolean NOT NULL DEFAULT false,
  is_demo boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_login_at timestamptz,
  CHECK (role <> 'regional_operator' OR cardinality(region_codes) > 0),
  CHECK (role <> 'specialised_org' OR cluster_id IS NOT NULL),
  CHECK (role <> 'enterprise' OR organisation_id IS NOT NULL)
);
-- logins are case-insensitive: "Ivanov" and "ivanov" are one account
CREATE UNIQUE INDEX users_login ON users (lower(login));

-- Only the SHA-256 of the session token is stored: a copy of the database does not let anyone sign in.
CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  ip text,
  user_agent text
);
CREATE INDEX sessions_user ON sessions (user_id);

-- Failed sign-ins, by login and by address, for the rate limit (kept in the database so a restart does not reset it).
CREATE TABLE login_failures (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  login text NOT NULL,
  ip text,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX login_failures_login ON login_failures (lower(login), at);
CREATE INDEX login_failures_ip ON login_failures (ip, at);

-- Every change and every access to non-public data: who, when, what, from where.
CREATE TABLE audit_log (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  -- no foreign key: the log outlives the accounts it mentions (the login is kept as text)
  user_id bigint,
  login text,
  role text,
  -- 'read' | 'change' | 'sign_in' | 'sign_in_failed' | 'sign_out' | 'denied'
  action text NOT NULL,
  method text NOT NULL,
  route text NOT NULL,
  url text NOT NULL,
  status integer NOT NULL,
  ip text
);
CREATE INDEX audit_log_at ON audit_log (at DESC);
CREATE INDEX audit_log_user ON audit_log (user_id, at DESC);

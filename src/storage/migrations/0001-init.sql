-- Flokk's first schema. Plain PostgreSQL that runs on PGlite (17) and PostgreSQL 15.

CREATE TABLE users (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- Stored lower-case so the unique constraint is case-insensitive without an extension.
  email text NOT NULL UNIQUE CHECK (email = lower(email)),
  display_name text NOT NULL,
  password_hash text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE cases (
  id text PRIMARY KEY,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE case_members (
  case_id text NOT NULL REFERENCES cases (id),
  user_id uuid NOT NULL REFERENCES users (id),
  role text NOT NULL CHECK (role IN ('owner', 'editor', 'reader')),
  PRIMARY KEY (case_id, user_id)
);

CREATE INDEX case_members_user_id ON case_members (user_id);

-- author_id is null for revisions written without a signed-in user (import from the CLI); author_name keeps the name as it was.
CREATE TABLE case_revisions (
  case_id text NOT NULL REFERENCES cases (id),
  revision integer NOT NULL CHECK (revision >= 1),
  author_id uuid REFERENCES users (id),
  author_name text NOT NULL,
  comment text NOT NULL,
  document jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (case_id, revision)
);

-- Revisions are the record of who decided what and when; they are never changed, only added.
CREATE FUNCTION case_revisions_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'case_revisions is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'restrict_violation';
END;
$$;

CREATE TRIGGER case_revisions_no_update_or_delete
  BEFORE UPDATE OR DELETE ON case_revisions
  FOR EACH ROW EXECUTE FUNCTION case_revisions_append_only();

-- Row triggers do not see TRUNCATE, so it gets its own.
CREATE TRIGGER case_revisions_no_truncate
  BEFORE TRUNCATE ON case_revisions
  FOR EACH STATEMENT EXECUTE FUNCTION case_revisions_append_only();

CREATE TABLE sessions (
  -- SHA-256 of the cookie token: a leaked table cannot be replayed as cookies.
  token_hash text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  csrf_token text NOT NULL,
  expires_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX sessions_expires_at ON sessions (expires_at);

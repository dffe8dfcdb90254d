-- Sign-in throttling shared by every Flokk process on the database, the server's signing secrets, and the
-- idle timeout of sessions.

-- One row per sign-in attempt and counting key (an account, a client address or a device cookie). A row is
-- written before the password is checked and removed again if the password was right, so the rows are the
-- failed attempts plus those still being checked. The key is stored as its SHA-256, never the e-mail address
-- or the IP address itself. Rows older than the counting window are purged.
CREATE TABLE login_attempts (
  attempt_id uuid NOT NULL,
  key_hash text NOT NULL,
  attempted_at timestamptz NOT NULL,
  PRIMARY KEY (attempt_id, key_hash)
);

CREATE INDEX login_attempts_key_time ON login_attempts (key_hash, attempted_at);
CREATE INDEX login_attempts_time ON login_attempts (attempted_at);

-- Random secrets made once per database (the HMAC key of the device cookie), so every process that shares
-- the database signs and checks alike. Deleting a row rotates the secret when the processes restart.
CREATE TABLE server_secrets (
  name text PRIMARY KEY,
  secret text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- When the session was last used, for the idle timeout; existing sessions count as used when migrated.
ALTER TABLE sessions ADD COLUMN last_seen_at timestamptz NOT NULL DEFAULT now();
CREATE INDEX sessions_user_id ON sessions (user_id);

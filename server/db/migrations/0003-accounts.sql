-- Accounts, sessions and the audit log (issue 7). Passwords are bcrypt hashes; a session is
-- stored as the SHA-256 of its cookie token, so a copy of the database gives no live session.

CREATE TABLE users (
  id             INTEGER PRIMARY KEY,
  username       TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (username GLOB '[a-z0-9]*' AND length(username) BETWEEN 2 AND 32),
  display_name   TEXT NOT NULL,
  role           TEXT NOT NULL CHECK (role IN ('official', 'analyst', 'inspector', 'admin')),
  townships      TEXT NOT NULL DEFAULT '[]',  -- JSON array of township codes an inspector may act in
  password_hash  TEXT NOT NULL,
  disabled       INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
  demo           INTEGER NOT NULL DEFAULT 0 CHECK (demo IN (0, 1)),
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL
) STRICT;

CREATE TABLE sessions (
  token_hash    TEXT PRIMARY KEY,
  user_id       INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  csrf_token    TEXT NOT NULL,
  created_at    INTEGER NOT NULL,  -- epoch ms
  last_seen_at  INTEGER NOT NULL,
  expires_at    INTEGER NOT NULL
) STRICT;
CREATE INDEX sessions_user ON sessions(user_id);

-- Every write: who, when, what, before and after. Append-only: the triggers refuse changes.
CREATE TABLE audit_log (
  id         INTEGER PRIMARY KEY,
  at         TEXT NOT NULL,      -- ISO time, UTC
  actor_id   INTEGER,            -- users.id; NULL for the system or an unknown login name
  actor      TEXT NOT NULL,      -- username at the time
  role       TEXT,
  action     TEXT NOT NULL,      -- e.g. alert.assign, task.update, import.commit, user.create, auth.login
  entity     TEXT NOT NULL,      -- e.g. alert, task, enterprises, townships, user, session
  entity_id  TEXT,
  before     TEXT,               -- JSON, NULL when created
  after      TEXT,               -- JSON, NULL when removed
  detail     TEXT                -- JSON of anything else (counts, file name, IP)
) STRICT;
CREATE INDEX audit_log_entity ON audit_log(entity, entity_id);
CREATE INDEX audit_log_actor ON audit_log(actor);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

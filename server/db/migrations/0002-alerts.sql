-- Alerts (issue 6): every rule hit becomes an alert record that persists, with a closed loop
-- (assign → resolve → verify or reopen), each step recorded with who and when; and the history
-- of task-tracker updates.

CREATE TABLE alerts (
  id             INTEGER PRIMARY KEY,
  rule           TEXT NOT NULL,
  task           INTEGER NOT NULL CHECK (task BETWEEN 1 AND 17),
  severity       TEXT NOT NULL CHECK (severity IN ('violation', 'overdue', 'warning', 'control', 'info')),
  layer          TEXT NOT NULL,
  entity_id      TEXT NOT NULL,
  township_code  TEXT NOT NULL,
  title          TEXT NOT NULL,  -- JSON {zh, en}
  detail         TEXT NOT NULL,  -- JSON {zh, en}, as last seen
  since          TEXT,           -- since when the condition holds, as far as the data say (date or date-time)
  -- as-of moments (YYYY-MM-DDTHH:mm CST) of the condition: first seen, last seen, seen cleared
  raised_at      TEXT NOT NULL,
  last_seen_at   TEXT NOT NULL,
  cleared_at     TEXT,
  status         TEXT NOT NULL CHECK (status IN ('open', 'assigned', 'resolved', 'verified')),
  assignee       TEXT,
  CHECK (status = 'open' OR assignee IS NOT NULL)
) STRICT;
CREATE INDEX alerts_active ON alerts(rule, entity_id, cleared_at);
CREATE INDEX alerts_township ON alerts(township_code);

CREATE TABLE alert_events (
  id        INTEGER PRIMARY KEY,
  alert_id  INTEGER NOT NULL REFERENCES alerts(id) ON DELETE CASCADE,
  action    TEXT NOT NULL CHECK (action IN ('raised', 'assigned', 'resolved', 'verified', 'reopened', 'cleared')),
  actor     TEXT NOT NULL,
  -- wall-clock time of the action (ISO, UTC); for raised/cleared the as-of moment of the sync
  at        TEXT NOT NULL,
  note      TEXT,
  photo     TEXT  -- optional data URL of a photo (≤ 1 MB), for 'resolved'
) STRICT;
CREATE INDEX alert_events_alert ON alert_events(alert_id, id);

CREATE TABLE task_events (
  id             INTEGER PRIMARY KEY,
  task           INTEGER NOT NULL REFERENCES plan_tasks(number),
  actor          TEXT NOT NULL,
  at             TEXT NOT NULL,
  status         TEXT,
  progress_note  TEXT
) STRICT;

-- Heavy-pollution response (issue 15, task 15 and task 2): the emergency reduction list (应急减排清单) as a
-- versioned register, the reduction shares the applicable emergency plan requires, staggered production
-- (错峰生产), warnings issued / changed / lifted, the mechanism's records (steps, notifications,
-- resident supervisors, visits), attachments (visit photos) and gate-system truck records (门禁系统).
-- Times: `*_at` columns without a `_utc` suffix are China Standard Time 'YYYY-MM-DDTHH:mm' (as-of moments);
-- `recorded_at` / `created_at` are ISO 8601 UTC instants of this server. Dates are 'YYYY-MM-DD'.
-- Enterprise and outlet ids are kept as text without foreign keys: the list is a signed document whose
-- past versions must survive an enterprise re-import; readers mark entries whose enterprise is gone.

-- 1. Users gain the bureau's duty role (应急值守, 'duty': issues and manages warnings). SQLite cannot change a
-- CHECK in place: users is rebuilt, and sessions (which references it with ON DELETE CASCADE) with it, as
-- 0008 did for enterprises; the change-log triggers of users (0005) are created again.
CREATE TABLE users_new (
  id             INTEGER PRIMARY KEY,
  username       TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (username GLOB '[a-z0-9]*' AND length(username) BETWEEN 2 AND 32),
  display_name   TEXT NOT NULL,
  role           TEXT NOT NULL CHECK (role IN ('official', 'analyst', 'inspector', 'duty', 'admin')),
  townships      TEXT NOT NULL DEFAULT '[]',  -- JSON array of township codes an inspector may act in
  password_hash  TEXT NOT NULL,
  disabled       INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
  demo           INTEGER NOT NULL DEFAULT 0 CHECK (demo IN (0, 1)),
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL
) STRICT;
CREATE TABLE sessions_new (
  token_hash    TEXT PRIMARY KEY,
  user_id       INTEGER NOT NULL REFERENCES users_new(id) ON DELETE CASCADE,
  csrf_token    TEXT NOT NULL,
  created_at    INTEGER NOT NULL,  -- epoch ms
  last_seen_at  INTEGER NOT NULL,
  expires_at    INTEGER NOT NULL
) STRICT;
INSERT INTO change_log_pause (reason) VALUES ('0010 rebuild of users');
INSERT INTO users_new SELECT id, username, display_name, role, townships, password_hash, disabled, demo,
  created_at, updated_at FROM users;
INSERT INTO sessions_new SELECT token_hash, user_id, csrf_token, created_at, last_seen_at, expires_at FROM sessions;
DROP TABLE sessions;
DROP TABLE users;
ALTER TABLE users_new RENAME TO users;
ALTER TABLE sessions_new RENAME TO sessions;
CREATE INDEX sessions_user ON sessions(user_id);
DELETE FROM change_log_pause WHERE reason = '0010 rebuild of users';
CREATE TRIGGER users_log_insert AFTER INSERT ON users
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('accounts', NEW.id, NULL);
END;
CREATE TRIGGER users_log_update AFTER UPDATE ON users
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) SELECT 'accounts', OLD.id, NULL
    WHERE OLD.id IS NOT NEW.id;
  INSERT INTO change_log (topic, key, ts) VALUES ('accounts', NEW.id, NULL);
END;
CREATE TRIGGER users_log_delete AFTER DELETE ON users
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('accounts', OLD.id, NULL);
END;

-- 2. The reduction shares the applicable emergency plan (应急预案) requires per warning level, as a share of the
-- district's (全社会) emissions of each pollutant, and those emissions (t/day, from an inventory). Entered as
-- data with their source documents; the newest row with effective_from <= a day applies to that day.
CREATE TABLE emergency_requirements (
  id              INTEGER PRIMARY KEY,
  effective_from  TEXT NOT NULL UNIQUE,
  document        TEXT NOT NULL,   -- the emergency plan, e.g. 忻州市重污染天气应急预案（2020年修订）
  source          TEXT NOT NULL,   -- where the shares were read (文号, page, URL)
  yellow_share    REAL NOT NULL CHECK (yellow_share > 0 AND yellow_share < 1),
  orange_share    REAL NOT NULL CHECK (orange_share > 0 AND orange_share < 1),
  red_share       REAL NOT NULL CHECK (red_share > 0 AND red_share < 1),
  base_pm         REAL NOT NULL CHECK (base_pm > 0),     -- district emissions, t/day
  base_so2        REAL NOT NULL CHECK (base_so2 > 0),
  base_nox        REAL NOT NULL CHECK (base_nox > 0),
  base_vocs       REAL NOT NULL CHECK (base_vocs > 0),
  base_source     TEXT NOT NULL,   -- the emission inventory the base figures come from
  provenance      TEXT NOT NULL CHECK (provenance IN ('official', 'approximate', 'synthetic')),
  created_at      TEXT NOT NULL,
  created_by      TEXT NOT NULL
) STRICT;

-- 3. The emergency reduction list, one row per signed revision (「及时修订」). A version is immutable once
-- written: a revision is a new version holding the whole list. The version in force on a day is the newest
-- with effective_from <= that day.
CREATE TABLE emergency_list_versions (
  id              INTEGER PRIMARY KEY,
  version         TEXT NOT NULL UNIQUE,  -- the bureau's label, e.g. 2023年秋冬季（第2版）
  effective_from  TEXT NOT NULL,
  title           TEXT NOT NULL,
  signed_off_by   TEXT NOT NULL,         -- 审核签发: name and post
  signed_off_on   TEXT NOT NULL,
  note            TEXT,                  -- what this revision changes and why
  source          TEXT NOT NULL,         -- 'manual', 'import:<file name>' or the generator
  provenance      TEXT NOT NULL CHECK (provenance IN ('official', 'approximate', 'synthetic')),
  created_at      TEXT NOT NULL,
  created_by      TEXT NOT NULL
) STRICT;
CREATE INDEX emergency_list_versions_effective ON emergency_list_versions(effective_from);

-- An enterprise on a version of the list. grade: the list's performance grade ('leading' 引领性, 'A', 'B',
-- 'B-', 'C', 'D', 'non-key' 非重点行业). built_up_area / heavy_polluter: as the list marks them (task 2's
-- 建成区内重污染企业 get stricter measures).
CREATE TABLE emergency_list_entries (
  version_id       INTEGER NOT NULL REFERENCES emergency_list_versions(id) ON DELETE CASCADE,
  enterprise_id    TEXT NOT NULL,
  enterprise_name  TEXT NOT NULL,    -- as written on the list
  grade            TEXT NOT NULL CHECK (grade IN ('leading', 'A', 'B', 'B-', 'C', 'D', 'non-key')),
  industry         TEXT NOT NULL,    -- the list's industry (行业), free text
  built_up_area    INTEGER NOT NULL CHECK (built_up_area IN (0, 1)),
  heavy_polluter   INTEGER NOT NULL CHECK (heavy_polluter IN (0, 1)),
  contact          TEXT,             -- 联系人及电话
  PRIMARY KEY (version_id, enterprise_id)
) STRICT, WITHOUT ROWID;

-- The measures of an entry per warning level, per production line or process (生产线/工序). kind: 'stop'
-- 停产, 'limit' 限产 (limit_pct = the share of output cut, %), 'stagger-transport' 错峰运输, 'truck-ban' 禁止
-- 国五及以下柴油货车运输, 'self-determined' 自主减排, 'other'. outlet_code: the stack outlet (排放口编号) the line
-- emits through, whose CEMS data verify the measure.
CREATE TABLE emergency_list_measures (
  version_id     INTEGER NOT NULL,
  enterprise_id  TEXT NOT NULL,
  level          TEXT NOT NULL CHECK (level IN ('yellow', 'orange', 'red')),
  seq            INTEGER NOT NULL CHECK (seq >= 1),
  line           TEXT NOT NULL,
  kind           TEXT NOT NULL CHECK (kind IN ('stop', 'limit', 'stagger-transport', 'truck-ban',
                   'self-determined', 'other')),
  limit_pct      REAL CHECK (limit_pct IS NULL OR (limit_pct > 0 AND limit_pct < 100)),
  outlet_code    TEXT,
  text           TEXT NOT NULL,    -- the measure as the list words it
  PRIMARY KEY (version_id, enterprise_id, level, seq),
  FOREIGN KEY (version_id, enterprise_id) REFERENCES emergency_list_entries(version_id, enterprise_id)
    ON DELETE CASCADE,
  CHECK ((kind = 'limit') = (limit_pct IS NOT NULL))
) STRICT, WITHOUT ROWID;

-- The expected reduction of an entry at a level, t/day.
CREATE TABLE emergency_list_reductions (
  version_id     INTEGER NOT NULL,
  enterprise_id  TEXT NOT NULL,
  level          TEXT NOT NULL CHECK (level IN ('yellow', 'orange', 'red')),
  pm             REAL NOT NULL CHECK (pm >= 0),
  so2            REAL NOT NULL CHECK (so2 >= 0),
  nox            REAL NOT NULL CHECK (nox >= 0),
  vocs           REAL NOT NULL CHECK (vocs >= 0),
  PRIMARY KEY (version_id, enterprise_id, level),
  FOREIGN KEY (version_id, enterprise_id) REFERENCES emergency_list_entries(version_id, enterprise_id)
    ON DELETE CASCADE
) STRICT, WITHOUT ROWID;

-- 4. Staggered production (错峰生产) of the autumn-winter season: an enterprise's line stopped or limited over
-- a period (dates inclusive). stricter_built_up: the period is the built-up area's stricter one for a heavy
-- polluter (task 2).
CREATE TABLE stagger_schedules (
  id                 INTEGER PRIMARY KEY,
  season             TEXT NOT NULL CHECK (season GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9][0-9][0-9]'),
  enterprise_id      TEXT NOT NULL,
  line               TEXT NOT NULL,
  outlet_code        TEXT,
  period_from        TEXT NOT NULL,
  period_to          TEXT NOT NULL,
  production         TEXT NOT NULL CHECK (production IN ('stop', 'limit')),
  limit_pct          REAL CHECK (limit_pct IS NULL OR (limit_pct > 0 AND limit_pct < 100)),
  stricter_built_up  INTEGER NOT NULL DEFAULT 0 CHECK (stricter_built_up IN (0, 1)),
  basis              TEXT NOT NULL,   -- the schedule's document (错峰生产方案)
  note               TEXT,
  provenance         TEXT NOT NULL CHECK (provenance IN ('official', 'approximate', 'synthetic')),
  created_at         TEXT NOT NULL,
  created_by         TEXT NOT NULL,
  CHECK (period_from <= period_to),
  CHECK ((production = 'limit') = (limit_pct IS NOT NULL))
) STRICT;
CREATE INDEX stagger_schedules_enterprise ON stagger_schedules(enterprise_id, period_from);
CREATE INDEX stagger_schedules_season ON stagger_schedules(season, period_from);

-- 5. Warnings (预警) issued, changed and lifted. issued_at: when the warning was published (提前预警: hours before
-- start_at); basis: 'forecast' (the forecast's derived level; `forecast` JSON {dailyAqi, derivedLevel, triggers}),
-- 'decision' (the bureau's or the city's decision) or 'regional' (a regional joint warning, 区域联防).
-- list_version_id: the list in force when issued. The level's history is in emergency_warning_events.
CREATE TABLE emergency_warnings (
  id               INTEGER PRIMARY KEY,
  issued_at        TEXT NOT NULL,
  start_at         TEXT NOT NULL,
  planned_end_at   TEXT,             -- as now planned (extensions update it; the events keep the history)
  lifted_at        TEXT,             -- NULL while not lifted
  basis            TEXT NOT NULL CHECK (basis IN ('forecast', 'decision', 'regional')),
  forecast         TEXT,
  document         TEXT,             -- 预警通知 number or title
  note             TEXT,
  list_version_id  INTEGER REFERENCES emergency_list_versions(id),
  provenance       TEXT NOT NULL CHECK (provenance IN ('official', 'approximate', 'synthetic')),
  created_at       TEXT NOT NULL,
  created_by       TEXT NOT NULL,
  CHECK (issued_at <= start_at),
  CHECK (planned_end_at IS NULL OR planned_end_at > start_at),
  CHECK (lifted_at IS NULL OR lifted_at >= start_at)
) STRICT;
CREATE INDEX emergency_warnings_start ON emergency_warnings(start_at);

-- Each change of a warning: 'issue' (the first level), 'upgrade', 'downgrade', 'extend' (planned end moved),
-- 'lift' (level NULL). The level in force at a moment t is that of the newest event with effective_at <= t,
-- while t < lifted_at and t < planned_end_at.
CREATE TABLE emergency_warning_events (
  warning_id      INTEGER NOT NULL REFERENCES emergency_warnings(id) ON DELETE CASCADE,
  seq             INTEGER NOT NULL CHECK (seq >= 1),
  kind            TEXT NOT NULL CHECK (kind IN ('issue', 'upgrade', 'downgrade', 'extend', 'lift')),
  effective_at    TEXT NOT NULL,
  level           TEXT CHECK (level IN ('yellow', 'orange', 'red')),
  planned_end_at  TEXT,
  note            TEXT,
  recorded_at     TEXT NOT NULL,
  recorded_by     TEXT NOT NULL,
  PRIMARY KEY (warning_id, seq),
  CHECK ((kind = 'lift') = (level IS NULL))
) STRICT, WITHOUT ROWID;

-- The mechanism's dated steps (工作机制): 'advance-response' 提前应对, 'assistance' 定期帮扶, 'regional' 区域联防,
-- 'consultation' 协商减排, 'supervision' 驻点监督 (the dispatch), 'other'. enterprise_id when the step concerns
-- one enterprise (a consultation). 提前预警 and the notifications have their own records.
CREATE TABLE emergency_steps (
  id             INTEGER PRIMARY KEY,
  warning_id     INTEGER REFERENCES emergency_warnings(id) ON DELETE CASCADE,
  kind           TEXT NOT NULL CHECK (kind IN ('advance-response', 'assistance', 'regional', 'consultation',
                   'supervision', 'other')),
  at             TEXT NOT NULL,
  enterprise_id  TEXT,
  note           TEXT NOT NULL,
  recorded_at    TEXT NOT NULL,
  recorded_by    TEXT NOT NULL
) STRICT;
CREATE INDEX emergency_steps_warning ON emergency_steps(warning_id, at);

-- Enterprises notified of a warning and their acknowledgements (回执).
CREATE TABLE emergency_notifications (
  warning_id        INTEGER NOT NULL REFERENCES emergency_warnings(id) ON DELETE CASCADE,
  enterprise_id     TEXT NOT NULL,
  notified_at       TEXT NOT NULL,
  channel           TEXT NOT NULL CHECK (channel IN ('platform', 'sms', 'phone', 'document')),
  acknowledged_at   TEXT,
  acknowledged_by   TEXT,              -- the enterprise's person who acknowledged
  recorded_by       TEXT NOT NULL,
  PRIMARY KEY (warning_id, enterprise_id),
  CHECK (acknowledged_at IS NULL OR acknowledged_at >= notified_at)
) STRICT, WITHOUT ROWID;

-- Resident supervisors (驻点监督): one inspector per listed enterprise during a warning. user_id: the console
-- account (NULL for a supervisor without one, e.g. township staff named in the demo data); username: the
-- account's user name, or the person's name.
CREATE TABLE emergency_supervisors (
  warning_id     INTEGER NOT NULL REFERENCES emergency_warnings(id) ON DELETE CASCADE,
  enterprise_id  TEXT NOT NULL,
  user_id        INTEGER,
  username       TEXT NOT NULL,
  assigned_at    TEXT NOT NULL,
  assigned_by    TEXT NOT NULL,
  PRIMARY KEY (warning_id, enterprise_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX emergency_supervisors_user ON emergency_supervisors(user_id);

-- Files attached to records (a visit's photo; issue 17's case documents later): bytes kept in the database,
-- type checked by content, served with their type and nosniff.
CREATE TABLE attachments (
  id          INTEGER PRIMARY KEY,
  mime        TEXT NOT NULL CHECK (mime IN ('image/jpeg', 'image/png', 'application/pdf')),
  size        INTEGER NOT NULL CHECK (size > 0 AND size <= 5242880),
  sha256      TEXT NOT NULL,
  file_name   TEXT NOT NULL,
  bytes       BLOB NOT NULL,
  created_at  TEXT NOT NULL,
  created_by  TEXT NOT NULL
) STRICT;

-- Visits to an enterprise: 'supervision' (驻点监督, during a warning: the verdict on its measures),
-- 'assistance' (定期帮扶) and 'consultation' (协商减排). verdict: 'compliant', 'non-compliant' or 'not-checked';
-- lines: JSON [{line, state: 'stopped'|'limited'|'running'}] as observed.
CREATE TABLE emergency_visits (
  id              INTEGER PRIMARY KEY,
  warning_id      INTEGER REFERENCES emergency_warnings(id) ON DELETE CASCADE,
  enterprise_id   TEXT NOT NULL,
  kind            TEXT NOT NULL CHECK (kind IN ('supervision', 'assistance', 'consultation')),
  visited_at      TEXT NOT NULL,
  inspector_id    INTEGER,
  inspector       TEXT NOT NULL,
  verdict         TEXT NOT NULL CHECK (verdict IN ('compliant', 'non-compliant', 'not-checked')),
  lines           TEXT NOT NULL DEFAULT '[]',
  note            TEXT NOT NULL,
  photo_id        INTEGER REFERENCES attachments(id),
  provenance      TEXT NOT NULL CHECK (provenance IN ('official', 'approximate', 'synthetic')),
  recorded_at     TEXT NOT NULL
) STRICT;
CREATE INDEX emergency_visits_warning ON emergency_visits(warning_id, enterprise_id);
CREATE INDEX emergency_visits_enterprise ON emergency_visits(enterprise_id, visited_at);

-- Gate-system truck records (门禁系统进出记录) of key freight units: each truck in or out with its emission stage
-- ('III'…'VI' 国三…国六, 'electric', 'gas' (LNG/CNG), 'unknown').
CREATE TABLE gate_truck_records (
  enterprise_id   TEXT NOT NULL,
  at              TEXT NOT NULL,
  plate           TEXT NOT NULL,
  direction       TEXT NOT NULL CHECK (direction IN ('in', 'out')),
  emission_stage  TEXT NOT NULL CHECK (emission_stage IN ('III', 'IV', 'V', 'VI', 'electric', 'gas', 'unknown')),
  fuel            TEXT NOT NULL CHECK (fuel IN ('diesel', 'gas', 'electric', 'other')),
  cargo           TEXT,
  provenance      TEXT NOT NULL CHECK (provenance IN ('official', 'approximate', 'synthetic')),
  PRIMARY KEY (enterprise_id, at, plate, direction)
) STRICT, WITHOUT ROWID;

-- the change log (0005): topic `emergency` (key: the table's short name, ts NULL) for every table above: the
-- rule facts (warning in force, list, schedules, evidence) derive from them.
CREATE TRIGGER emergency_requirements_log AFTER INSERT ON emergency_requirements
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('emergency', 'requirements', NULL);
END;
CREATE TRIGGER emergency_list_versions_log AFTER INSERT ON emergency_list_versions
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('emergency', 'list', NULL);
END;
CREATE TRIGGER stagger_schedules_log_insert AFTER INSERT ON stagger_schedules
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('emergency', 'stagger', NULL);
END;
CREATE TRIGGER stagger_schedules_log_update AFTER UPDATE ON stagger_schedules
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('emergency', 'stagger', NULL);
END;
CREATE TRIGGER stagger_schedules_log_delete AFTER DELETE ON stagger_schedules
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('emergency', 'stagger', NULL);
END;
CREATE TRIGGER emergency_warnings_log_insert AFTER INSERT ON emergency_warnings
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('emergency', 'warnings', NULL);
END;
CREATE TRIGGER emergency_warnings_log_update AFTER UPDATE ON emergency_warnings
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('emergency', 'warnings', NULL);
END;
CREATE TRIGGER emergency_warning_events_log AFTER INSERT ON emergency_warning_events
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('emergency', 'warnings', NULL);
END;
CREATE TRIGGER emergency_visits_log_insert AFTER INSERT ON emergency_visits
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('emergency', 'visits', NULL);
END;
CREATE TRIGGER emergency_visits_log_update AFTER UPDATE ON emergency_visits
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('emergency', 'visits', NULL);
END;
CREATE TRIGGER gate_truck_records_log AFTER INSERT ON gate_truck_records
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('emergency', 'gate', NULL);
END;

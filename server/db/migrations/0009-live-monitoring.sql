-- Live monitoring (issue 14): HJ 212-2017 devices, what they send, enterprise stack outlets and their
-- hourly data. Times: `data_time` / `ts` are China Standard Time; hourly rows label the END of the hour
-- like station_readings ('…T16:00' = 15:00–16:00, HJ 212's DataTime of an hour packet is the hour's
-- START and is shifted by one hour on ingest); `*_at` columns are ISO 8601 UTC instants of this server.

-- An enterprise's stack outlet (排放口) with the limits that apply to it: the emission standard's limits
-- per pollutant (mg/m³, at the reference O2 when `reference_o2` is set, else as measured) and the
-- enterprise's ultra-low-emission (超低排放) limits where it has them. `limits` and `ule_limits` are
-- JSON objects keyed by the stack pollutant keys of server/schema/outlets.ts ('pm', 'so2', 'nox').
CREATE TABLE outlets (
  id             TEXT PRIMARY KEY,
  enterprise_id  TEXT NOT NULL REFERENCES enterprises(id) ON DELETE CASCADE,
  code           TEXT NOT NULL,            -- 排放口编号, e.g. DA001
  name           TEXT NOT NULL,            -- e.g. 1#水泥磨排气筒
  standard       TEXT NOT NULL,            -- emission standard id (server/schema/outlets.ts emissionStandards)
  reference_o2   REAL CHECK (reference_o2 IS NULL OR (reference_o2 >= 0 AND reference_o2 < 21)),
  limits         TEXT NOT NULL,
  ule_limits     TEXT,
  lon            REAL,
  lat            REAL,
  provenance     TEXT NOT NULL CHECK (provenance IN ('official', 'approximate', 'synthetic')),
  source         TEXT NOT NULL,
  UNIQUE (enterprise_id, code)
) STRICT;

-- A device that sends HJ 212 packets, bound to a station ('stations', station code) or an outlet
-- ('outlets', outlet id) or a machine ('machines', machine id). The password is kept as a salted
-- SHA-256 (`password_salt` hex, `password_hash` hex): HJ 212 sends it in clear in every packet.
-- `interval_s`: the data interval the device is expected to keep (status: online within 2 intervals
-- of `last_seen_at`, late within 6, offline after). Counters and the last packet are updated with
-- every batch the ingest commits.
CREATE TABLE devices (
  mn             TEXT PRIMARY KEY CHECK (length(mn) BETWEEN 1 AND 24),
  kind           TEXT NOT NULL CHECK (kind IN ('ambient', 'micro', 'stack', 'nrmm')),
  entity_layer   TEXT NOT NULL CHECK (entity_layer IN ('stations', 'outlets', 'machines')),
  entity_id      TEXT NOT NULL,
  password_salt  TEXT NOT NULL,
  password_hash  TEXT NOT NULL,
  interval_s     INTEGER NOT NULL CHECK (interval_s BETWEEN 1 AND 86400),
  enabled        INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  last_seen_at   TEXT,
  online_since   TEXT,
  last_data_time TEXT,
  last_packet    TEXT,
  accepted       INTEGER NOT NULL DEFAULT 0,
  refused        INTEGER NOT NULL DEFAULT 0,
  duplicates     INTEGER NOT NULL DEFAULT 0,
  last_error     TEXT,
  last_error_at  TEXT
) STRICT;
CREATE INDEX devices_entity ON devices (entity_layer, entity_id);

-- The packets a device had refused, newest kept (the ingest trims to the last 200 per MN). `mn` is
-- what the packet said (it may name no registered device); `code` is the HJ 212 return code (QnRtn)
-- or the ingest's own reason id; `raw` is the packet's first 512 characters.
CREATE TABLE device_errors (
  id       INTEGER PRIMARY KEY,
  mn       TEXT,
  at       TEXT NOT NULL,
  code     TEXT NOT NULL,
  message  TEXT NOT NULL,
  raw      TEXT NOT NULL
) STRICT;
CREATE INDEX device_errors_mn ON device_errors (mn, id);

-- Every accepted data packet (after PNUM/PNO reassembly), one row per (MN, CN, DataTime): a repeat is
-- a duplicate and is acknowledged without a second row. `items`: JSON of the CP items,
-- {"a34004":{"Avg":35.2,"Flag":"N"},…} with the fields as sent (Rtd, Avg, Min, Max, Cou, Flag).
-- `data_time` is the packet's DataTime as 'YYYY-MM-DDTHH:mm:ss' CST; `received_at` epoch ms.
CREATE TABLE device_data (
  mn           TEXT NOT NULL,
  cn           TEXT NOT NULL,
  data_time    TEXT NOT NULL,
  received_at  INTEGER NOT NULL,
  items        TEXT NOT NULL,
  PRIMARY KEY (mn, cn, data_time)
) STRICT, WITHOUT ROWID;
CREATE INDEX device_data_received ON device_data (received_at);

-- Hourly stack data of an outlet (from CN 2061 packets; NULL = not sent): concentrations as measured in
-- mg/m³ (not O2-corrected), O2 %, flow m³/h (standard conditions, dry), flue temperature °C, moisture %,
-- the hour's emitted mass per pollutant in kg (`*_cou`, from the packet's Cou or NULL) and the data flag
-- per pollutant key as JSON ({"pm":"N","so2":"M",…}; only 'N' counts as valid).
CREATE TABLE outlet_readings (
  outlet_id  TEXT NOT NULL REFERENCES outlets(id) ON DELETE CASCADE,
  ts         TEXT NOT NULL,
  pm REAL, so2 REAL, nox REAL, o2 REAL, flow REAL, temp REAL, moisture REAL,
  pm_cou REAL, so2_cou REAL, nox_cou REAL,
  flags      TEXT NOT NULL,
  PRIMARY KEY (outlet_id, ts)
) STRICT, WITHOUT ROWID;

-- the change log (migration 0005): topics `outlets` (outlet id), `outlet-readings` (outlet id, ts),
-- `devices` (mn; registry edits only: the ingest's counter updates are not logged)
CREATE TRIGGER outlets_log_insert AFTER INSERT ON outlets
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('outlets', NEW.id, NULL);
END;
CREATE TRIGGER outlets_log_update AFTER UPDATE ON outlets
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('outlets', NEW.id, NULL);
END;
CREATE TRIGGER outlets_log_delete AFTER DELETE ON outlets
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('outlets', OLD.id, NULL);
END;
CREATE TRIGGER outlet_readings_log_insert AFTER INSERT ON outlet_readings
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('outlet-readings', NEW.outlet_id, NEW.ts);
END;
CREATE TRIGGER outlet_readings_log_update AFTER UPDATE ON outlet_readings
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('outlet-readings', NEW.outlet_id, NEW.ts);
END;
CREATE TRIGGER outlet_readings_log_delete AFTER DELETE ON outlet_readings
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('outlet-readings', OLD.outlet_id, OLD.ts);
END;
CREATE TRIGGER devices_log_insert AFTER INSERT ON devices
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('devices', NEW.mn, NULL);
END;
CREATE TRIGGER devices_log_registry_update AFTER UPDATE OF kind, entity_layer, entity_id, password_hash,
  interval_s, enabled ON devices
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('devices', NEW.mn, NULL);
END;
CREATE TRIGGER devices_log_delete AFTER DELETE ON devices
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('devices', OLD.mn, NULL);
END;

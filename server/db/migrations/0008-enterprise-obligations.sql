-- Issue 13, rule fixes (task 3, task 4):
--   ule_status gains 'monitoring-done' (评估监测完成、待验收: task 3's deadline is for the monitoring);
--   voc_water_soluble (挥发性有机物是否水溶性; NULL = not recorded) for task 4's 「非水溶性……单一喷淋吸收」;
--   emission_test_on / emission_test_result (最近监测日期 / 监测结果) and plan_requirement (the register's
--   requirement id naming the enterprise, e.g. T3.3 for 禹王's 「污染物排放稳定达到排放标准」).
-- SQLite cannot change a CHECK in place, so enterprises is rebuilt; kilns_boilers (which references it
-- with ON DELETE CASCADE) is rebuilt with it so that dropping the old table deletes nothing. The
-- indexes and the change-log triggers of both tables are created again as 0001 and 0005 made them.
CREATE TABLE enterprises_new (
  id                    TEXT PRIMARY KEY,
  name                  TEXT NOT NULL,
  industry              TEXT NOT NULL,
  township_code         TEXT NOT NULL REFERENCES townships(code),
  lon                   REAL NOT NULL,
  lat                   REAL NOT NULL,
  operating_status      TEXT NOT NULL CHECK (operating_status IN ('operating', 'suspended', 'relocating', 'closed')),
  performance_grade     TEXT NOT NULL CHECK (performance_grade IN ('A', 'B', 'C', 'D')),
  ule_status            TEXT NOT NULL CHECK (ule_status IN
                          ('not-applicable', 'not-started', 'in-progress', 'assessment', 'monitoring-done', 'accepted')),
  ule_due               TEXT,
  treatment_processes   TEXT NOT NULL,  -- JSON array of process ids
  voc_emitter           INTEGER NOT NULL CHECK (voc_emitter IN (0, 1)),
  voc_checklist         TEXT,           -- JSON {link: 'ok'|'gap'|'n/a'} over the 10 key links; NULL when not a VOC emitter
  activated_carbon      INTEGER NOT NULL CHECK (activated_carbon IN (0, 1)),
  carbon_replaced_on    TEXT,
  annual_freight_t      REAL NOT NULL CHECK (annual_freight_t >= 0),
  rail_spur             TEXT NOT NULL CHECK (rail_spur IN ('none', 'planned', 'under-construction', 'operating')),
  key_vehicle_unit      INTEGER NOT NULL CHECK (key_vehicle_unit IN (0, 1)),
  gate_system           TEXT CHECK (gate_system IN ('none', 'installed', 'networked')),
  plan_task             INTEGER,        -- task number when the plan names the enterprise
  provenance            TEXT NOT NULL CHECK (provenance IN ('official', 'approximate', 'synthetic')),
  source                TEXT NOT NULL,
  voc_water_soluble     INTEGER CHECK (voc_water_soluble IN (0, 1)),
  emission_test_on      TEXT,
  emission_test_result  TEXT CHECK (emission_test_result IN ('pass', 'fail')),
  plan_requirement      TEXT,           -- requirement id (seeds/plan register) naming the enterprise, e.g. T3.3
  CHECK ((key_vehicle_unit = 1) = (gate_system IS NOT NULL)),
  CHECK (voc_emitter = 1 OR voc_checklist IS NULL)
) STRICT;
INSERT INTO enterprises_new (id, name, industry, township_code, lon, lat, operating_status, performance_grade,
  ule_status, ule_due, treatment_processes, voc_emitter, voc_checklist, activated_carbon, carbon_replaced_on,
  annual_freight_t, rail_spur, key_vehicle_unit, gate_system, plan_task, provenance, source)
SELECT id, name, industry, township_code, lon, lat, operating_status, performance_grade,
  ule_status, ule_due, treatment_processes, voc_emitter, voc_checklist, activated_carbon, carbon_replaced_on,
  annual_freight_t, rail_spur, key_vehicle_unit, gate_system, plan_task, provenance, source
FROM enterprises;

CREATE TABLE kilns_boilers_new (
  id                 TEXT PRIMARY KEY,
  enterprise_id      TEXT NOT NULL REFERENCES enterprises_new(id) ON DELETE CASCADE,
  kind               TEXT NOT NULL CHECK (kind IN ('kiln', 'boiler')),
  purpose            TEXT NOT NULL,
  fuel               TEXT NOT NULL CHECK (fuel IN
                       ('coal', 'natural-gas', 'biomass', 'alcohol-based', 'electricity', 'coke-oven-gas', 'waste-heat', 'fuel-oil')),
  capacity           REAL NOT NULL CHECK (capacity > 0),
  capacity_unit      TEXT NOT NULL CHECK (capacity_unit IN ('t/h', 'MW', 't/d')),
  treatment_process  TEXT NOT NULL,
  low_efficiency     INTEGER NOT NULL CHECK (low_efficiency IN (0, 1)),
  surveyed_on        TEXT,
  compliant          INTEGER CHECK (compliant IN (0, 1)),
  provenance         TEXT NOT NULL CHECK (provenance IN ('official', 'approximate', 'synthetic'))
) STRICT;
INSERT INTO kilns_boilers_new SELECT id, enterprise_id, kind, purpose, fuel, capacity, capacity_unit,
  treatment_process, low_efficiency, surveyed_on, compliant, provenance FROM kilns_boilers;

DROP TABLE kilns_boilers;
DROP TABLE enterprises;
ALTER TABLE enterprises_new RENAME TO enterprises;
ALTER TABLE kilns_boilers_new RENAME TO kilns_boilers;

CREATE INDEX enterprises_township ON enterprises(township_code);
CREATE INDEX enterprises_lon_lat ON enterprises(lon, lat);
CREATE INDEX kilns_boilers_enterprise ON kilns_boilers(enterprise_id);

CREATE TRIGGER enterprises_log_insert AFTER INSERT ON enterprises
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:enterprises', NEW.id, NULL);
END;
CREATE TRIGGER enterprises_log_update AFTER UPDATE ON enterprises
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) SELECT 'layer:enterprises', OLD.id, NULL
    WHERE OLD.id IS NOT NEW.id;
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:enterprises', NEW.id, NULL);
END;
CREATE TRIGGER enterprises_log_delete AFTER DELETE ON enterprises
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:enterprises', OLD.id, NULL);
END;
CREATE TRIGGER kilns_boilers_log_insert AFTER INSERT ON kilns_boilers
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:enterprises', NEW.enterprise_id, NULL);
END;
CREATE TRIGGER kilns_boilers_log_update AFTER UPDATE ON kilns_boilers
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) SELECT 'layer:enterprises', OLD.enterprise_id, NULL
    WHERE OLD.enterprise_id IS NOT NEW.enterprise_id;
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:enterprises', NEW.enterprise_id, NULL);
END;
CREATE TRIGGER kilns_boilers_log_delete AFTER DELETE ON kilns_boilers
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:enterprises', OLD.enterprise_id, NULL);
END;

-- Vehicles, roads and dust (issue 16; tasks 2, 9, 10, 11, 12, 14 and 16): the urban built-up area (城市建成区),
-- the vehicle register (transport and public-security registers), roadside and OBD checks (路检路查) at
-- checkpoints, vehicle repair shops (机动车维修机构) and their inspections, muck trucks (渣土车) with their permits,
-- disposal sites, GPS positions and spill reports (沿途抛洒), the main municipal roads as segments with the
-- cleaning standard per road class, cleaning records and road-dust loads (道路积尘负荷), and stockyards (堆场)
-- with their inspections.
-- Times: `*_at` and `ts` columns are China Standard Time, 'YYYY-MM-DDTHH:mm' (positions: 'YYYY-MM-DDTHH:mm:ss');
-- dates are 'YYYY-MM-DD'; `recorded_at` is an ISO 8601 UTC instant of this server. Geometry columns hold
-- GeoJSON geometry text in WGS84; polygon and line tables keep their bbox (min_/max_ lon/lat) and a label point
-- (lon, lat) like nrmm_zones. Every register row carries provenance and source, like every other layer.

-- 1. The urban built-up area (城市建成区): one or more polygons. `provisional` = 1 marks the console's own
-- 示意 outline (no official boundary is held); importing the planning department's polygon replaces it.
CREATE TABLE built_up_areas (
  id              TEXT PRIMARY KEY,
  name            TEXT NOT NULL,
  township_code   TEXT NOT NULL REFERENCES townships(code),  -- the township holding most of it
  geometry        TEXT NOT NULL,                              -- Polygon or MultiPolygon
  min_lon REAL NOT NULL, min_lat REAL NOT NULL, max_lon REAL NOT NULL, max_lat REAL NOT NULL,
  lon             REAL NOT NULL,
  lat             REAL NOT NULL,
  area_km2        REAL NOT NULL CHECK (area_km2 > 0),
  effective_from  TEXT NOT NULL,
  provisional     INTEGER NOT NULL CHECK (provisional IN (0, 1)),
  provenance      TEXT NOT NULL CHECK (provenance IN ('official', 'approximate', 'synthetic')),
  source          TEXT NOT NULL
) STRICT;

-- 2. The vehicle register (tasks 9, 10, 16), from the transport department's operating-vehicle register and the
-- public-security traffic police's registration data. Vehicles sit at their owner unit's address (approximate).
CREATE TABLE vehicles (
  id                      TEXT PRIMARY KEY,
  plate                   TEXT NOT NULL UNIQUE,   -- 号牌号码, e.g. 晋H12345
  category                TEXT NOT NULL CHECK (category IN ('heavy-truck', 'medium-truck', 'light-truck',
                            'tractor-unit', 'bus', 'sanitation', 'postal', 'express', 'muck-truck', 'other')),
  fuel                    TEXT NOT NULL CHECK (fuel IN ('diesel', 'gas', 'gasoline', 'electric', 'hydrogen',
                            'methanol', 'hybrid')),
  emission_stage          TEXT NOT NULL CHECK (emission_stage IN ('I', 'II', 'III', 'IV', 'V', 'VI', 'new-energy')),
  lean_burn               INTEGER NOT NULL CHECK (lean_burn IN (0, 1)),  -- 稀薄燃烧 gas engine
  owner_unit              TEXT NOT NULL,
  key_user_enterprise_id  TEXT,          -- 重点用车单位: the enterprise whose fleet it belongs to
  registered_on           TEXT NOT NULL, -- 注册登记日期
  status                  TEXT NOT NULL CHECK (status IN ('in-use', 'scrapped', 'deregistered', 'transferred-out')),
  status_on               TEXT,          -- when it left use (报废, 注销, 转出)
  scrap_due_on            TEXT,          -- 强制报废 date where the register gives it
  register                TEXT NOT NULL CHECK (register IN ('transport', 'public-security', 'enterprise', 'other')),
  township_code           TEXT NOT NULL REFERENCES townships(code),
  lon                     REAL NOT NULL,
  lat                     REAL NOT NULL,
  provenance              TEXT NOT NULL CHECK (provenance IN ('official', 'approximate', 'synthetic')),
  source                  TEXT NOT NULL,
  CHECK ((status = 'in-use') = (status_on IS NULL)),
  CHECK (lean_burn = 0 OR fuel = 'gas')
) STRICT;
CREATE INDEX vehicles_township ON vehicles(township_code);
CREATE INDEX vehicles_enterprise ON vehicles(key_user_enterprise_id);

-- 3. Roadside and OBD checks (路检路查, task 16) at checkpoints. A check is a hit when the pollution-control
-- devices are missing or tampered with, the OBD shows a fault or tampering, or the emission test fails.
CREATE TABLE checkpoints (
  id             TEXT PRIMARY KEY,
  name           TEXT NOT NULL,
  kind           TEXT NOT NULL CHECK (kind IN ('fixed', 'mobile', 'remote-sensing', 'entrance')),
  township_code  TEXT NOT NULL REFERENCES townships(code),
  lon            REAL NOT NULL,
  lat            REAL NOT NULL,
  provenance     TEXT NOT NULL CHECK (provenance IN ('official', 'approximate', 'synthetic')),
  source         TEXT NOT NULL
) STRICT;
CREATE TABLE roadside_checks (
  id             INTEGER PRIMARY KEY,
  checkpoint_id  TEXT NOT NULL REFERENCES checkpoints(id) ON DELETE CASCADE,
  checked_at     TEXT NOT NULL,
  plate          TEXT NOT NULL,
  vehicle_id     TEXT,          -- the register's vehicle when the plate is in it
  fuel           TEXT NOT NULL CHECK (fuel IN ('diesel', 'gas', 'gasoline', 'electric', 'hydrogen', 'methanol',
                   'hybrid')),
  emission_stage TEXT CHECK (emission_stage IN ('I', 'II', 'III', 'IV', 'V', 'VI', 'new-energy')),
  devices        TEXT NOT NULL CHECK (devices IN ('ok', 'missing', 'tampered', 'not-checked')),  -- 污染控制装置
  obd            TEXT NOT NULL CHECK (obd IN ('ok', 'fault', 'tampered', 'not-equipped', 'not-checked')),
  emission_test  TEXT NOT NULL CHECK (emission_test IN ('pass', 'fail', 'not-tested')),
  test_method    TEXT CHECK (test_method IN ('free-acceleration', 'lug-down', 'remote-sensing')),
  test_value     REAL,          -- opacity (m⁻¹) or light-absorption coefficient as the method gives it
  outcome        TEXT NOT NULL CHECK (outcome IN ('pass', 'warning', 'repair-order', 'fined')),
  agencies       TEXT NOT NULL,  -- the joint-enforcement agencies present (生态环境、公安交管、交通运输)
  inspector      TEXT NOT NULL,
  note           TEXT,
  provenance     TEXT NOT NULL CHECK (provenance IN ('official', 'approximate', 'synthetic')),
  recorded_at    TEXT NOT NULL,
  CHECK ((emission_test = 'not-tested') = (test_method IS NULL))
) STRICT;
CREATE INDEX roadside_checks_checkpoint ON roadside_checks(checkpoint_id, checked_at);
CREATE INDEX roadside_checks_plate ON roadside_checks(plate, checked_at);
CREATE INDEX roadside_checks_at ON roadside_checks(checked_at);

-- 4. Vehicle repair shops (机动车维修机构, task 16) and their inspections for removed after-treatment and OBD
-- tampering (拆除改装尾气净化装置、修改破坏OBD数据).
CREATE TABLE repair_shops (
  id                TEXT PRIMARY KEY,
  name              TEXT NOT NULL,
  category          TEXT NOT NULL CHECK (category IN ('class-1', 'class-2', 'class-3')),  -- 一类/二类/三类
  emissions_repair  INTEGER NOT NULL CHECK (emissions_repair IN (0, 1)),               -- 排放维修站 (M站)
  licence           TEXT,
  township_code     TEXT NOT NULL REFERENCES townships(code),
  lon               REAL NOT NULL,
  lat               REAL NOT NULL,
  provenance        TEXT NOT NULL CHECK (provenance IN ('official', 'approximate', 'synthetic')),
  source            TEXT NOT NULL
) STRICT;
CREATE TABLE repair_shop_inspections (
  id                      INTEGER PRIMARY KEY,
  shop_id                 TEXT NOT NULL REFERENCES repair_shops(id) ON DELETE CASCADE,
  inspected_on            TEXT NOT NULL,
  aftertreatment_removal  INTEGER NOT NULL CHECK (aftertreatment_removal IN (0, 1)),  -- 1 = found
  obd_tampering           INTEGER NOT NULL CHECK (obd_tampering IN (0, 1)),           -- 1 = found
  ledger_complete         INTEGER NOT NULL CHECK (ledger_complete IN (0, 1)),         -- 维修台账齐全
  outcome                 TEXT NOT NULL CHECK (outcome IN ('compliant', 'rectify', 'fined', 'closed')),
  rectified_on            TEXT,
  inspector               TEXT NOT NULL,
  note                    TEXT,
  provenance              TEXT NOT NULL CHECK (provenance IN ('official', 'approximate', 'synthetic')),
  recorded_at             TEXT NOT NULL
) STRICT;
CREATE INDEX repair_shop_inspections_shop ON repair_shop_inspections(shop_id, inspected_on);

-- 5. Muck trucks (渣土车, task 11): registered trucks, disposal sites (消纳场), permits (准运证: the approved
-- route within a buffer, the hours, a construction site and a disposal site), GPS positions and spill reports.
CREATE TABLE disposal_sites (
  id             TEXT PRIMARY KEY,
  name           TEXT NOT NULL,
  kind           TEXT NOT NULL CHECK (kind IN ('disposal', 'recycling', 'transfer')),
  township_code  TEXT NOT NULL REFERENCES townships(code),
  lon            REAL NOT NULL,
  lat            REAL NOT NULL,
  radius_m       REAL NOT NULL CHECK (radius_m > 0 AND radius_m <= 5000),
  valid_from     TEXT NOT NULL,
  valid_to       TEXT,
  provenance     TEXT NOT NULL CHECK (provenance IN ('official', 'approximate', 'synthetic')),
  source         TEXT NOT NULL
) STRICT;
CREATE TABLE muck_trucks (
  id              TEXT PRIMARY KEY,
  plate           TEXT NOT NULL UNIQUE,
  company         TEXT NOT NULL,
  fuel            TEXT NOT NULL CHECK (fuel IN ('diesel', 'gas', 'electric', 'hydrogen', 'methanol', 'hybrid')),
  emission_stage  TEXT NOT NULL CHECK (emission_stage IN ('III', 'IV', 'V', 'VI', 'new-energy')),
  sealed          INTEGER NOT NULL CHECK (sealed IN (0, 1)),  -- 密闭改装
  gps_device      TEXT,                                       -- the tracker's id; NULL = none fitted
  township_code   TEXT NOT NULL REFERENCES townships(code),   -- the company's base
  lon             REAL NOT NULL,
  lat             REAL NOT NULL,
  provenance      TEXT NOT NULL CHECK (provenance IN ('official', 'approximate', 'synthetic')),
  source          TEXT NOT NULL
) STRICT;
CREATE TABLE muck_permits (
  id                TEXT PRIMARY KEY,   -- 准运证号
  truck_id          TEXT NOT NULL REFERENCES muck_trucks(id) ON DELETE CASCADE,
  site_id           TEXT NOT NULL,      -- the construction site (kept as text: sites are re-imported)
  disposal_site_id  TEXT NOT NULL REFERENCES disposal_sites(id),
  route             TEXT NOT NULL,      -- GeoJSON LineString, WGS84
  buffer_m          REAL NOT NULL CHECK (buffer_m > 0 AND buffer_m <= 2000),
  valid_from        TEXT NOT NULL,
  valid_to          TEXT NOT NULL,
  hours_from        TEXT NOT NULL CHECK (hours_from GLOB '[0-2][0-9]:[0-5][0-9]'),
  hours_to          TEXT NOT NULL CHECK (hours_to GLOB '[0-2][0-9]:[0-5][0-9]'),  -- before hours_from: overnight
  provenance        TEXT NOT NULL CHECK (provenance IN ('official', 'approximate', 'synthetic')),
  source            TEXT NOT NULL,
  CHECK (valid_from <= valid_to),
  CHECK (hours_from <> hours_to)
) STRICT;
CREATE INDEX muck_permits_truck ON muck_permits(truck_id, valid_from);
CREATE TABLE muck_positions (
  truck_id   TEXT NOT NULL REFERENCES muck_trucks(id) ON DELETE CASCADE,
  ts         TEXT NOT NULL,
  lon        REAL NOT NULL,
  lat        REAL NOT NULL,
  speed_kmh  REAL CHECK (speed_kmh >= 0),
  PRIMARY KEY (truck_id, ts)
) STRICT, WITHOUT ROWID;
CREATE INDEX muck_positions_ts ON muck_positions(ts);
CREATE TABLE spill_reports (
  id             INTEGER PRIMARY KEY,
  reported_at    TEXT NOT NULL,
  lon            REAL NOT NULL,
  lat            REAL NOT NULL,
  township_code  TEXT NOT NULL REFERENCES townships(code),
  truck_id       TEXT REFERENCES muck_trucks(id) ON DELETE SET NULL,
  plate          TEXT,                 -- as reported, also for trucks outside the register
  reporter       TEXT NOT NULL CHECK (reporter IN ('inspector', 'public')),
  description    TEXT NOT NULL,
  status         TEXT NOT NULL CHECK (status IN ('open', 'cleaned', 'penalized')),
  closed_at      TEXT,
  provenance     TEXT NOT NULL CHECK (provenance IN ('official', 'approximate', 'synthetic')),
  recorded_by    TEXT NOT NULL,
  recorded_at    TEXT NOT NULL,
  CHECK ((status = 'open') = (closed_at IS NULL))
) STRICT;
CREATE INDEX spill_reports_at ON spill_reports(reported_at);

-- 6. Road dust (tasks 11 and 12): the main municipal roads as segments, the cleaning standard per road class
-- (machine wet sweeping and washing intervals), cleaning records and road-dust loads.
CREATE TABLE road_segments (
  id             TEXT PRIMARY KEY,
  name           TEXT NOT NULL,
  road_class     TEXT NOT NULL CHECK (road_class IN ('arterial', 'secondary', 'branch', 'other')),
  township_code  TEXT NOT NULL REFERENCES townships(code),
  geometry       TEXT NOT NULL,   -- LineString
  min_lon REAL NOT NULL, min_lat REAL NOT NULL, max_lon REAL NOT NULL, max_lat REAL NOT NULL,
  lon            REAL NOT NULL,   -- midpoint
  lat            REAL NOT NULL,
  length_km      REAL NOT NULL CHECK (length_km > 0),
  maintainer     TEXT NOT NULL,   -- the sanitation unit responsible
  provenance     TEXT NOT NULL CHECK (provenance IN ('official', 'approximate', 'synthetic')),
  source         TEXT NOT NULL
) STRICT;
CREATE TABLE road_cleaning_standards (
  road_class        TEXT PRIMARY KEY CHECK (road_class IN ('arterial', 'secondary', 'branch', 'other')),
  sweep_interval_h  REAL NOT NULL CHECK (sweep_interval_h > 0),  -- machine wet sweeping at least every … hours
  wash_interval_h   REAL CHECK (wash_interval_h > 0),            -- washing; NULL = not required
  source            TEXT NOT NULL,
  provenance        TEXT NOT NULL CHECK (provenance IN ('official', 'approximate', 'synthetic'))
) STRICT;
CREATE TABLE road_cleanings (
  id             INTEGER PRIMARY KEY,
  segment_id     TEXT NOT NULL REFERENCES road_segments(id) ON DELETE CASCADE,
  done_at        TEXT NOT NULL,
  kind           TEXT NOT NULL CHECK (kind IN ('wet-sweep', 'wash', 'dry-sweep', 'manual')),
  vehicle_plate  TEXT,
  origin         TEXT NOT NULL CHECK (origin IN ('gps', 'log')),
  provenance     TEXT NOT NULL CHECK (provenance IN ('official', 'approximate', 'synthetic')),
  UNIQUE (segment_id, done_at, kind)
) STRICT;
CREATE INDEX road_cleanings_at ON road_cleanings(done_at);
CREATE TABLE road_dust_loads (
  id           INTEGER PRIMARY KEY,
  segment_id   TEXT NOT NULL REFERENCES road_segments(id) ON DELETE CASCADE,
  measured_on  TEXT NOT NULL,
  load_g_m2    REAL NOT NULL CHECK (load_g_m2 >= 0),
  method       TEXT NOT NULL,
  provenance   TEXT NOT NULL CHECK (provenance IN ('official', 'approximate', 'synthetic')),
  UNIQUE (segment_id, measured_on)
) STRICT;

-- 7. Stockyards (堆场, task 12) and their inspections: enclosure, cover, spraying, wheel washing, hard surface.
CREATE TABLE stockyards (
  id             TEXT PRIMARY KEY,
  name           TEXT NOT NULL,
  kind           TEXT NOT NULL CHECK (kind IN ('industrial', 'commercial')),
  material       TEXT NOT NULL CHECK (material IN ('coal', 'coke', 'ore', 'sand', 'lime', 'construction-waste',
                   'other')),
  enterprise_id  TEXT,
  area_m2        REAL NOT NULL CHECK (area_m2 > 0),
  township_code  TEXT NOT NULL REFERENCES townships(code),
  lon            REAL NOT NULL,
  lat            REAL NOT NULL,
  provenance     TEXT NOT NULL CHECK (provenance IN ('official', 'approximate', 'synthetic')),
  source         TEXT NOT NULL
) STRICT;
CREATE TABLE stockyard_inspections (
  id             INTEGER PRIMARY KEY,
  stockyard_id   TEXT NOT NULL REFERENCES stockyards(id) ON DELETE CASCADE,
  inspected_on   TEXT NOT NULL,
  enclosure      INTEGER NOT NULL CHECK (enclosure IN (0, 1)),      -- 围挡/封闭
  cover          INTEGER NOT NULL CHECK (cover IN (0, 1)),          -- 苫盖
  spraying       INTEGER NOT NULL CHECK (spraying IN (0, 1)),       -- 喷淋抑尘
  wheel_washing  INTEGER NOT NULL CHECK (wheel_washing IN (0, 1)),  -- 车辆冲洗
  hard_surface   INTEGER NOT NULL CHECK (hard_surface IN (0, 1)),   -- 地面硬化
  inspector      TEXT NOT NULL,
  note           TEXT,
  provenance     TEXT NOT NULL CHECK (provenance IN ('official', 'approximate', 'synthetic')),
  recorded_at    TEXT NOT NULL
) STRICT;
CREATE INDEX stockyard_inspections_yard ON stockyard_inspections(stockyard_id, inspected_on);

-- 8. The change log (0005): each table reports to the topic its layer depends on
-- (server/services/layer-topics.ts); muck-truck positions have their own topic, like machines' positions.
CREATE TRIGGER built_up_areas_log_insert AFTER INSERT ON built_up_areas
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:built-up-area', NEW.id, NULL);
END;
CREATE TRIGGER built_up_areas_log_update AFTER UPDATE ON built_up_areas
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) SELECT 'layer:built-up-area', OLD.id, NULL
    WHERE OLD.id IS NOT NEW.id;
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:built-up-area', NEW.id, NULL);
END;
CREATE TRIGGER built_up_areas_log_delete AFTER DELETE ON built_up_areas
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:built-up-area', OLD.id, NULL);
END;
CREATE TRIGGER vehicles_log_insert AFTER INSERT ON vehicles
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:vehicles', NEW.id, NULL);
END;
CREATE TRIGGER vehicles_log_update AFTER UPDATE ON vehicles
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) SELECT 'layer:vehicles', OLD.id, NULL
    WHERE OLD.id IS NOT NEW.id;
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:vehicles', NEW.id, NULL);
END;
CREATE TRIGGER vehicles_log_delete AFTER DELETE ON vehicles
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:vehicles', OLD.id, NULL);
END;
CREATE TRIGGER checkpoints_log_insert AFTER INSERT ON checkpoints
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:checkpoints', NEW.id, NULL);
END;
CREATE TRIGGER checkpoints_log_update AFTER UPDATE ON checkpoints
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) SELECT 'layer:checkpoints', OLD.id, NULL
    WHERE OLD.id IS NOT NEW.id;
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:checkpoints', NEW.id, NULL);
END;
CREATE TRIGGER checkpoints_log_delete AFTER DELETE ON checkpoints
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:checkpoints', OLD.id, NULL);
END;
CREATE TRIGGER roadside_checks_log_insert AFTER INSERT ON roadside_checks
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:checkpoints', NEW.checkpoint_id, NULL);
END;
CREATE TRIGGER roadside_checks_log_update AFTER UPDATE ON roadside_checks
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) SELECT 'layer:checkpoints', OLD.checkpoint_id, NULL
    WHERE OLD.checkpoint_id IS NOT NEW.checkpoint_id;
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:checkpoints', NEW.checkpoint_id, NULL);
END;
CREATE TRIGGER roadside_checks_log_delete AFTER DELETE ON roadside_checks
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:checkpoints', OLD.checkpoint_id, NULL);
END;
CREATE TRIGGER repair_shops_log_insert AFTER INSERT ON repair_shops
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:repair-shops', NEW.id, NULL);
END;
CREATE TRIGGER repair_shops_log_update AFTER UPDATE ON repair_shops
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) SELECT 'layer:repair-shops', OLD.id, NULL
    WHERE OLD.id IS NOT NEW.id;
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:repair-shops', NEW.id, NULL);
END;
CREATE TRIGGER repair_shops_log_delete AFTER DELETE ON repair_shops
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:repair-shops', OLD.id, NULL);
END;
CREATE TRIGGER repair_shop_inspections_log_insert AFTER INSERT ON repair_shop_inspections
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:repair-shops', NEW.shop_id, NULL);
END;
CREATE TRIGGER repair_shop_inspections_log_update AFTER UPDATE ON repair_shop_inspections
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) SELECT 'layer:repair-shops', OLD.shop_id, NULL
    WHERE OLD.shop_id IS NOT NEW.shop_id;
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:repair-shops', NEW.shop_id, NULL);
END;
CREATE TRIGGER repair_shop_inspections_log_delete AFTER DELETE ON repair_shop_inspections
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:repair-shops', OLD.shop_id, NULL);
END;
CREATE TRIGGER disposal_sites_log_insert AFTER INSERT ON disposal_sites
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:muck-trucks', NEW.id, NULL);
END;
CREATE TRIGGER disposal_sites_log_update AFTER UPDATE ON disposal_sites
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) SELECT 'layer:muck-trucks', OLD.id, NULL
    WHERE OLD.id IS NOT NEW.id;
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:muck-trucks', NEW.id, NULL);
END;
CREATE TRIGGER disposal_sites_log_delete AFTER DELETE ON disposal_sites
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:muck-trucks', OLD.id, NULL);
END;
CREATE TRIGGER muck_trucks_log_insert AFTER INSERT ON muck_trucks
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:muck-trucks', NEW.id, NULL);
END;
CREATE TRIGGER muck_trucks_log_update AFTER UPDATE ON muck_trucks
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) SELECT 'layer:muck-trucks', OLD.id, NULL
    WHERE OLD.id IS NOT NEW.id;
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:muck-trucks', NEW.id, NULL);
END;
CREATE TRIGGER muck_trucks_log_delete AFTER DELETE ON muck_trucks
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:muck-trucks', OLD.id, NULL);
END;
CREATE TRIGGER muck_permits_log_insert AFTER INSERT ON muck_permits
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:muck-trucks', NEW.truck_id, NULL);
END;
CREATE TRIGGER muck_permits_log_update AFTER UPDATE ON muck_permits
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) SELECT 'layer:muck-trucks', OLD.truck_id, NULL
    WHERE OLD.truck_id IS NOT NEW.truck_id;
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:muck-trucks', NEW.truck_id, NULL);
END;
CREATE TRIGGER muck_permits_log_delete AFTER DELETE ON muck_permits
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:muck-trucks', OLD.truck_id, NULL);
END;
CREATE TRIGGER muck_positions_log_insert AFTER INSERT ON muck_positions
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('muck-positions', NEW.truck_id, NEW.ts);
END;
CREATE TRIGGER muck_positions_log_update AFTER UPDATE ON muck_positions
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) SELECT 'muck-positions', OLD.truck_id, OLD.ts
    WHERE OLD.truck_id IS NOT NEW.truck_id;
  INSERT INTO change_log (topic, key, ts) VALUES ('muck-positions', NEW.truck_id, NEW.ts);
END;
CREATE TRIGGER muck_positions_log_delete AFTER DELETE ON muck_positions
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('muck-positions', OLD.truck_id, OLD.ts);
END;
CREATE TRIGGER spill_reports_log_insert AFTER INSERT ON spill_reports
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:muck-trucks', NEW.id, NULL);
END;
CREATE TRIGGER spill_reports_log_update AFTER UPDATE ON spill_reports
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) SELECT 'layer:muck-trucks', OLD.id, NULL
    WHERE OLD.id IS NOT NEW.id;
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:muck-trucks', NEW.id, NULL);
END;
CREATE TRIGGER spill_reports_log_delete AFTER DELETE ON spill_reports
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:muck-trucks', OLD.id, NULL);
END;
CREATE TRIGGER road_segments_log_insert AFTER INSERT ON road_segments
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:road-segments', NEW.id, NULL);
END;
CREATE TRIGGER road_segments_log_update AFTER UPDATE ON road_segments
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) SELECT 'layer:road-segments', OLD.id, NULL
    WHERE OLD.id IS NOT NEW.id;
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:road-segments', NEW.id, NULL);
END;
CREATE TRIGGER road_segments_log_delete AFTER DELETE ON road_segments
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:road-segments', OLD.id, NULL);
END;
CREATE TRIGGER road_cleaning_standards_log_insert AFTER INSERT ON road_cleaning_standards
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:road-segments', NEW.road_class, NULL);
END;
CREATE TRIGGER road_cleaning_standards_log_update AFTER UPDATE ON road_cleaning_standards
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) SELECT 'layer:road-segments', OLD.road_class, NULL
    WHERE OLD.road_class IS NOT NEW.road_class;
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:road-segments', NEW.road_class, NULL);
END;
CREATE TRIGGER road_cleaning_standards_log_delete AFTER DELETE ON road_cleaning_standards
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:road-segments', OLD.road_class, NULL);
END;
CREATE TRIGGER road_cleanings_log_insert AFTER INSERT ON road_cleanings
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:road-segments', NEW.segment_id, NULL);
END;
CREATE TRIGGER road_cleanings_log_update AFTER UPDATE ON road_cleanings
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) SELECT 'layer:road-segments', OLD.segment_id, NULL
    WHERE OLD.segment_id IS NOT NEW.segment_id;
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:road-segments', NEW.segment_id, NULL);
END;
CREATE TRIGGER road_cleanings_log_delete AFTER DELETE ON road_cleanings
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:road-segments', OLD.segment_id, NULL);
END;
CREATE TRIGGER road_dust_loads_log_insert AFTER INSERT ON road_dust_loads
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:road-segments', NEW.segment_id, NULL);
END;
CREATE TRIGGER road_dust_loads_log_update AFTER UPDATE ON road_dust_loads
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) SELECT 'layer:road-segments', OLD.segment_id, NULL
    WHERE OLD.segment_id IS NOT NEW.segment_id;
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:road-segments', NEW.segment_id, NULL);
END;
CREATE TRIGGER road_dust_loads_log_delete AFTER DELETE ON road_dust_loads
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:road-segments', OLD.segment_id, NULL);
END;
CREATE TRIGGER stockyards_log_insert AFTER INSERT ON stockyards
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:stockyards', NEW.id, NULL);
END;
CREATE TRIGGER stockyards_log_update AFTER UPDATE ON stockyards
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) SELECT 'layer:stockyards', OLD.id, NULL
    WHERE OLD.id IS NOT NEW.id;
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:stockyards', NEW.id, NULL);
END;
CREATE TRIGGER stockyards_log_delete AFTER DELETE ON stockyards
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:stockyards', OLD.id, NULL);
END;
CREATE TRIGGER stockyard_inspections_log_insert AFTER INSERT ON stockyard_inspections
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:stockyards', NEW.stockyard_id, NULL);
END;
CREATE TRIGGER stockyard_inspections_log_update AFTER UPDATE ON stockyard_inspections
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) SELECT 'layer:stockyards', OLD.stockyard_id, NULL
    WHERE OLD.stockyard_id IS NOT NEW.stockyard_id;
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:stockyards', NEW.stockyard_id, NULL);
END;
CREATE TRIGGER stockyard_inspections_log_delete AFTER DELETE ON stockyard_inspections
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:stockyards', OLD.stockyard_id, NULL);
END;

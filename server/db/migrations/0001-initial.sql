-- Lantian data model, version 1.
-- Conventions:
--   * positions are WGS84 (EPSG:4326) lon/lat in decimal degrees, rounded to 6 decimals (~0.1 m);
--   * polygons are GeoJSON geometry text (Polygon | MultiPolygon, WGS84) with their bbox in columns;
--   * every entity row carries its township code and `provenance`: how far its position and
--     attributes can be trusted: 'official' (from a published register), 'approximate'
--     (real thing, position or shape estimated), 'synthetic' (generated demo data);
--   * dates are ISO 'YYYY-MM-DD'; hourly timestamps are 'YYYY-MM-DDTHH:00' in China Standard
--     Time (UTC+8) and label the END of the hour (CNEMC convention: '…T16:00' = 15:00–16:00);
--   * booleans are INTEGER 0/1; lists and records are JSON text.

CREATE TABLE dataset_meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE townships (
  code        TEXT PRIMARY KEY CHECK (length(code) = 9),
  code12      TEXT NOT NULL UNIQUE CHECK (length(code12) = 12),
  name        TEXT NOT NULL,
  name_en     TEXT NOT NULL,
  kind        TEXT NOT NULL CHECK (kind IN ('subdistrict', 'town', 'township')),
  lon         REAL NOT NULL,  -- seat / label point
  lat         REAL NOT NULL,
  geometry    TEXT NOT NULL,
  min_lon     REAL NOT NULL, min_lat REAL NOT NULL, max_lon REAL NOT NULL, max_lat REAL NOT NULL,
  area_km2    REAL NOT NULL CHECK (area_km2 > 0),
  provenance  TEXT NOT NULL CHECK (provenance IN ('official', 'approximate', 'synthetic')),
  source      TEXT NOT NULL
) STRICT;

CREATE TABLE villages (
  code           TEXT PRIMARY KEY CHECK (length(code) = 12),
  name           TEXT NOT NULL,
  kind           TEXT NOT NULL CHECK (kind IN ('village', 'community')),
  township_code  TEXT NOT NULL REFERENCES townships(code),
  lon            REAL NOT NULL,
  lat            REAL NOT NULL,
  provenance     TEXT NOT NULL CHECK (provenance IN ('official', 'approximate', 'synthetic')),
  source         TEXT NOT NULL
) STRICT;
CREATE INDEX villages_township ON villages(township_code);

-- Clean-heating status per village (task 7).
CREATE TABLE clean_heating (
  village_code      TEXT PRIMARY KEY REFERENCES villages(code) ON DELETE CASCADE,
  retrofit_type     TEXT NOT NULL CHECK (retrofit_type IN
                      ('none', 'coal-to-electricity', 'coal-to-gas', 'heat-pump', 'biomass', 'district-heating')),
  retrofit_year     INTEGER CHECK (retrofit_year IS NULL OR retrofit_year BETWEEN 2010 AND 2030),
  households        INTEGER NOT NULL CHECK (households >= 0),
  stable_operation  INTEGER CHECK (stable_operation IN (0, 1)),  -- NULL when not retrofitted
  in_progress       INTEGER NOT NULL DEFAULT 0 CHECK (in_progress IN (0, 1)),
  provenance        TEXT NOT NULL CHECK (provenance IN ('official', 'approximate', 'synthetic')),
  source            TEXT NOT NULL,
  CHECK ((retrofit_type = 'none') = (retrofit_year IS NULL)),
  CHECK ((retrofit_type = 'none') = (stable_operation IS NULL))
) STRICT;

-- Reports of scattered-coal re-burning (散煤复烧) in a village.
CREATE TABLE coal_reburn_reports (
  id            TEXT PRIMARY KEY,
  village_code  TEXT NOT NULL REFERENCES villages(code) ON DELETE CASCADE,
  reported_on   TEXT NOT NULL,
  channel       TEXT NOT NULL CHECK (channel IN ('patrol', 'hotline', 'township', 'satellite')),
  provenance    TEXT NOT NULL CHECK (provenance IN ('official', 'approximate', 'synthetic')),
  note          TEXT
) STRICT;
CREATE INDEX coal_reburn_reports_village ON coal_reburn_reports(village_code, reported_on);

CREATE TABLE enterprises (
  id                    TEXT PRIMARY KEY,
  name                  TEXT NOT NULL,
  industry              TEXT NOT NULL,
  township_code         TEXT NOT NULL REFERENCES townships(code),
  lon                   REAL NOT NULL,
  lat                   REAL NOT NULL,
  operating_status      TEXT NOT NULL CHECK (operating_status IN ('operating', 'suspended', 'relocating', 'closed')),
  performance_grade     TEXT NOT NULL CHECK (performance_grade IN ('A', 'B', 'C', 'D')),
  ule_status            TEXT NOT NULL CHECK (ule_status IN
                          ('not-applicable', 'not-started', 'in-progress', 'assessment', 'accepted')),
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
  CHECK ((key_vehicle_unit = 1) = (gate_system IS NOT NULL)),
  CHECK (voc_emitter = 1 OR voc_checklist IS NULL)
) STRICT;
CREATE INDEX enterprises_township ON enterprises(township_code);
CREATE INDEX enterprises_lon_lat ON enterprises(lon, lat);

-- Industrial kilns and boilers (tasks 4, 8).
CREATE TABLE kilns_boilers (
  id                 TEXT PRIMARY KEY,
  enterprise_id      TEXT NOT NULL REFERENCES enterprises(id) ON DELETE CASCADE,
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
CREATE INDEX kilns_boilers_enterprise ON kilns_boilers(enterprise_id);

CREATE TABLE construction_sites (
  id             TEXT PRIMARY KEY,
  name           TEXT NOT NULL,
  kind           TEXT NOT NULL,
  township_code  TEXT NOT NULL REFERENCES townships(code),
  lon            REAL NOT NULL,
  lat            REAL NOT NULL,
  area_m2        REAL NOT NULL CHECK (area_m2 > 0),
  start_date     TEXT NOT NULL,
  end_date       TEXT NOT NULL,
  contractor     TEXT NOT NULL,
  activities     TEXT NOT NULL,  -- JSON array: earthwork, structure, painting, asphalt, road-marking
  provenance     TEXT NOT NULL CHECK (provenance IN ('official', 'approximate', 'synthetic')),
  source         TEXT NOT NULL,
  CHECK (start_date <= end_date)
) STRICT;
CREATE INDEX construction_sites_township ON construction_sites(township_code);
CREATE INDEX construction_sites_lon_lat ON construction_sites(lon, lat);

-- Inspections of the "six 100%" (六个百分之百), one row per visit.
CREATE TABLE site_inspections (
  id                TEXT PRIMARY KEY,
  site_id           TEXT NOT NULL REFERENCES construction_sites(id) ON DELETE CASCADE,
  inspected_on      TEXT NOT NULL,
  enclosure         INTEGER NOT NULL CHECK (enclosure IN (0, 1)),         -- 周边围挡
  cover             INTEGER NOT NULL CHECK (cover IN (0, 1)),             -- 物料堆放覆盖
  washing           INTEGER NOT NULL CHECK (washing IN (0, 1)),           -- 出入车辆冲洗
  hardening         INTEGER NOT NULL CHECK (hardening IN (0, 1)),         -- 施工现场地面硬化
  wet_work          INTEGER NOT NULL CHECK (wet_work IN (0, 1)),          -- 土方开挖湿法作业
  sealed_transport  INTEGER NOT NULL CHECK (sealed_transport IN (0, 1)),  -- 渣土车辆密闭运输
  inspector         TEXT NOT NULL,
  provenance        TEXT NOT NULL CHECK (provenance IN ('official', 'approximate', 'synthetic'))
) STRICT;
CREATE INDEX site_inspections_site ON site_inspections(site_id, inspected_on);

-- NRMM control zones (非道路移动机械排放控制区, task 10).
CREATE TABLE nrmm_zones (
  id                  TEXT PRIMARY KEY,
  name                TEXT NOT NULL,
  township_code       TEXT NOT NULL REFERENCES townships(code),  -- township holding most of the zone
  geometry            TEXT NOT NULL,
  min_lon REAL NOT NULL, min_lat REAL NOT NULL, max_lon REAL NOT NULL, max_lat REAL NOT NULL,
  lon                 REAL NOT NULL,  -- label point
  lat                 REAL NOT NULL,
  area_km2            REAL NOT NULL CHECK (area_km2 > 0),
  min_stage           TEXT NOT NULL CHECK (min_stage IN ('I', 'II', 'III', 'IV')),
  effective_from      TEXT NOT NULL,
  provenance          TEXT NOT NULL CHECK (provenance IN ('official', 'approximate', 'synthetic')),
  source              TEXT NOT NULL
) STRICT;

-- Non-road mobile machinery (非道路移动机械).
CREATE TABLE machines (
  id                 TEXT PRIMARY KEY,
  type               TEXT NOT NULL,
  emission_stage     TEXT NOT NULL CHECK (emission_stage IN ('pre-I', 'I', 'II', 'III', 'IV', 'electric')),
  registration_code  TEXT,   -- 编码登记 code, opaque; NULL = not registered
  smoke_test         TEXT NOT NULL CHECK (smoke_test IN ('pass', 'fail', 'untested')),
  smoke_tested_on    TEXT,
  owner              TEXT NOT NULL,
  exempt_use         TEXT CHECK (exempt_use IN ('livelihood', 'emergency')),
  provenance         TEXT NOT NULL CHECK (provenance IN ('official', 'approximate', 'synthetic')),
  source             TEXT NOT NULL,
  CHECK ((smoke_test = 'untested') = (smoke_tested_on IS NULL))
) STRICT;

-- Time-stamped positions of machines (from trackers or inspections).
CREATE TABLE machine_positions (
  machine_id     TEXT NOT NULL REFERENCES machines(id) ON DELETE CASCADE,
  ts             TEXT NOT NULL,
  lon            REAL NOT NULL,
  lat            REAL NOT NULL,
  township_code  TEXT NOT NULL REFERENCES townships(code),
  PRIMARY KEY (machine_id, ts)
) STRICT, WITHOUT ROWID;

CREATE TABLE stations (
  code           TEXT PRIMARY KEY,
  name           TEXT NOT NULL,
  kind           TEXT NOT NULL CHECK (kind IN ('national', 'micro')),
  township_code  TEXT NOT NULL REFERENCES townships(code),
  lon            REAL NOT NULL,
  lat            REAL NOT NULL,
  status         TEXT NOT NULL CHECK (status IN ('active', 'stopped')),
  stopped_on     TEXT,
  provenance     TEXT NOT NULL CHECK (provenance IN ('official', 'approximate', 'synthetic')),
  -- provenance of the station's readings, which may differ from the station's own (real station, demo readings)
  readings_provenance TEXT NOT NULL CHECK (readings_provenance IN ('official', 'approximate', 'synthetic')),
  source         TEXT NOT NULL
) STRICT;

-- Hourly readings: SO2, NO2, PM10, PM2.5, O3 in µg/m³, CO in mg/m³; NULL = missing or invalid.
CREATE TABLE station_readings (
  station_code  TEXT NOT NULL REFERENCES stations(code) ON DELETE CASCADE,
  ts            TEXT NOT NULL,
  so2   REAL, no2 REAL, pm10 REAL, pm25 REAL, co REAL, o3 REAL,
  PRIMARY KEY (station_code, ts)
) STRICT, WITHOUT ROWID;

CREATE TABLE dustfall_points (
  id             TEXT PRIMARY KEY,
  name           TEXT NOT NULL,
  township_code  TEXT NOT NULL REFERENCES townships(code),
  lon            REAL NOT NULL,
  lat            REAL NOT NULL,
  provenance     TEXT NOT NULL CHECK (provenance IN ('official', 'approximate', 'synthetic')),
  source         TEXT NOT NULL
) STRICT;

-- Monthly dustfall (降尘, GB/T 15265-1994 gravimetric) in t/(km²·month).
CREATE TABLE dustfall_readings (
  point_id  TEXT NOT NULL REFERENCES dustfall_points(id) ON DELETE CASCADE,
  month     TEXT NOT NULL CHECK (length(month) = 7),
  value     REAL NOT NULL CHECK (value >= 0),
  PRIMARY KEY (point_id, month)
) STRICT, WITHOUT ROWID;

-- Reported illegal fuel points (task 17).
CREATE TABLE fuel_points (
  id             TEXT PRIMARY KEY,
  name           TEXT NOT NULL,
  kind           TEXT NOT NULL CHECK (kind IN ('unlicensed-tank', 'mobile-truck', 'black-station')),
  township_code  TEXT NOT NULL REFERENCES townships(code),
  lon            REAL NOT NULL,
  lat            REAL NOT NULL,
  reported_on    TEXT NOT NULL,
  status         TEXT NOT NULL CHECK (status IN ('reported', 'verified', 'closed')),
  closed_on      TEXT,
  provenance     TEXT NOT NULL CHECK (provenance IN ('official', 'approximate', 'synthetic')),
  source         TEXT NOT NULL,
  CHECK ((status = 'closed') = (closed_on IS NOT NULL))
) STRICT;

CREATE TABLE plan_targets (
  id          TEXT PRIMARY KEY,
  position    INTEGER NOT NULL UNIQUE,
  subject     TEXT NOT NULL,
  statistic   TEXT NOT NULL,
  limit_value REAL NOT NULL,
  unit        TEXT NOT NULL,
  basis       TEXT NOT NULL,
  standard    TEXT,
  strength    TEXT NOT NULL,
  name_zh     TEXT NOT NULL,
  name_en     TEXT NOT NULL,
  quote       TEXT NOT NULL
) STRICT;

-- The plan's 17 tasks: text from the plan (official), tracking state (status, note) from users.
CREATE TABLE plan_tasks (
  number             INTEGER PRIMARY KEY CHECK (number BETWEEN 1 AND 17),
  part               TEXT NOT NULL,
  section            TEXT NOT NULL,
  title              TEXT NOT NULL,
  title_en           TEXT NOT NULL,
  requirement        TEXT NOT NULL,
  lead_units         TEXT NOT NULL,
  cooperating_units  TEXT NOT NULL,
  responsible_units  TEXT NOT NULL,
  deadlines          TEXT NOT NULL,
  schedule           TEXT,
  period             TEXT,
  status             TEXT NOT NULL CHECK (status IN ('not-started', 'in-progress', 'done', 'overdue')),
  progress_note      TEXT,
  status_provenance  TEXT NOT NULL CHECK (status_provenance IN ('official', 'approximate', 'synthetic'))
) STRICT;

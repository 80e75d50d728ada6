-- The city-assigned annual binding indicators (市政府下达我区环境空气质量改善和大气主要污染物排放总量年度
-- 约束性指标, the plan's first target, requirement G1/G2): the plan names them without a figure, so an admin
-- enters each year's figures from the city's document (PUT /api/plan/indicators/:year). One row per year.
-- Concentration targets are upper limits (µg/m³, CO mg/m³); the good-day ratio (优良天数比例) is a floor, %;
-- emission totals are a cap and/or a reduction per pollutant, t/year. NULL: the document sets no such figure.
-- `provenance`: `official` (from the named document) or `synthetic` (the demo database's example row).
CREATE TABLE city_indicators (
  year              INTEGER PRIMARY KEY CHECK (year BETWEEN 2023 AND 2100),
  pm25              REAL CHECK (pm25 > 0),
  pm10              REAL CHECK (pm10 > 0),
  so2               REAL CHECK (so2 > 0),
  no2               REAL CHECK (no2 > 0),
  co                REAL CHECK (co > 0),
  o3                REAL CHECK (o3 > 0),
  good_day_ratio    REAL CHECK (good_day_ratio > 0 AND good_day_ratio <= 100),
  so2_cap           REAL CHECK (so2_cap > 0),
  so2_reduction     REAL CHECK (so2_reduction > 0),
  nox_cap           REAL CHECK (nox_cap > 0),
  nox_reduction     REAL CHECK (nox_reduction > 0),
  pm_cap            REAL CHECK (pm_cap > 0),
  pm_reduction      REAL CHECK (pm_reduction > 0),
  vocs_cap          REAL CHECK (vocs_cap > 0),
  vocs_reduction    REAL CHECK (vocs_reduction > 0),
  source_name       TEXT NOT NULL CHECK (length(source_name) > 0),
  source_number     TEXT,
  source_issuer     TEXT NOT NULL CHECK (length(source_issuer) > 0),
  source_date       TEXT NOT NULL,
  provenance        TEXT NOT NULL CHECK (provenance IN ('official', 'synthetic')),
  updated_at        TEXT NOT NULL,
  updated_by        TEXT NOT NULL
);

-- the change log (migration 0005): topic `plan`, key `indicators-<year>`
CREATE TRIGGER city_indicators_log_insert AFTER INSERT ON city_indicators
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('plan', 'indicators-' || NEW.year, NULL);
END;
CREATE TRIGGER city_indicators_log_update AFTER UPDATE ON city_indicators
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('plan', 'indicators-' || NEW.year, NULL);
END;
CREATE TRIGGER city_indicators_log_delete AFTER DELETE ON city_indicators
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('plan', 'indicators-' || OLD.year, NULL);
END;

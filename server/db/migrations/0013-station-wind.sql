-- Station wind (issue 18): the hourly wind a station reports with its ambient HJ 212 packet (a01007 风速, a01008
-- 风向), for the wind arrows over the concentration surface. `ts` is the hour-ending label like station_readings
-- ('…T16:00' = 15:00–16:00, China Standard Time). `ws` is the mean wind speed in m/s, `wd` the direction the wind
-- blows FROM in degrees clockwise from north (meteorological convention, 0 = N, 90 = E), [0, 360). A station hour
-- without a valid wind has no row. The demo seed writes a synthetic wind for the national stations
-- (seeds/generate/station-wind.ts); ingest writes the wind of accepted ambient packets (server/db/ingest-batch.ts).
CREATE TABLE station_wind (
  station_code  TEXT NOT NULL REFERENCES stations(code) ON DELETE CASCADE,
  ts            TEXT NOT NULL,
  ws            REAL NOT NULL CHECK (ws >= 0),
  wd            REAL NOT NULL CHECK (wd >= 0 AND wd < 360),
  PRIMARY KEY (station_code, ts)
) STRICT, WITHOUT ROWID;

-- The change log (0005): a wind change drops the cached surfaces ('wind', the station, the hour).
CREATE TRIGGER station_wind_log_insert AFTER INSERT ON station_wind
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('wind', NEW.station_code, NEW.ts);
END;
CREATE TRIGGER station_wind_log_update AFTER UPDATE ON station_wind
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('wind', NEW.station_code, NEW.ts);
END;
CREATE TRIGGER station_wind_log_delete AFTER DELETE ON station_wind
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('wind', OLD.station_code, OLD.ts);
END;

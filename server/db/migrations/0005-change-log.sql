-- The change log (issue 19): one row per changed row of the tables something derives from (the
-- statistics index, the layer response cache, the alert scheduler), written by triggers, so that
-- every connection, thread and process sees every other's writes in commit order. Readers keep the
-- last `seq` they applied and read the rows after it (server/services/change-feed.ts,
-- server/services/stats/). Topics and keys:
--   positions (machine_id, ts), readings (station_code, ts), dustfall (point_id, ts = month),
--   layer:<layerId> (the entity's id, or its parent's for child tables: inspections, heating status,
--   coal re-burn reports, kilns and boilers), townships (code), meta (key), plan (id or number),
--   alerts (alert id), accounts (user id).
--   reset (no key): rebuild everything (written by a bulk seed instead of one row per seeded row).
-- Not logged: sessions (a session slide must not invalidate anything), audit_log, task_events and
-- alert_ledger (nothing derives from them). The main thread's feed trims the log to its newest
-- rows; a reader whose last seq fell below the kept range rebuilds everything.
CREATE TABLE change_log (
  seq    INTEGER PRIMARY KEY AUTOINCREMENT,
  topic  TEXT NOT NULL,
  key    TEXT,
  ts     TEXT
);

-- A row here pauses logging (a bulk seed inserts one, writes a `reset` row and removes it, all in
-- its transaction). Empty otherwise; the triggers' check is one lookup in an empty table.
CREATE TABLE change_log_pause (
  reason  TEXT NOT NULL
);

CREATE TRIGGER machine_positions_log_insert AFTER INSERT ON machine_positions
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('positions', NEW.machine_id, NEW.ts);
END;
CREATE TRIGGER machine_positions_log_update AFTER UPDATE ON machine_positions
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) SELECT 'positions', OLD.machine_id, OLD.ts
    WHERE OLD.machine_id IS NOT NEW.machine_id OR OLD.ts IS NOT NEW.ts;
  INSERT INTO change_log (topic, key, ts) VALUES ('positions', NEW.machine_id, NEW.ts);
END;
CREATE TRIGGER machine_positions_log_delete AFTER DELETE ON machine_positions
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('positions', OLD.machine_id, OLD.ts);
END;
CREATE TRIGGER station_readings_log_insert AFTER INSERT ON station_readings
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('readings', NEW.station_code, NEW.ts);
END;
CREATE TRIGGER station_readings_log_update AFTER UPDATE ON station_readings
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) SELECT 'readings', OLD.station_code, OLD.ts
    WHERE OLD.station_code IS NOT NEW.station_code OR OLD.ts IS NOT NEW.ts;
  INSERT INTO change_log (topic, key, ts) VALUES ('readings', NEW.station_code, NEW.ts);
END;
CREATE TRIGGER station_readings_log_delete AFTER DELETE ON station_readings
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('readings', OLD.station_code, OLD.ts);
END;
CREATE TRIGGER dustfall_readings_log_insert AFTER INSERT ON dustfall_readings
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('dustfall', NEW.point_id, NEW.month);
END;
CREATE TRIGGER dustfall_readings_log_update AFTER UPDATE ON dustfall_readings
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) SELECT 'dustfall', OLD.point_id, OLD.month
    WHERE OLD.point_id IS NOT NEW.point_id OR OLD.month IS NOT NEW.month;
  INSERT INTO change_log (topic, key, ts) VALUES ('dustfall', NEW.point_id, NEW.month);
END;
CREATE TRIGGER dustfall_readings_log_delete AFTER DELETE ON dustfall_readings
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('dustfall', OLD.point_id, OLD.month);
END;
CREATE TRIGGER townships_log_insert AFTER INSERT ON townships
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('townships', NEW.code, NULL);
END;
CREATE TRIGGER townships_log_update AFTER UPDATE ON townships
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) SELECT 'townships', OLD.code, NULL
    WHERE OLD.code IS NOT NEW.code;
  INSERT INTO change_log (topic, key, ts) VALUES ('townships', NEW.code, NULL);
END;
CREATE TRIGGER townships_log_delete AFTER DELETE ON townships
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('townships', OLD.code, NULL);
END;
CREATE TRIGGER dataset_meta_log_insert AFTER INSERT ON dataset_meta
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('meta', NEW.key, NULL);
END;
CREATE TRIGGER dataset_meta_log_update AFTER UPDATE ON dataset_meta
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) SELECT 'meta', OLD.key, NULL
    WHERE OLD.key IS NOT NEW.key;
  INSERT INTO change_log (topic, key, ts) VALUES ('meta', NEW.key, NULL);
END;
CREATE TRIGGER dataset_meta_log_delete AFTER DELETE ON dataset_meta
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('meta', OLD.key, NULL);
END;
CREATE TRIGGER villages_log_insert AFTER INSERT ON villages
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:villages', NEW.code, NULL);
END;
CREATE TRIGGER villages_log_update AFTER UPDATE ON villages
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) SELECT 'layer:villages', OLD.code, NULL
    WHERE OLD.code IS NOT NEW.code;
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:villages', NEW.code, NULL);
END;
CREATE TRIGGER villages_log_delete AFTER DELETE ON villages
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:villages', OLD.code, NULL);
END;
CREATE TRIGGER clean_heating_log_insert AFTER INSERT ON clean_heating
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:villages', NEW.village_code, NULL);
END;
CREATE TRIGGER clean_heating_log_update AFTER UPDATE ON clean_heating
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) SELECT 'layer:villages', OLD.village_code, NULL
    WHERE OLD.village_code IS NOT NEW.village_code;
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:villages', NEW.village_code, NULL);
END;
CREATE TRIGGER clean_heating_log_delete AFTER DELETE ON clean_heating
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:villages', OLD.village_code, NULL);
END;
CREATE TRIGGER coal_reburn_reports_log_insert AFTER INSERT ON coal_reburn_reports
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:villages', NEW.village_code, NEW.reported_on);
END;
CREATE TRIGGER coal_reburn_reports_log_update AFTER UPDATE ON coal_reburn_reports
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) SELECT 'layer:villages', OLD.village_code, OLD.reported_on
    WHERE OLD.village_code IS NOT NEW.village_code OR OLD.reported_on IS NOT NEW.reported_on;
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:villages', NEW.village_code, NEW.reported_on);
END;
CREATE TRIGGER coal_reburn_reports_log_delete AFTER DELETE ON coal_reburn_reports
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:villages', OLD.village_code, OLD.reported_on);
END;
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
CREATE TRIGGER construction_sites_log_insert AFTER INSERT ON construction_sites
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:construction-sites', NEW.id, NULL);
END;
CREATE TRIGGER construction_sites_log_update AFTER UPDATE ON construction_sites
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) SELECT 'layer:construction-sites', OLD.id, NULL
    WHERE OLD.id IS NOT NEW.id;
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:construction-sites', NEW.id, NULL);
END;
CREATE TRIGGER construction_sites_log_delete AFTER DELETE ON construction_sites
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:construction-sites', OLD.id, NULL);
END;
CREATE TRIGGER site_inspections_log_insert AFTER INSERT ON site_inspections
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:construction-sites', NEW.site_id, NEW.inspected_on);
END;
CREATE TRIGGER site_inspections_log_update AFTER UPDATE ON site_inspections
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) SELECT 'layer:construction-sites', OLD.site_id, OLD.inspected_on
    WHERE OLD.site_id IS NOT NEW.site_id OR OLD.inspected_on IS NOT NEW.inspected_on;
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:construction-sites', NEW.site_id, NEW.inspected_on);
END;
CREATE TRIGGER site_inspections_log_delete AFTER DELETE ON site_inspections
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:construction-sites', OLD.site_id, OLD.inspected_on);
END;
CREATE TRIGGER nrmm_zones_log_insert AFTER INSERT ON nrmm_zones
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:nrmm-zones', NEW.id, NULL);
END;
CREATE TRIGGER nrmm_zones_log_update AFTER UPDATE ON nrmm_zones
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) SELECT 'layer:nrmm-zones', OLD.id, NULL
    WHERE OLD.id IS NOT NEW.id;
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:nrmm-zones', NEW.id, NULL);
END;
CREATE TRIGGER nrmm_zones_log_delete AFTER DELETE ON nrmm_zones
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:nrmm-zones', OLD.id, NULL);
END;
CREATE TRIGGER machines_log_insert AFTER INSERT ON machines
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:machines', NEW.id, NULL);
END;
CREATE TRIGGER machines_log_update AFTER UPDATE ON machines
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) SELECT 'layer:machines', OLD.id, NULL
    WHERE OLD.id IS NOT NEW.id;
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:machines', NEW.id, NULL);
END;
CREATE TRIGGER machines_log_delete AFTER DELETE ON machines
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:machines', OLD.id, NULL);
END;
CREATE TRIGGER stations_log_insert AFTER INSERT ON stations
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:stations', NEW.code, NULL);
END;
CREATE TRIGGER stations_log_update AFTER UPDATE ON stations
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) SELECT 'layer:stations', OLD.code, NULL
    WHERE OLD.code IS NOT NEW.code;
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:stations', NEW.code, NULL);
END;
CREATE TRIGGER stations_log_delete AFTER DELETE ON stations
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:stations', OLD.code, NULL);
END;
CREATE TRIGGER dustfall_points_log_insert AFTER INSERT ON dustfall_points
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:dustfall-points', NEW.id, NULL);
END;
CREATE TRIGGER dustfall_points_log_update AFTER UPDATE ON dustfall_points
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) SELECT 'layer:dustfall-points', OLD.id, NULL
    WHERE OLD.id IS NOT NEW.id;
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:dustfall-points', NEW.id, NULL);
END;
CREATE TRIGGER dustfall_points_log_delete AFTER DELETE ON dustfall_points
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:dustfall-points', OLD.id, NULL);
END;
CREATE TRIGGER fuel_points_log_insert AFTER INSERT ON fuel_points
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:fuel-points', NEW.id, NULL);
END;
CREATE TRIGGER fuel_points_log_update AFTER UPDATE ON fuel_points
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) SELECT 'layer:fuel-points', OLD.id, NULL
    WHERE OLD.id IS NOT NEW.id;
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:fuel-points', NEW.id, NULL);
END;
CREATE TRIGGER fuel_points_log_delete AFTER DELETE ON fuel_points
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:fuel-points', OLD.id, NULL);
END;
CREATE TRIGGER plan_targets_log_insert AFTER INSERT ON plan_targets
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('plan', NEW.id, NULL);
END;
CREATE TRIGGER plan_targets_log_update AFTER UPDATE ON plan_targets
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) SELECT 'plan', OLD.id, NULL
    WHERE OLD.id IS NOT NEW.id;
  INSERT INTO change_log (topic, key, ts) VALUES ('plan', NEW.id, NULL);
END;
CREATE TRIGGER plan_targets_log_delete AFTER DELETE ON plan_targets
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('plan', OLD.id, NULL);
END;
CREATE TRIGGER plan_tasks_log_insert AFTER INSERT ON plan_tasks
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('plan', NEW.number, NULL);
END;
CREATE TRIGGER plan_tasks_log_update AFTER UPDATE ON plan_tasks
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) SELECT 'plan', OLD.number, NULL
    WHERE OLD.number IS NOT NEW.number;
  INSERT INTO change_log (topic, key, ts) VALUES ('plan', NEW.number, NULL);
END;
CREATE TRIGGER plan_tasks_log_delete AFTER DELETE ON plan_tasks
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('plan', OLD.number, NULL);
END;
CREATE TRIGGER alerts_log_insert AFTER INSERT ON alerts
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('alerts', NEW.id, NULL);
END;
CREATE TRIGGER alerts_log_update AFTER UPDATE ON alerts
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) SELECT 'alerts', OLD.id, NULL
    WHERE OLD.id IS NOT NEW.id;
  INSERT INTO change_log (topic, key, ts) VALUES ('alerts', NEW.id, NULL);
END;
CREATE TRIGGER alerts_log_delete AFTER DELETE ON alerts
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('alerts', OLD.id, NULL);
END;
CREATE TRIGGER alert_events_log_insert AFTER INSERT ON alert_events
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('alerts', NEW.alert_id, NULL);
END;
CREATE TRIGGER alert_events_log_update AFTER UPDATE ON alert_events
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) SELECT 'alerts', OLD.alert_id, NULL
    WHERE OLD.alert_id IS NOT NEW.alert_id;
  INSERT INTO change_log (topic, key, ts) VALUES ('alerts', NEW.alert_id, NULL);
END;
CREATE TRIGGER alert_events_log_delete AFTER DELETE ON alert_events
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('alerts', OLD.alert_id, NULL);
END;
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

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadMigrations, migrate, schemaVersion } from '../../server/db/migrate.ts';
import { openDatabase } from '../../server/db/open-database.ts';

const expectedTables = [
  'alert_events',
  'alert_ledger',
  'alerts',
  'assistance_requests',
  'assistance_visits',
  'attachments',
  'audit_log',
  'built_up_areas',
  'carbon_replacements',
  'carbon_transfers',
  'case_attachments',
  'case_steps',
  'change_log',
  'change_log_pause',
  'checkpoints',
  'city_indicators',
  'clean_heating',
  'coal_projects',
  'coal_reburn_reports',
  'construction_sites',
  'dataset_meta',
  'department_plan_items',
  'departments',
  'device_data',
  'device_errors',
  'devices',
  'disposal_sites',
  'dustfall_points',
  'dustfall_readings',
  'emergency_list_entries',
  'emergency_list_measures',
  'emergency_list_reductions',
  'emergency_list_versions',
  'emergency_notifications',
  'emergency_requirements',
  'emergency_steps',
  'emergency_supervisors',
  'emergency_visits',
  'emergency_warning_events',
  'emergency_warnings',
  'energy_ledger',
  'enforcement_cases',
  'enterprises',
  'fuel_points',
  'fuel_samples',
  'fuel_traces',
  'gate_truck_records',
  'high_energy_projects',
  'kilns_boilers',
  'machine_positions',
  'machines',
  'muck_permits',
  'muck_positions',
  'muck_trucks',
  'nrmm_zones',
  'outlet_readings',
  'outlets',
  'plan_targets',
  'plan_tasks',
  'public_reports',
  'repair_shop_inspections',
  'repair_shops',
  'road_cleaning_standards',
  'road_cleanings',
  'road_dust_loads',
  'road_segments',
  'roadside_checks',
  'sessions',
  'site_inspections',
  'special_funds',
  'spill_reports',
  'sqlite_sequence',
  'stagger_schedules',
  'station_readings',
  'station_wind',
  'stations',
  'stockyard_inspections',
  'stockyards',
  'task_departments',
  'task_events',
  'township_leaders',
  'townships',
  'users',
  'vehicles',
  'villages',
  'voc_materials',
];

function tableNames(db: ReturnType<typeof openDatabase>): string[] {
  return (
    db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]
  ).map((r) => r.name);
}

describe('migrate', () => {
  it('creates every table on an empty database and records the version', () => {
    const db = openDatabase(':memory:');
    expect(schemaVersion(db)).toBe(0);
    const applied = migrate(db);
    expect(applied).toEqual(loadMigrations().map((m) => m.version));
    expect(tableNames(db)).toEqual(expectedTables);
    expect(schemaVersion(db)).toBe(loadMigrations().at(-1)?.version);
  });

  it('is idempotent: a second run applies nothing', () => {
    const db = openDatabase(':memory:');
    migrate(db);
    expect(migrate(db)).toEqual([]);
  });

  it('applies only migrations above the recorded version', () => {
    const db = openDatabase(':memory:');
    const migrations = [
      { version: 1, name: 'a', sql: 'CREATE TABLE a (x INTEGER) STRICT;' },
      { version: 2, name: 'b', sql: 'CREATE TABLE b (y INTEGER) STRICT;' },
    ];
    expect(migrate(db, migrations.slice(0, 1))).toEqual([1]);
    expect(migrate(db, migrations)).toEqual([2]);
    expect(tableNames(db)).toEqual(['a', 'b']);
  });

  it('rolls a failing migration back whole and keeps the version', () => {
    const db = openDatabase(':memory:');
    const broken = [{ version: 1, name: 'broken', sql: 'CREATE TABLE ok (x INTEGER); CREATE TABLE ok (x INTEGER);' }];
    expect(() => migrate(db, broken)).toThrow(/already exists/);
    expect(tableNames(db)).toEqual([]);
    expect(schemaVersion(db)).toBe(0);
  });

  it('refuses a database newer than the server', () => {
    const db = openDatabase(':memory:');
    db.pragma('user_version = 99');
    expect(() => migrate(db)).toThrow(/newer than this server/);
  });

  it('opens files in WAL mode with foreign keys enforced', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lantian-migrate-'));
    try {
      const db = openDatabase(join(dir, 'sub', 'x.db'));
      migrate(db);
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(() =>
        db
          .prepare("INSERT INTO villages VALUES ('140902999999', 'x', 'village', '140902999', 1, 1, 'synthetic', 's')")
          .run(),
      ).toThrow(/FOREIGN KEY/);
      db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rejects a provenance outside official/approximate/synthetic', () => {
    const db = openDatabase(':memory:');
    migrate(db);
    const insert = db.prepare(
      "INSERT INTO townships VALUES ('140902001', '140902001000', 'n', 'e', 'town', 1, 1, '{}', 0, 0, 1, 1, 1, ?, 's')",
    );
    expect(() => insert.run('guessed')).toThrow(/CHECK constraint/);
    expect(() => insert.run('approximate')).not.toThrow();
  });
});

import { describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from '../../server/db/migrate.ts';
import { openDatabase } from '../../server/db/open-database.ts';

/** Migration 0008 rebuilds enterprises (a new ule_status, four new columns) and kilns_boilers with it. */
describe('migration 0008-enterprise-obligations', () => {
  it('keeps every enterprise and kiln row, the cascade, the indexes and the change-log triggers', () => {
    const db = openDatabase(':memory:');
    const migrations = loadMigrations();
    const version = migrations.find((m) => m.name === 'enterprise-obligations')?.version ?? 0;
    migrate(
      db,
      migrations.filter((m) => m.version < version),
    );
    db.exec(`
      INSERT INTO townships VALUES ('140902001', '140902001000', '街道', 'Jiedao', 'subdistrict', 112.7, 38.4, '{}',
        112.6, 38.3, 112.8, 38.5, 10, 'official', 't');
      INSERT INTO enterprises (id, name, industry, township_code, lon, lat, operating_status, performance_grade,
        ule_status, ule_due, treatment_processes, voc_emitter, voc_checklist, activated_carbon, carbon_replaced_on,
        annual_freight_t, rail_spur, key_vehicle_unit, gate_system, plan_task, provenance, source)
      VALUES ('E1', '企业', 'cement-grinding', '140902001', 112.7, 38.4, 'operating', 'B', 'assessment', '2023-06-30',
        '[]', 0, NULL, 1, '2023-04-01', 1000, 'none', 0, NULL, 3, 'approximate', 't');
      INSERT INTO kilns_boilers VALUES ('E1-K1', 'E1', 'boiler', '供热', 'natural-gas', 4, 't/h', '低氮燃烧', 0,
        '2023-03-01', 1, 'synthetic');
    `);
    migrate(db, migrations);

    expect(db.prepare('SELECT id, ule_status, carbon_replaced_on, plan_task FROM enterprises').all()).toEqual([
      { id: 'E1', ule_status: 'assessment', carbon_replaced_on: '2023-04-01', plan_task: 3 },
    ]);
    expect(db.prepare('SELECT id, enterprise_id FROM kilns_boilers').all()).toEqual([
      { id: 'E1-K1', enterprise_id: 'E1' },
    ]);
    db.prepare(
      "UPDATE enterprises SET ule_status = 'monitoring-done', voc_water_soluble = 0, " +
        "emission_test_on = '2023-10-20', emission_test_result = 'pass', plan_requirement = 'T3.2' WHERE id = 'E1'",
    ).run();
    expect(() => db.prepare("UPDATE enterprises SET ule_status = 'done' WHERE id = 'E1'").run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE enterprises SET emission_test_result = 'ok' WHERE id = 'E1'").run()).toThrow(
      /CHECK/,
    );
    expect(
      db.prepare("SELECT topic, key FROM change_log WHERE topic = 'layer:enterprises' ORDER BY seq DESC LIMIT 1").get(),
    ).toEqual({ topic: 'layer:enterprises', key: 'E1' });
    const names = (type: string) =>
      (db.prepare('SELECT name FROM sqlite_schema WHERE type = ? ORDER BY name').pluck().all(type) as string[]).filter(
        (n) => n.startsWith('enterprises') || n.startsWith('kilns_boilers'),
      );
    expect(names('index')).toEqual(['enterprises_lon_lat', 'enterprises_township', 'kilns_boilers_enterprise']);
    expect(names('trigger')).toHaveLength(6);
    expect(db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'kilns_boilers'").pluck().get()).toMatch(
      /REFERENCES "?enterprises"?\(id\) ON DELETE CASCADE/,
    );
    db.prepare("DELETE FROM enterprises WHERE id = 'E1'").run();
    expect(db.prepare('SELECT count(*) FROM kilns_boilers').pluck().get()).toBe(0);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });
});

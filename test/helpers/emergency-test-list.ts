import type { Db } from '../../server/db/open-database.ts';

/** A list version with `ids` on it (yellow: limit 30 %, orange: limit 50 %, red: stop), effective from `from`. */
export function insertTestList(db: Db, label: string, from: string, ids: readonly string[]): number {
  const version = Number(
    db
      .prepare(
        `INSERT INTO emergency_list_versions (version, effective_from, title, signed_off_by, signed_off_on, note,
           source, provenance, created_at, created_by)
         VALUES (?, ?, '测试清单', '测试局长', ?, NULL, 'manual', 'synthetic', '2023-10-01T00:00:00Z', 'test')`,
      )
      .run(label, from, from).lastInsertRowid,
  );
  const entry = db.prepare(
    `INSERT INTO emergency_list_entries (version_id, enterprise_id, enterprise_name, grade, industry, built_up_area,
       heavy_polluter, contact) VALUES (?, ?, ?, 'C', '建材', 0, 0, NULL)`,
  );
  const measure = db.prepare(
    `INSERT INTO emergency_list_measures (version_id, enterprise_id, level, seq, line, kind, limit_pct, outlet_code,
       text) VALUES (?, ?, ?, 1, '1#回转窑', ?, ?, NULL, ?)`,
  );
  const reduction = db.prepare(
    `INSERT INTO emergency_list_reductions (version_id, enterprise_id, level, pm, so2, nox, vocs)
     VALUES (?, ?, ?, 0.1, 0.1, 0.2, 0)`,
  );
  for (const id of ids) {
    const name = (db.prepare('SELECT name FROM enterprises WHERE id = ?').get(id) as { name: string }).name;
    entry.run(version, id, name);
    measure.run(version, id, 'yellow', 'limit', 30, '1#回转窑限产30%');
    measure.run(version, id, 'orange', 'limit', 50, '1#回转窑限产50%');
    measure.run(version, id, 'red', 'stop', null, '1#回转窑停产');
    for (const level of ['yellow', 'orange', 'red']) reduction.run(version, id, level);
  }
  return version;
}

/** Removes every warning, visit and list version the demo data hold, so the test's own stand alone. */
export function clearEmergency(db: Db): void {
  db.prepare('DELETE FROM emergency_visits').run();
  db.prepare('DELETE FROM emergency_warnings').run();
  db.prepare('DELETE FROM emergency_list_versions').run();
}

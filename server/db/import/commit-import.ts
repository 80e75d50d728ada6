import type { Statement } from 'better-sqlite3';
import { recordAudit, type Actor } from '../audit-log.ts';
import type { Db } from '../open-database.ts';
import { toCstMinute } from '../../time/cst.ts';
import { newTownships, type ImportPlan } from './plan-import.ts';
import { reassignTownships } from './reassign-townships.ts';

/** What a committed import did. */
export interface ImportOutcome {
  inserted: number;
  updated: number;
  /** Township boundary imports: per table, records that moved to another township. */
  reassigned: Record<string, number>;
}

/**
 * Writes a plan that has no errors, all or nothing, in one transaction: upserts every record by
 * its official code, records each with its before and after in the audit log (and the import as
 * a whole), and, for township boundaries, moves every positioned record and its alerts to the
 * township its position lies in. Throws (and writes nothing) if the plan has errors.
 *
 * @param now the moment of the commit (the request's injected clock): the audit entries' time and
 *   the minute of the imported machine positions
 */
export function commitImport(db: Db, plan: ImportPlan, actor: Actor, now: Date): ImportOutcome {
  if (plan.problems.some((p) => p.severity === 'error')) throw new Error('an import with errors cannot be committed');
  const { target } = plan;
  const select = db.prepare(`SELECT * FROM ${target.table} WHERE ${target.key} = ?`);
  const at = now.toISOString();
  // one statement per column set (rows of a file mostly share one)
  const statements = new Map<string, Statement<unknown[]>>();
  const statement = (sql: string) => {
    let s = statements.get(sql);
    if (!s) statements.set(sql, (s = db.prepare(sql)));
    return s;
  };
  const position = db.prepare(
    `INSERT INTO machine_positions (machine_id, ts, lon, lat, township_code) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (machine_id, ts) DO UPDATE SET lon = excluded.lon, lat = excluded.lat,
       township_code = excluded.township_code`,
  );
  // BEGIN IMMEDIATE: the write lock first (waiting up to the busy timeout), so that another connection's
  // commit meanwhile (the commit runs in a worker) cannot fail the upgrade from read to write (SQLITE_BUSY_SNAPSHOT)
  return db
    .transaction((): ImportOutcome => {
      let inserted = 0;
      let updated = 0;
      for (const record of plan.records) {
        const before = select.get(record.key) as Record<string, unknown> | undefined;
        const names = Object.keys(record.columns).filter((c) => c !== target.key);
        if (before) {
          statement(
            `UPDATE ${target.table} SET ${names.map((c) => `${c} = @${c}`).join(', ')} ` +
              `WHERE ${target.key} = @${target.key}`,
          ).run({ ...record.columns, [target.key]: record.key });
          updated++;
        } else {
          const all = [target.key, ...names];
          statement(
            `INSERT INTO ${target.table} (${all.join(', ')}) VALUES (${all.map((c) => `@${c}`).join(', ')})`,
          ).run({ ...record.columns, [target.key]: record.key });
          inserted++;
        }
        if (record.position) {
          const { lon, lat, township } = record.position;
          position.run(record.key, toCstMinute(now), lon, lat, township);
        }
        const after = { ...before, ...record.columns, [target.key]: record.key };
        recordAudit(
          db,
          actor,
          {
            action: before ? 'import.update' : 'import.insert',
            entity: target.id,
            entityId: record.key,
            before: before ?? null,
            after,
          },
          at,
        );
      }
      const reassigned = target.id === 'townships' ? reassignTownships(db, newTownships(db, [])) : {};
      recordAudit(
        db,
        actor,
        {
          action: 'import.commit',
          entity: target.id,
          detail: {
            fileName: plan.fileName,
            format: plan.format,
            crs: plan.crs,
            inserted,
            updated,
            reassigned,
            warnings: plan.problems.length,
          },
        },
        at,
      );
      return { inserted, updated, reassigned };
    })
    .immediate();
}

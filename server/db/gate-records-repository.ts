import { bannedTruckStages } from '../schema/enums/emergency.ts';
import type { GateRecordsResponse } from '../schema/gate-records.ts';
import type { Db } from './open-database.ts';

/** What {@link readGateRecords} filters by; every field optional. */
export interface GateRecordFilter {
  enterpriseId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  bannedOnly?: boolean | undefined;
  limit?: number | undefined;
}

type Row = GateRecordsResponse['records'][number];

/**
 * The gate-system truck records (门禁系统进出记录) matching `filter`, newest first, at most `limit` (default
 * 1,000), with the count of all that match. Moments compare as CST `YYYY-MM-DDTHH:mm` text, inclusive.
 *
 * @example
 * readGateRecords(db, { enterpriseId: 'E0002', bannedOnly: true }).total; // trucks of 国五 and below
 */
export function readGateRecords(db: Db, filter: GateRecordFilter): GateRecordsResponse {
  const where: string[] = [];
  const params: (string | number)[] = [];
  if (filter.enterpriseId !== undefined) {
    where.push('g.enterprise_id = ?');
    params.push(filter.enterpriseId);
  }
  if (filter.from !== undefined) {
    where.push('g.at >= ?');
    params.push(filter.from);
  }
  if (filter.to !== undefined) {
    where.push('g.at <= ?');
    params.push(filter.to);
  }
  if (filter.bannedOnly) {
    where.push(`g.emission_stage IN (${bannedTruckStages.map(() => '?').join(', ')})`);
    params.push(...bannedTruckStages);
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = (db.prepare(`SELECT count(*) AS n FROM gate_truck_records g ${clause}`).get(...params) as { n: number })
    .n;
  const records = db
    .prepare(
      `SELECT g.enterprise_id AS enterpriseId, e.name AS enterpriseName, g.at, g.plate, g.direction,
              g.emission_stage AS stage, g.fuel, g.cargo, g.provenance
       FROM gate_truck_records g LEFT JOIN enterprises e ON e.id = g.enterprise_id
       ${clause} ORDER BY g.at DESC, g.enterprise_id, g.plate, g.direction LIMIT ?`,
    )
    .all(...params, filter.limit ?? 1000) as Row[];
  return { total, records };
}

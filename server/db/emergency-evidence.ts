/**
 * The evidence the heavy-pollution compliance check looks at (issue 15, task 15): for the enterprises of a list,
 * their township, the warning's resident supervisor, their stack outlets with the CEMS hours of the warning and of
 * the 7 days before it, the warning's supervision visits and the gate-system truck records. Reads only the listed
 * enterprises' outlets and only the hours in [start − 7 d, at].
 *
 * @module
 */
import type {
  CemsHour,
  EnterpriseEvidenceInput,
  GateEvidence,
  ListEntryRecord,
  OutletEvidence,
  VisitEvidence,
} from '../emergency/contract.ts';
import type { TruckStage } from '../schema/enums/emergency.ts';
import { addMinutes } from '../time/cst.ts';
import type { Db } from './open-database.ts';

/** Days of CEMS hours before a warning's start that make its baseline. */
export const BASELINE_DAYS = 7;

/** An hour with only its valid values, as SQL: flag N for pm, so2, nox; flow counts unless a flag says otherwise. */
const VALID_HOUR = `outlet_id AS outletId, ts,
  CASE WHEN json_extract(flags, '$.pm') = 'N' THEN pm END AS pm,
  CASE WHEN json_extract(flags, '$.so2') = 'N' THEN so2 END AS so2,
  CASE WHEN json_extract(flags, '$.nox') = 'N' THEN nox END AS nox,
  CASE WHEN coalesce(json_extract(flags, '$.flow'), 'N') = 'N' THEN flow END AS flow`;

/**
 * CEMS hours of the outlets of `enterpriseIds` (hour-end labels in `(baselineFrom, to]`), split at `splitAt`:
 * `baseline` up to it, `during` after it. Outlets without hours come with empty lists.
 */
export function readOutletEvidence(
  db: Db,
  enterpriseIds: readonly string[],
  range: { baselineFrom: string; splitAt: string; to: string },
): Map<string, OutletEvidence[]> {
  const ids = JSON.stringify(enterpriseIds);
  const outlets = db
    .prepare(
      `SELECT id, enterprise_id AS enterpriseId, code, name FROM outlets
       WHERE enterprise_id IN (SELECT value FROM json_each(?)) ORDER BY enterprise_id, id`,
    )
    .all(ids) as { id: string; enterpriseId: string; code: string; name: string }[];
  const byOutlet = new Map<string, { during: CemsHour[]; baseline: CemsHour[] }>();
  for (const o of outlets) byOutlet.set(o.id, { during: [], baseline: [] });
  if (outlets.length > 0) {
    const rows = db
      .prepare(
        `SELECT ${VALID_HOUR} FROM outlet_readings
         WHERE outlet_id IN (SELECT value FROM json_each(?)) AND ts > ? AND ts <= ? ORDER BY outlet_id, ts`,
      )
      .all(JSON.stringify(outlets.map((o) => o.id)), range.baselineFrom, range.to) as (CemsHour & {
      outletId: string;
    })[];
    for (const { outletId, ...hour } of rows) {
      const lists = byOutlet.get(outletId);
      if (!lists) continue;
      (hour.ts <= range.splitAt ? lists.baseline : lists.during).push(hour);
    }
  }
  const result = new Map<string, OutletEvidence[]>();
  for (const o of outlets) {
    const lists = byOutlet.get(o.id) ?? { during: [], baseline: [] };
    const list = result.get(o.enterpriseId) ?? [];
    list.push({ outletId: o.id, code: o.code, name: o.name, during: lists.during, baseline: lists.baseline });
    result.set(o.enterpriseId, list);
  }
  return result;
}

interface VisitRow {
  id: number;
  enterpriseId: string;
  visitedAt: string;
  inspector: string;
  verdict: VisitEvidence['verdict'];
  lines: string;
  note: string;
  photoId: number | null;
}

function parseLines(text: string): VisitEvidence['lines'] {
  try {
    const parsed = JSON.parse(text) as unknown;
    if (!Array.isArray(parsed)) return [];
    return parsed.filter(
      (l): l is VisitEvidence['lines'][number] =>
        l !== null &&
        typeof l === 'object' &&
        typeof (l as { line?: unknown }).line === 'string' &&
        ['stopped', 'limited', 'running'].includes((l as { state?: unknown }).state as string),
    );
  } catch {
    return [];
  }
}

/**
 * Everything the compliance check of warning `warningId` (started at `start`) looks at up to `at` for the listed
 * `entries`, in the entries' order. Six queries, whatever the list's size.
 *
 * @example
 * readEnterpriseEvidence(db, { warningId: 1, start: '2023-12-10T00:00', at: '2023-12-11T18:00', entries });
 */
export function readEnterpriseEvidence(
  db: Db,
  q: { warningId: number; start: string; at: string; entries: readonly ListEntryRecord[] },
): EnterpriseEvidenceInput[] {
  const ids = q.entries.map((e) => e.enterpriseId);
  const idsJson = JSON.stringify(ids);
  const enterprises = new Map(
    (
      db
        .prepare(
          `SELECT id, township_code AS township, gate_system AS gateSystem FROM enterprises
           WHERE id IN (SELECT value FROM json_each(?))`,
        )
        .all(idsJson) as { id: string; township: string; gateSystem: string | null }[]
    ).map((e) => [e.id, e]),
  );
  const supervisors = new Map(
    (
      db
        .prepare(
          `SELECT s.enterprise_id AS enterpriseId, coalesce(u.display_name, s.username) AS name
           FROM emergency_supervisors s LEFT JOIN users u ON u.id = s.user_id WHERE s.warning_id = ?`,
        )
        .all(q.warningId) as { enterpriseId: string; name: string }[]
    ).map((s) => [s.enterpriseId, s.name]),
  );
  const visits = new Map<string, VisitEvidence[]>();
  const visitRows = db
    .prepare(
      `SELECT id, enterprise_id AS enterpriseId, visited_at AS visitedAt, inspector, verdict, lines, note,
        photo_id AS photoId FROM emergency_visits
       WHERE warning_id = ? AND kind = 'supervision' AND visited_at <= ? ORDER BY visited_at, id`,
    )
    .all(q.warningId, q.at) as VisitRow[];
  for (const { enterpriseId, lines, ...v } of visitRows) {
    const list = visits.get(enterpriseId) ?? [];
    list.push({ ...v, lines: parseLines(lines) });
    visits.set(enterpriseId, list);
  }
  const gateHolders = new Set(
    (
      db
        .prepare(
          `SELECT DISTINCT enterprise_id AS id FROM gate_truck_records
           WHERE enterprise_id IN (SELECT value FROM json_each(?))`,
        )
        .all(idsJson) as { id: string }[]
    ).map((r) => r.id),
  );
  const gate = new Map<string, GateEvidence[]>();
  const gateRows = db
    .prepare(
      `SELECT enterprise_id AS enterpriseId, at, plate, direction, emission_stage AS stage FROM gate_truck_records
       WHERE enterprise_id IN (SELECT value FROM json_each(?)) AND at >= ? AND at <= ? ORDER BY at, plate`,
    )
    .all(idsJson, q.start, q.at) as {
    enterpriseId: string;
    at: string;
    plate: string;
    direction: 'in' | 'out';
    stage: TruckStage;
  }[];
  for (const { enterpriseId, ...r } of gateRows) {
    const list = gate.get(enterpriseId) ?? [];
    list.push(r);
    gate.set(enterpriseId, list);
  }
  const outlets = readOutletEvidence(db, ids, {
    baselineFrom: addMinutes(q.start, -BASELINE_DAYS * 24 * 60),
    splitAt: q.start,
    to: q.at,
  });
  return q.entries.map((entry) => {
    const e = enterprises.get(entry.enterpriseId);
    const hasGate =
      gateHolders.has(entry.enterpriseId) || e?.gateSystem === 'installed' || e?.gateSystem === 'networked';
    return {
      entry,
      township: e?.township ?? null,
      supervisor: supervisors.get(entry.enterpriseId) ?? null,
      outlets: outlets.get(entry.enterpriseId) ?? [],
      visits: visits.get(entry.enterpriseId) ?? [],
      gate: hasGate ? (gate.get(entry.enterpriseId) ?? []) : null,
    };
  });
}

/**
 * What opening a case reads about its source and its entity (alerts, public reports, fuel samples, the layers'
 * tables, departments): prepared statements keyed by layer, nothing built from input.
 *
 * @module
 */
import type { RuleHitLayer } from '../schema/enums/rule-id.ts';
import type { Db } from './open-database.ts';

/** The entity a case is about, as its layer's table holds it. */
export interface CaseEntity {
  layer: RuleHitLayer;
  id: string;
  name: string;
  township: string;
  /** The enterprise's industry; null for other layers. */
  industry: string | null;
}

/** One SELECT per layer giving (name, township, industry) of a feature by its id; null: no fixed township. */
const entityQueries: Readonly<Record<RuleHitLayer, string | null>> = {
  enterprises: 'SELECT name, township_code AS township, industry FROM enterprises WHERE id = ?',
  'construction-sites': 'SELECT name, township_code AS township, NULL AS industry FROM construction_sites WHERE id = ?',
  villages: 'SELECT name, township_code AS township, NULL AS industry FROM villages WHERE code = ?',
  machines: null,
  townships: 'SELECT name, code AS township, NULL AS industry FROM townships WHERE code = ?',
  'fuel-points': 'SELECT name, township_code AS township, NULL AS industry FROM fuel_points WHERE id = ?',
  vehicles: 'SELECT plate AS name, township_code AS township, NULL AS industry FROM vehicles WHERE id = ?',
  'repair-shops': 'SELECT name, township_code AS township, NULL AS industry FROM repair_shops WHERE id = ?',
  'muck-trucks': 'SELECT plate AS name, township_code AS township, NULL AS industry FROM muck_trucks WHERE id = ?',
  'road-segments': 'SELECT name, township_code AS township, NULL AS industry FROM road_segments WHERE id = ?',
  stockyards: 'SELECT name, township_code AS township, NULL AS industry FROM stockyards WHERE id = ?',
  'public-reports':
    "SELECT '群众举报 ' || ticket AS name, township_code AS township, NULL AS industry " +
    'FROM public_reports WHERE ticket = ?',
  'fuel-samples':
    "SELECT site_name || '（抽检 ' || sample_no || '）' AS name, township_code AS township, NULL AS industry " +
    'FROM fuel_samples WHERE sample_no = ?',
};

/**
 * The entity `id` of `layer`, or null when there is none (or the layer has no fixed township: machines move).
 * A vehicle or muck truck without a township is null as well (a case needs one).
 */
export function readCaseEntity(db: Db, layer: RuleHitLayer, id: string): CaseEntity | null {
  const sql = entityQueries[layer];
  if (sql === null) return null;
  const row = db.prepare(sql).get(id) as { name: string; township: string | null; industry: string | null } | undefined;
  if (!row || row.township === null) return null;
  return { layer, id, name: row.name, township: row.township, industry: row.industry };
}

/** An alert a case is opened on: its rule's task, layer, entity and township. */
export function readCaseAlert(
  db: Db,
  id: number,
): { id: number; task: number; layer: string; entityId: string; township: string; title: string } | null {
  const row = db
    .prepare(`SELECT id, task, layer, entity_id AS entityId, township_code AS township, title FROM alerts WHERE id = ?`)
    .get(id) as
    | { id: number; task: number; layer: string; entityId: string; township: string; title: string }
    | undefined;
  return row ?? null;
}

/** A public report a case is opened on. */
export function readCaseReport(
  db: Db,
  id: number,
): { id: number; ticket: string; category: string; township: string } | null {
  const row = db
    .prepare('SELECT id, ticket, category, township_code AS township FROM public_reports WHERE id = ?')
    .get(id) as { id: number; ticket: string; category: string; township: string } | undefined;
  return row ?? null;
}

/** A fuel sample a case is opened on, with its result and whether a trace row exists. */
export function readCaseSample(
  db: Db,
  id: number,
): { id: number; sampleNo: string; result: string; township: string; hasTrace: boolean } | null {
  const row = db
    .prepare(
      `SELECT s.id, s.sample_no AS sampleNo, s.result, s.township_code AS township,
         EXISTS (SELECT 1 FROM fuel_traces t WHERE t.sample_id = s.id) AS hasTrace
       FROM fuel_samples s WHERE s.id = ?`,
    )
    .get(id) as { id: number; sampleNo: string; result: string; township: string; hasTrace: number } | undefined;
  return row ? { ...row, hasTrace: row.hasTrace === 1 } : null;
}

/** Links the trace of fuel sample `sampleId` (if any) to case `caseId`. */
export function linkFuelTrace(db: Db, sampleId: number, caseId: number, updatedAt: string): void {
  db.prepare('UPDATE fuel_traces SET case_id = ?, updated_at = ? WHERE sample_id = ?').run(caseId, updatedAt, sampleId);
}

/** Whether department `id` exists. */
export function departmentExists(db: Db, id: string): boolean {
  return db.prepare('SELECT 1 FROM departments WHERE id = ?').get(id) !== undefined;
}

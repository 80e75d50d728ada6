/**
 * Stockyards (堆场, issue 16, task 12) and their inspections: the reads behind the rules' facts and the
 * inspections API, and the insert of an inspection.
 *
 * @module
 */
import type { Provenance } from '../schema/enums/provenance.ts';
import { stockyardControls, type StockyardControl } from '../schema/enums/stockyard.ts';
import type { StockyardInspection, StockyardProperties } from '../schema/stockyard.ts';
import { stockyardsLayer } from './layers/stockyards.ts';
import type { Db } from './open-database.ts';

/** Most inspections GET /api/stockyards/:id/inspections lists (newest first). */
export const MAX_STOCKYARD_INSPECTIONS = 500;

/**
 * Every stockyard with its latest inspection up to as-of's day, as the `stockyards` layer serves it: the facts of
 * the task-12 stockyard rules (one query).
 */
export function readStockyardFacts(db: Db, asOf: string): StockyardProperties[] {
  return stockyardsLayer.features(db, {}, asOf).map((f) => f.properties as StockyardProperties);
}

/** A stockyard's identity and township, or undefined when there is none with `id`. */
export function readStockyardPlace(
  db: Db,
  id: string,
): { id: string; name: string; township: string; townshipName: string } | undefined {
  return db
    .prepare(
      `SELECT y.id, y.name, y.township_code AS township, t.name AS townshipName
       FROM stockyards y JOIN townships t ON t.code = y.township_code WHERE y.id = ?`,
    )
    .get(id) as { id: string; name: string; township: string; townshipName: string } | undefined;
}

interface InspectionRow {
  id: number;
  stockyard_id: string;
  inspected_on: string;
  enclosure: number;
  cover: number;
  spraying: number;
  wheel_washing: number;
  hard_surface: number;
  inspector: string;
  note: string | null;
  provenance: Provenance;
  recorded_at: string;
}

const inspectionView = (r: InspectionRow): StockyardInspection => {
  const checks: Record<StockyardControl, boolean> = {
    enclosure: r.enclosure === 1,
    cover: r.cover === 1,
    spraying: r.spraying === 1,
    wheelWashing: r.wheel_washing === 1,
    hardSurface: r.hard_surface === 1,
  };
  return {
    id: r.id,
    stockyardId: r.stockyard_id,
    inspectedOn: r.inspected_on,
    checks,
    failedControls: stockyardControls.filter((c) => !checks[c]),
    inspector: r.inspector,
    note: r.note,
    provenance: r.provenance,
    recordedAt: r.recorded_at,
  };
};

/** A stockyard's inspections, newest first (by date, then by entry), at most {@link MAX_STOCKYARD_INSPECTIONS}. */
export function readStockyardInspections(db: Db, stockyardId: string): StockyardInspection[] {
  const rows = db
    .prepare(
      `SELECT * FROM stockyard_inspections WHERE stockyard_id = ?
       ORDER BY inspected_on DESC, id DESC LIMIT ${MAX_STOCKYARD_INSPECTIONS}`,
    )
    .all(stockyardId) as InspectionRow[];
  return rows.map(inspectionView);
}

/** What one inspection stores. */
export interface NewStockyardInspection {
  stockyardId: string;
  inspectedOn: string;
  checks: Record<StockyardControl, boolean>;
  inspector: string;
  note: string | null;
  provenance: Provenance;
  /** ISO 8601 UTC. */
  recordedAt: string;
}

/** Inserts one inspection (inside the writer's transaction) and returns it as the API shows it. */
export function insertStockyardInspection(db: Db, inspection: NewStockyardInspection): StockyardInspection {
  const bit = (value: boolean) => (value ? 1 : 0);
  const { checks } = inspection;
  const row = db
    .prepare(
      `INSERT INTO stockyard_inspections (stockyard_id, inspected_on, enclosure, cover, spraying, wheel_washing,
         hard_surface, inspector, note, provenance, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       RETURNING *`,
    )
    .get(
      inspection.stockyardId,
      inspection.inspectedOn,
      bit(checks.enclosure),
      bit(checks.cover),
      bit(checks.spraying),
      bit(checks.wheelWashing),
      bit(checks.hardSurface),
      inspection.inspector,
      inspection.note,
      inspection.provenance,
      inspection.recordedAt,
    ) as InspectionRow;
  return inspectionView(row);
}

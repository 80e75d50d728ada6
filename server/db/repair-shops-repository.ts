import type { RepairInspection } from '../schema/repair-inspections.ts';
import type { Db } from './open-database.ts';

/** Inspections GET /api/repair-shops/:id/inspections returns at most (newest first). */
export const MAX_REPAIR_INSPECTIONS = 500;

interface InspectionRow {
  id: number;
  shop_id: string;
  inspected_on: string;
  aftertreatment_removal: number;
  obd_tampering: number;
  ledger_complete: number;
  outcome: RepairInspection['outcome'];
  rectified_on: string | null;
  inspector: string;
  note: string | null;
  provenance: RepairInspection['provenance'];
  recorded_at: string;
}

function inspectionView(row: InspectionRow): RepairInspection {
  return {
    id: row.id,
    shopId: row.shop_id,
    inspectedOn: row.inspected_on,
    aftertreatmentRemoval: row.aftertreatment_removal === 1,
    obdTampering: row.obd_tampering === 1,
    ledgerComplete: row.ledger_complete === 1,
    outcome: row.outcome,
    rectifiedOn: row.rectified_on,
    inspector: row.inspector,
    note: row.note,
    provenance: row.provenance,
    recordedAt: row.recorded_at,
  };
}

/** A repair shop's name and township, or undefined when there is none with this id. */
export function readRepairShop(
  db: Db,
  id: string,
): { id: string; name: string; township: string; townshipName: string } | undefined {
  return db
    .prepare(
      `SELECT s.id, s.name, s.township_code AS township, t.name AS townshipName
       FROM repair_shops s JOIN townships t ON t.code = s.township_code WHERE s.id = ?`,
    )
    .get(id) as ReturnType<typeof readRepairShop>;
}

/** A shop's inspections, newest first (at most {@link MAX_REPAIR_INSPECTIONS}). */
export function readRepairInspections(db: Db, shopId: string): RepairInspection[] {
  const rows = db
    .prepare('SELECT * FROM repair_shop_inspections WHERE shop_id = ? ORDER BY inspected_on DESC, id DESC LIMIT ?')
    .all(shopId, MAX_REPAIR_INSPECTIONS) as InspectionRow[];
  return rows.map(inspectionView);
}

/** One inspection by id. */
export function readRepairInspection(db: Db, id: number): RepairInspection | undefined {
  const row = db.prepare('SELECT * FROM repair_shop_inspections WHERE id = ?').get(id) as InspectionRow | undefined;
  return row && inspectionView(row);
}

/** Stores one inspection; returns its id. */
export function insertRepairInspection(db: Db, inspection: Omit<RepairInspection, 'id'>): number {
  const result = db
    .prepare(
      `INSERT INTO repair_shop_inspections (shop_id, inspected_on, aftertreatment_removal, obd_tampering,
         ledger_complete, outcome, rectified_on, inspector, note, provenance, recorded_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      inspection.shopId,
      inspection.inspectedOn,
      inspection.aftertreatmentRemoval ? 1 : 0,
      inspection.obdTampering ? 1 : 0,
      inspection.ledgerComplete ? 1 : 0,
      inspection.outcome,
      inspection.rectifiedOn,
      inspection.inspector,
      inspection.note,
      inspection.provenance,
      inspection.recordedAt,
    );
  return Number(result.lastInsertRowid);
}

/** Records the rectification date of an inspection's findings. */
export function updateRectifiedOn(db: Db, id: number, rectifiedOn: string): void {
  db.prepare('UPDATE repair_shop_inspections SET rectified_on = ? WHERE id = ?').run(rectifiedOn, id);
}

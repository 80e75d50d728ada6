/**
 * The task-13 ledgers' tables (issue 17): `carbon_replacements`, `carbon_transfers`, `voc_materials`, read with the
 * enterprises they belong to. Prepared statements only; every list is bounded.
 *
 * @module
 */
import type { Provenance } from '../schema/enums/provenance.ts';
import type { VocMaterial, VocUnit } from '../schema/enums/voc-material.ts';
import type { CarbonTransferFact } from '../voc/transfer-coverage.ts';
import type { CarbonReplacementFact, MaterialLedgerFact, VocFacts } from '../voc/voc-facts.ts';
import type { Db } from './open-database.ts';

/** Most enterprises a ledger list reads. */
export const MAX_LEDGER_ENTERPRISES = 500;

/** An enterprise as the ledgers show it. */
export interface VocEnterprise {
  id: string;
  name: string;
  industry: string;
  township: string;
  townshipName: string;
  lon: number;
  lat: number;
}

export interface ReplacementRow extends CarbonReplacementFact {
  enterpriseId: string;
  provenance: Provenance;
}

export interface TransferRow extends CarbonTransferFact {
  enterpriseId: string;
  manifestNo: string;
  receiver: string;
  provenance: Provenance;
}

export interface MaterialRow {
  id: number;
  enterpriseId: string;
  year: number;
  material: VocMaterial;
  product: string;
  quantityT: number;
  vocContent: number;
  vocUnit: VocUnit;
  limitValue: number;
  standard: string;
  lowVoc: boolean;
  provenance: Provenance;
}

const ENTERPRISE_COLUMNS =
  'e.id, e.name, e.industry, e.township_code AS township, t.name AS townshipName, e.lon, e.lat';

/** The enterprise `id` or undefined. */
export function readVocEnterprise(db: Db, id: string): VocEnterprise | undefined {
  return db
    .prepare(
      `SELECT ${ENTERPRISE_COLUMNS} FROM enterprises e JOIN townships t ON t.code = e.township_code WHERE e.id = ?`,
    )
    .get(id) as VocEnterprise | undefined;
}

/**
 * Enterprises using activated-carbon adsorption (flagged on the register, or with a replacement on record), by id,
 * filtered; at most {@link MAX_LEDGER_ENTERPRISES}.
 */
export function readCarbonEnterprises(db: Db, filter: { township?: string; enterprise?: string }): VocEnterprise[] {
  return db
    .prepare(
      `SELECT ${ENTERPRISE_COLUMNS} FROM enterprises e JOIN townships t ON t.code = e.township_code
       WHERE (e.activated_carbon = 1 OR EXISTS (SELECT 1 FROM carbon_replacements r WHERE r.enterprise_id = e.id))
         AND (@township IS NULL OR e.township_code = @township) AND (@enterprise IS NULL OR e.id = @enterprise)
       ORDER BY e.id LIMIT ${MAX_LEDGER_ENTERPRISES}`,
    )
    .all({ township: filter.township ?? null, enterprise: filter.enterprise ?? null }) as VocEnterprise[];
}

/** Replacements on or before `day`, oldest first, of the enterprises (all when `ids` is null). */
export function readReplacements(db: Db, day: string, ids: readonly string[] | null): ReplacementRow[] {
  return db
    .prepare(
      `SELECT id, enterprise_id AS enterpriseId, facility, replaced_on AS replacedOn, carbon_form AS carbonForm,
              filled_kg AS filledKg, design_fill_kg AS designFillKg, iodine_mg_g AS iodineMgG, spent_kg AS spentKg,
              provenance
       FROM carbon_replacements
       WHERE replaced_on <= @day AND (@all = 1 OR enterprise_id IN (SELECT value FROM json_each(@ids)))
       ORDER BY enterprise_id, replaced_on, id`,
    )
    .all({ day, all: ids === null ? 1 : 0, ids: JSON.stringify(ids ?? []) }) as ReplacementRow[];
}

/** Transfers on or before `day`, oldest first, of the enterprises (all when `ids` is null). */
export function readTransfers(db: Db, day: string, ids: readonly string[] | null): TransferRow[] {
  return db
    .prepare(
      `SELECT id, enterprise_id AS enterpriseId, replacement_id AS replacementId, manifest_no AS manifestNo, receiver,
              quantity_kg AS quantityKg, transferred_on AS transferredOn, provenance
       FROM carbon_transfers
       WHERE transferred_on <= @day AND (@all = 1 OR enterprise_id IN (SELECT value FROM json_each(@ids)))
       ORDER BY enterprise_id, transferred_on, id`,
    )
    .all({ day, all: ids === null ? 1 : 0, ids: JSON.stringify(ids ?? []) }) as TransferRow[];
}

/** The replacement `id` (its enterprise and date) or undefined. */
export function readReplacementOwner(db: Db, id: number): { enterpriseId: string; replacedOn: string } | undefined {
  return db
    .prepare('SELECT enterprise_id AS enterpriseId, replaced_on AS replacedOn FROM carbon_replacements WHERE id = ?')
    .get(id) as { enterpriseId: string; replacedOn: string } | undefined;
}

/** Whether a transfer with manifest `manifestNo` is held. */
export function manifestHeld(db: Db, manifestNo: string): boolean {
  return db.prepare('SELECT 1 FROM carbon_transfers WHERE manifest_no = ?').get(manifestNo) !== undefined;
}

/** Inserts a replacement; its id. */
export function insertReplacement(db: Db, row: Omit<ReplacementRow, 'id'> & { source: string }): number {
  return Number(
    db
      .prepare(
        `INSERT INTO carbon_replacements (enterprise_id, facility, replaced_on, carbon_form, filled_kg, design_fill_kg,
           iodine_mg_g, spent_kg, provenance, source)
         VALUES (@enterpriseId, @facility, @replacedOn, @carbonForm, @filledKg, @designFillKg, @iodineMgG, @spentKg,
           @provenance, @source)`,
      )
      .run(row).lastInsertRowid,
  );
}

/** Inserts a transfer; its id. */
export function insertTransfer(db: Db, row: Omit<TransferRow, 'id'> & { source: string }): number {
  return Number(
    db
      .prepare(
        `INSERT INTO carbon_transfers (enterprise_id, replacement_id, manifest_no, receiver, quantity_kg,
           transferred_on, provenance, source)
         VALUES (@enterpriseId, @replacementId, @manifestNo, @receiver, @quantityKg, @transferredOn, @provenance,
           @source)`,
      )
      .run(row).lastInsertRowid,
  );
}

/** Inserts a material record; its id. */
export function insertMaterial(db: Db, row: Omit<MaterialRow, 'id'> & { source: string }): number {
  return Number(
    db
      .prepare(
        `INSERT INTO voc_materials (enterprise_id, year, material, product, quantity_t, voc_content, voc_unit,
           limit_value, standard, low_voc, provenance, source)
         VALUES (@enterpriseId, @year, @material, @product, @quantityT, @vocContent, @vocUnit, @limitValue,
           @standard, @lowVoc, @provenance, @source)`,
      )
      .run({ ...row, lowVoc: row.lowVoc ? 1 : 0 }).lastInsertRowid,
  );
}

const MATERIAL_COLUMNS = `m.id, m.enterprise_id AS enterpriseId, m.year, m.material, m.product,
  m.quantity_t AS quantityT,
  m.voc_content AS vocContent, m.voc_unit AS vocUnit, m.limit_value AS limitValue, m.standard, m.low_voc AS lowVoc,
  m.provenance`;

type RawMaterial = Omit<MaterialRow, 'lowVoc'> & { lowVoc: number };
const toMaterial = (row: RawMaterial): MaterialRow => ({ ...row, lowVoc: row.lowVoc === 1 });

/**
 * Material records with their enterprises, filtered: the year `year`, or else each enterprise's latest year up to
 * `maxYear`; at most {@link MAX_LEDGER_ENTERPRISES} enterprises.
 */
export function readMaterialLedgers(
  db: Db,
  filter: { township?: string; enterprise?: string; industries?: readonly string[]; year?: number; maxYear: number },
): { enterprise: VocEnterprise; year: number; items: MaterialRow[] }[] {
  const params = {
    township: filter.township ?? null,
    enterprise: filter.enterprise ?? null,
    industries: filter.industries ? JSON.stringify(filter.industries) : null,
    year: filter.year ?? null,
    maxYear: filter.maxYear,
  };
  const chosen = db
    .prepare(
      `SELECT ${ENTERPRISE_COLUMNS}, max(m.year) AS year
       FROM voc_materials m JOIN enterprises e ON e.id = m.enterprise_id JOIN townships t ON t.code = e.township_code
       WHERE (@year IS NULL OR m.year = @year) AND m.year <= @maxYear
         AND (@township IS NULL OR e.township_code = @township) AND (@enterprise IS NULL OR e.id = @enterprise)
         AND (@industries IS NULL OR e.industry IN (SELECT value FROM json_each(@industries)))
       GROUP BY e.id ORDER BY e.id LIMIT ${MAX_LEDGER_ENTERPRISES}`,
    )
    .all(params) as (VocEnterprise & { year: number })[];
  const items = db.prepare(
    `SELECT ${MATERIAL_COLUMNS} FROM voc_materials m
     WHERE m.enterprise_id = ? AND m.year = ? ORDER BY m.material, m.id`,
  );
  return chosen.map(({ year, ...enterprise }) => ({
    enterprise,
    year,
    items: (items.all(enterprise.id, year) as RawMaterial[]).map(toMaterial),
  }));
}

/** Every material record up to `maxYear` with its enterprise's industry (the summary's shares), township-filtered. */
export function readMaterialShareRows(
  db: Db,
  maxYear: number,
  township: string | null,
): { enterpriseId: string; industry: string; year: number; quantityT: number; lowVoc: boolean }[] {
  const rows = db
    .prepare(
      `SELECT m.enterprise_id AS enterpriseId, e.industry, m.year, m.quantity_t AS quantityT, m.low_voc AS lowVoc
       FROM voc_materials m JOIN enterprises e ON e.id = m.enterprise_id
       WHERE m.year <= ? AND (? IS NULL OR e.township_code = ?) ORDER BY m.year, m.enterprise_id`,
    )
    .all(maxYear, township, township) as {
    enterpriseId: string;
    industry: string;
    year: number;
    quantityT: number;
    lowVoc: number;
  }[];
  return rows.map((r) => ({ ...r, lowVoc: r.lowVoc === 1 }));
}

/**
 * The facts of the task-13 ledger rules at `asOf`: carbon records up to its day, each enterprise's materials of its
 * latest year up to its year. Three indexed reads.
 */
export function readVocFacts(db: Db, asOf: string): VocFacts {
  const day = asOf.slice(0, 10);
  const townships = new Map(
    (
      db.prepare('SELECT id, township_code AS township FROM enterprises').all() as { id: string; township: string }[]
    ).map((e) => [e.id, e.township]),
  );
  const replacements = readReplacements(db, day, null);
  const transfers = readTransfers(db, day, null);
  const carbon = new Map<string, { replacements: CarbonReplacementFact[]; transfers: CarbonTransferFact[] }>();
  const ledger = (id: string) => {
    let held = carbon.get(id);
    if (!held) carbon.set(id, (held = { replacements: [], transfers: [] }));
    return held;
  };
  for (const r of replacements) ledger(r.enterpriseId).replacements.push(r);
  for (const t of transfers) if (carbon.has(t.enterpriseId)) ledger(t.enterpriseId).transfers.push(t);
  const materialRows = db
    .prepare(
      `SELECT ${MATERIAL_COLUMNS} FROM voc_materials m
       WHERE m.year = (SELECT max(year) FROM voc_materials x WHERE x.enterprise_id = m.enterprise_id AND x.year <= ?)
       ORDER BY m.enterprise_id, m.id`,
    )
    .all(Number(asOf.slice(0, 4))) as RawMaterial[];
  const materials = new Map<string, MaterialLedgerFact & { items: MaterialRow[] }>();
  for (const row of materialRows.map(toMaterial)) {
    let held = materials.get(row.enterpriseId);
    if (!held) {
      held = {
        enterpriseId: row.enterpriseId,
        township: townships.get(row.enterpriseId) ?? '',
        year: row.year,
        items: [],
      };
      materials.set(row.enterpriseId, held);
    }
    held.items.push(row);
  }
  return {
    carbon: [...carbon].map(([enterpriseId, held]) => ({
      enterpriseId,
      township: townships.get(enterpriseId) ?? '',
      ...held,
    })),
    materials: [...materials.values()],
  };
}

/**
 * The emergency reduction list's register (应急减排清单, migration 0010): its versions (each immutable: a revision
 * is a new version holding the whole list), their entries, measures and reductions, and the reductions the
 * emergency plan requires. The version in force on a day is the newest with effective_from <= that day (ties: the
 * later written); likewise the requirement.
 *
 * @module
 */
import { warningLevels, type WarningLevel } from '../schema/enums/emergency.ts';
import type {
  ListEntryInput,
  ListMeasure,
  ListRevisionBody,
  ListVersionSummary,
  Reductions,
  Requirement,
  RequirementBody,
} from '../schema/emergency-list.ts';
import type { Provenance } from '../schema/common.ts';
import { err, ok, type Result } from '../result.ts';
import type { Db } from './open-database.ts';

interface VersionRow {
  id: number;
  version: string;
  effective_from: string;
  title: string;
  signed_off_by: string;
  signed_off_on: string;
  note: string | null;
  source: string;
  provenance: Provenance;
  created_at: string;
  created_by: string;
  enterprises: number;
}

const VERSION_SELECT = `SELECT v.id, v.version, v.effective_from, v.title, v.signed_off_by, v.signed_off_on, v.note,
  v.source, v.provenance, v.created_at, v.created_by,
  (SELECT count(*) FROM emergency_list_entries e WHERE e.version_id = v.id) AS enterprises
  FROM emergency_list_versions v`;

const toSummary = (r: VersionRow): ListVersionSummary => ({
  id: r.id,
  version: r.version,
  effectiveFrom: r.effective_from,
  title: r.title,
  signedOffBy: r.signed_off_by,
  signedOffOn: r.signed_off_on,
  note: r.note,
  source: r.source,
  provenance: r.provenance,
  createdAt: r.created_at,
  createdBy: r.created_by,
  enterprises: r.enterprises,
});

/** Every version, newest effective first (ties: the later written first). */
export function readListVersions(db: Db): ListVersionSummary[] {
  return (db.prepare(`${VERSION_SELECT} ORDER BY v.effective_from DESC, v.id DESC`).all() as VersionRow[]).map(
    toSummary,
  );
}

/** One version's head, or null. */
export function readListVersionSummary(db: Db, id: number): ListVersionSummary | null {
  const row = db.prepare(`${VERSION_SELECT} WHERE v.id = ?`).get(id) as VersionRow | undefined;
  return row ? toSummary(row) : null;
}

interface EntryRow {
  enterprise_id: string;
  enterprise_name: string;
  grade: ListEntryInput['grade'];
  industry: string;
  built_up_area: number;
  heavy_polluter: number;
  contact: string | null;
}
interface MeasureRow {
  enterprise_id: string;
  level: WarningLevel;
  line: string;
  kind: ListMeasure['kind'];
  limit_pct: number | null;
  outlet_code: string | null;
  text: string;
}
interface ReductionRow extends Reductions {
  enterprise_id: string;
  level: WarningLevel;
}

const zeroReductions = (): Reductions => ({ pm: 0, so2: 0, nox: 0, vocs: 0 });

/**
 * A version with its entries (enterprise id order; measures in their seq order), or null for an unknown id.
 *
 * @example
 * readListVersion(db, 2)?.entries[0].measures.orange; // [{ line: '1#窑', kind: 'stop', … }]
 */
export function readListVersion(db: Db, id: number): { summary: ListVersionSummary; entries: ListEntryInput[] } | null {
  const summary = readListVersionSummary(db, id);
  if (!summary) return null;
  const entries = new Map<string, ListEntryInput>();
  const rows = db
    .prepare(
      `SELECT enterprise_id, enterprise_name, grade, industry, built_up_area, heavy_polluter, contact
       FROM emergency_list_entries WHERE version_id = ? ORDER BY enterprise_id`,
    )
    .all(id) as EntryRow[];
  for (const r of rows) {
    entries.set(r.enterprise_id, {
      enterpriseId: r.enterprise_id,
      enterpriseName: r.enterprise_name,
      grade: r.grade,
      industry: r.industry,
      builtUpArea: r.built_up_area === 1,
      heavyPolluter: r.heavy_polluter === 1,
      contact: r.contact,
      measures: { yellow: [], orange: [], red: [] },
      reductions: { yellow: zeroReductions(), orange: zeroReductions(), red: zeroReductions() },
    });
  }
  const measures = db
    .prepare(
      `SELECT enterprise_id, level, line, kind, limit_pct, outlet_code, text FROM emergency_list_measures
       WHERE version_id = ? ORDER BY enterprise_id, level, seq`,
    )
    .all(id) as MeasureRow[];
  for (const m of measures) {
    entries.get(m.enterprise_id)?.measures[m.level].push({
      line: m.line,
      kind: m.kind,
      limitPct: m.limit_pct,
      outletCode: m.outlet_code,
      text: m.text,
    });
  }
  const reductions = db
    .prepare('SELECT enterprise_id, level, pm, so2, nox, vocs FROM emergency_list_reductions WHERE version_id = ?')
    .all(id) as ReductionRow[];
  for (const r of reductions) {
    const entry = entries.get(r.enterprise_id);
    if (entry) entry.reductions[r.level] = { pm: r.pm, so2: r.so2, nox: r.nox, vocs: r.vocs };
  }
  return { summary, entries: [...entries.values()] };
}

/** The id of the version in force on `day` (YYYY-MM-DD): the newest with effective_from <= day; null when none. */
export function listVersionInForce(db: Db, day: string): number | null {
  const row = db
    .prepare(
      `SELECT id FROM emergency_list_versions WHERE effective_from <= ?
       ORDER BY effective_from DESC, id DESC LIMIT 1`,
    )
    .get(day) as { id: number } | undefined;
  return row?.id ?? null;
}

/** The id of the version labelled `label`, or null. */
export function listVersionIdByLabel(db: Db, label: string): number | null {
  const row = db.prepare('SELECT id FROM emergency_list_versions WHERE version = ?').get(label) as
    | { id: number }
    | undefined;
  return row?.id ?? null;
}

/** Who wrote a version, and from where. */
export interface ListVersionMeta {
  /** 'manual', 'import:<file name>' or the generator. */
  source: string;
  provenance: Provenance;
  /** ISO 8601 UTC. */
  createdAt: string;
  createdBy: string;
}

/** Why a version or requirement was not written. */
export interface ListWriteProblem {
  code: 'conflict';
  message: string;
  text: { zh: string; en: string };
}

/**
 * Writes a whole version (head, entries, measures numbered 1.. per level, reductions); call inside the write's
 * transaction. A label already used, or two entries with the same enterprise, is a conflict (nothing written).
 *
 * @example
 * insertListVersion(tx, body, { source: 'manual', provenance: 'official', createdAt, createdBy: 'duty' });
 */
export function insertListVersion(
  tx: Db,
  body: ListRevisionBody,
  meta: ListVersionMeta,
): Result<ListVersionSummary, ListWriteProblem> {
  const taken = listVersionIdByLabel(tx, body.version);
  if (taken !== null)
    return err({
      code: 'conflict',
      message: `version '${body.version}' already exists (id ${taken}); give the revision a new label`,
      text: {
        zh: `清单版本「${body.version}」已存在（编号 ${taken}），请为修订版另起版本名`,
        en: `version '${body.version}' already exists (id ${taken}); give the revision a new label`,
      },
    });
  const ids = body.entries.map((e) => e.enterpriseId);
  const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (twice.length > 0)
    return err({
      code: 'conflict',
      message: `enterprises listed twice: ${[...new Set(twice)].join(', ')}`,
      text: {
        zh: `企业重复列入：${[...new Set(twice)].join('、')}`,
        en: `enterprises listed twice: ${[...new Set(twice)].join(', ')}`,
      },
    });
  const id = Number(
    tx
      .prepare(
        `INSERT INTO emergency_list_versions (version, effective_from, title, signed_off_by, signed_off_on, note,
           source, provenance, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        body.version,
        body.effectiveFrom,
        body.title,
        body.signedOffBy,
        body.signedOffOn,
        body.note,
        meta.source,
        meta.provenance,
        meta.createdAt,
        meta.createdBy,
      ).lastInsertRowid,
  );
  const insertEntry = tx.prepare(
    `INSERT INTO emergency_list_entries (version_id, enterprise_id, enterprise_name, grade, industry, built_up_area,
       heavy_polluter, contact) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertMeasure = tx.prepare(
    `INSERT INTO emergency_list_measures (version_id, enterprise_id, level, seq, line, kind, limit_pct, outlet_code,
       text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertReduction = tx.prepare(
    `INSERT INTO emergency_list_reductions (version_id, enterprise_id, level, pm, so2, nox, vocs)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const e of body.entries) {
    insertEntry.run(
      id,
      e.enterpriseId,
      e.enterpriseName,
      e.grade,
      e.industry,
      e.builtUpArea ? 1 : 0,
      e.heavyPolluter ? 1 : 0,
      e.contact,
    );
    for (const level of warningLevels) {
      e.measures[level].forEach((m, i) => {
        insertMeasure.run(id, e.enterpriseId, level, i + 1, m.line, m.kind, m.limitPct, m.outletCode, m.text);
      });
      const r = e.reductions[level];
      insertReduction.run(id, e.enterpriseId, level, r.pm, r.so2, r.nox, r.vocs);
    }
  }
  const summary = readListVersionSummary(tx, id);
  if (!summary) throw new Error(`list version ${id} vanished after its insert`);
  return ok(summary);
}

interface RequirementRow {
  id: number;
  effective_from: string;
  document: string;
  source: string;
  yellow_share: number;
  orange_share: number;
  red_share: number;
  base_pm: number;
  base_so2: number;
  base_nox: number;
  base_vocs: number;
  base_source: string;
  provenance: Provenance;
  created_at: string;
  created_by: string;
}

const toRequirement = (r: RequirementRow): Requirement => ({
  id: r.id,
  effectiveFrom: r.effective_from,
  document: r.document,
  source: r.source,
  shares: { yellow: r.yellow_share, orange: r.orange_share, red: r.red_share },
  base: { pm: r.base_pm, so2: r.base_so2, nox: r.base_nox, vocs: r.base_vocs },
  baseSource: r.base_source,
  provenance: r.provenance,
  createdAt: r.created_at,
  createdBy: r.created_by,
});

/** Every requirement entered, newest effective first. */
export function readRequirements(db: Db): Requirement[] {
  return (
    db.prepare('SELECT * FROM emergency_requirements ORDER BY effective_from DESC, id DESC').all() as RequirementRow[]
  ).map(toRequirement);
}

/** The requirement in force on `day` (YYYY-MM-DD): the newest with effective_from <= day; null when none. */
export function requirementInForce(db: Db, day: string): Requirement | null {
  const row = db
    .prepare(
      `SELECT * FROM emergency_requirements WHERE effective_from <= ?
       ORDER BY effective_from DESC, id DESC LIMIT 1`,
    )
    .get(day) as RequirementRow | undefined;
  return row ? toRequirement(row) : null;
}

/** Writes a requirement; one already in force from the same day is a conflict (requirements are not edited). */
export function insertRequirement(
  tx: Db,
  body: RequirementBody,
  meta: { createdAt: string; createdBy: string },
): Result<Requirement, ListWriteProblem> {
  const taken = tx.prepare('SELECT id FROM emergency_requirements WHERE effective_from = ?').get(body.effectiveFrom) as
    | { id: number }
    | undefined;
  if (taken)
    return err({
      code: 'conflict',
      message: `a requirement effective from ${body.effectiveFrom} already exists (id ${taken.id})`,
      text: {
        zh: `已有自 ${body.effectiveFrom} 起执行的减排比例要求（编号 ${taken.id}），请以其他生效日期录入新要求`,
        en: `a requirement effective from ${body.effectiveFrom} already exists (id ${taken.id})`,
      },
    });
  const id = Number(
    tx
      .prepare(
        `INSERT INTO emergency_requirements (effective_from, document, source, yellow_share, orange_share, red_share,
           base_pm, base_so2, base_nox, base_vocs, base_source, provenance, created_at, created_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        body.effectiveFrom,
        body.document,
        body.source,
        body.shares.yellow,
        body.shares.orange,
        body.shares.red,
        body.base.pm,
        body.base.so2,
        body.base.nox,
        body.base.vocs,
        body.baseSource,
        body.provenance,
        meta.createdAt,
        meta.createdBy,
      ).lastInsertRowid,
  );
  const row = tx.prepare('SELECT * FROM emergency_requirements WHERE id = ?').get(id) as RequirementRow;
  return ok(toRequirement(row));
}

/** Where an enterprise is now (for the list's entries): township code and name, the console's industry. */
export interface EnterprisePlace {
  township: string;
  townshipName: string;
  industry: string;
}

/** Every enterprise's place, by id (a few thousand rows; the list's enrichment and the import's id check). */
export function readEnterprisePlaces(db: Db): Map<string, EnterprisePlace> {
  const rows = db
    .prepare(
      `SELECT e.id, e.township_code AS township, t.name AS township_name, e.industry FROM enterprises e
       LEFT JOIN townships t ON t.code = e.township_code`,
    )
    .all() as { id: string; township: string; township_name: string | null; industry: string }[];
  return new Map(
    rows.map((r) => [
      r.id,
      { township: r.township, townshipName: r.township_name ?? r.township, industry: r.industry },
    ]),
  );
}

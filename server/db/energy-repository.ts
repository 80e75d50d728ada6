/**
 * The energy ledger, coal-consuming projects and the 两高 register (issue 17; tasks 1, 6, 8): reads and writes.
 * Prepared statements only; writes run inside the caller's transaction.
 *
 * @module
 */
import type { EnergyFacts } from '../energy/energy-facts.ts';
import type { CoalProjectBody, HighEnergyBody } from '../schema/energy.ts';
import {
  type CheckOutcome,
  type CoalProcedure,
  type CoalProjectStatus,
  type HighEnergyStatus,
  type PolicyCheck,
  policyChecks,
} from '../schema/enums/energy.ts';
import type { Industry } from '../schema/enums/industry.ts';
import type { KilnFuel } from '../schema/enums/kiln-fuel.ts';
import type { Provenance } from '../schema/enums/provenance.ts';
import type { Db } from './open-database.ts';

/** A ledger row joined with its enterprise and township. */
export interface LedgerRecord {
  enterpriseId: string;
  enterpriseName: string;
  industry: Industry;
  township: string;
  townshipName: string;
  year: number;
  coalT: number;
  gas10kM3: number;
  electricityMwh: number;
  biomassT: number;
  nonFossilMwh: number;
  previousCoalT: number | null;
  /** The enterprise's position, WGS84 degrees. */
  lon: number;
  lat: number;
  provenance: Provenance;
  source: string;
}

/** Filters of {@link readLedger}. */
export interface LedgerFilter {
  year?: number | undefined;
  township?: string | undefined;
  industry?: readonly string[] | undefined;
  enterprise?: string | undefined;
}

/**
 * Ledger rows matching `filter`, by enterprise and year, at most `limit` (+1 to tell truncation), each with the
 * previous year's coal of the same enterprise.
 */
export function readLedger(db: Db, filter: LedgerFilter, limit: number): LedgerRecord[] {
  const clauses: string[] = [];
  const params: (string | number)[] = [];
  if (filter.year !== undefined) {
    clauses.push('l.year = ?');
    params.push(filter.year);
  }
  if (filter.township !== undefined) {
    clauses.push('e.township_code = ?');
    params.push(filter.township);
  }
  if (filter.industry?.length) {
    clauses.push(`e.industry IN (${filter.industry.map(() => '?').join(', ')})`);
    params.push(...filter.industry);
  }
  if (filter.enterprise !== undefined) {
    clauses.push('l.enterprise_id = ?');
    params.push(filter.enterprise);
  }
  const where = clauses.length ? ` WHERE ${clauses.join(' AND ')}` : '';
  return db
    .prepare(
      `SELECT l.enterprise_id AS enterpriseId, e.name AS enterpriseName, e.industry, e.township_code AS township,
         t.name AS townshipName, l.year, l.coal_t AS coalT, l.gas_10k_m3 AS gas10kM3,
         l.electricity_mwh AS electricityMwh, l.biomass_t AS biomassT, l.non_fossil_mwh AS nonFossilMwh,
         p.coal_t AS previousCoalT, e.lon, e.lat, l.provenance, l.source
       FROM energy_ledger l JOIN enterprises e ON e.id = l.enterprise_id JOIN townships t ON t.code = e.township_code
       LEFT JOIN energy_ledger p ON p.enterprise_id = l.enterprise_id AND p.year = l.year - 1${where}
       ORDER BY l.enterprise_id, l.year LIMIT ?`,
    )
    .all(...params, limit) as LedgerRecord[];
}

/** The enterprise `id` with its name and township, or undefined. */
export function readEnterpriseRef(
  db: Db,
  id: string,
): { id: string; name: string; township: string; operatingStatus: string } | undefined {
  return db
    .prepare(
      'SELECT id, name, township_code AS township, operating_status AS operatingStatus FROM enterprises WHERE id = ?',
    )
    .get(id) as { id: string; name: string; township: string; operatingStatus: string } | undefined;
}

/** Inserts or replaces the ledger row of `enterpriseId` and `year`. */
export function upsertLedgerRow(
  db: Db,
  row: {
    enterpriseId: string;
    year: number;
    coalT: number;
    gas10kM3: number;
    electricityMwh: number;
    biomassT: number;
    nonFossilMwh: number;
    provenance: Provenance;
    source: string;
  },
): void {
  db.prepare(
    `INSERT INTO energy_ledger (enterprise_id, year, coal_t, gas_10k_m3, electricity_mwh, biomass_t, non_fossil_mwh,
       provenance, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (enterprise_id, year) DO UPDATE SET coal_t = excluded.coal_t, gas_10k_m3 = excluded.gas_10k_m3,
       electricity_mwh = excluded.electricity_mwh, biomass_t = excluded.biomass_t,
       non_fossil_mwh = excluded.non_fossil_mwh, provenance = excluded.provenance, source = excluded.source`,
  ).run(
    row.enterpriseId,
    row.year,
    row.coalT,
    row.gas10kM3,
    row.electricityMwh,
    row.biomassT,
    row.nonFossilMwh,
    row.provenance,
    row.source,
  );
}

/** A coal-consuming project joined with its enterprise. */
export interface CoalProjectRecord {
  id: string;
  name: string;
  enterpriseId: string;
  enterpriseName: string;
  township: string;
  townshipName: string;
  procedure: CoalProcedure;
  status: CoalProjectStatus;
  decidedOn: string | null;
  newCoalT: number;
  substitutionT: number;
  substitutionSource: string | null;
  /** The enterprise's position, WGS84 degrees. */
  lon: number;
  lat: number;
  provenance: Provenance;
  source: string;
}

/** Filters of the project lists. */
export interface ProjectFilter {
  id?: string | undefined;
  enterprise?: string | undefined;
  township?: string | undefined;
  status?: readonly string[] | undefined;
}

function projectWhere(filter: ProjectFilter): { sql: string; params: string[] } {
  const clauses: string[] = [];
  const params: string[] = [];
  if (filter.id !== undefined) {
    clauses.push('p.id = ?');
    params.push(filter.id);
  }
  if (filter.enterprise !== undefined) {
    clauses.push('p.enterprise_id = ?');
    params.push(filter.enterprise);
  }
  if (filter.township !== undefined) {
    clauses.push('e.township_code = ?');
    params.push(filter.township);
  }
  if (filter.status?.length) {
    clauses.push(`p.status IN (${filter.status.map(() => '?').join(', ')})`);
    params.push(...filter.status);
  }
  return { sql: clauses.length ? ` WHERE ${clauses.join(' AND ')}` : '', params };
}

/** Coal-consuming projects matching `filter`, newest decision first, at most `limit`. */
export function readCoalProjects(db: Db, filter: ProjectFilter, limit: number): CoalProjectRecord[] {
  const where = projectWhere(filter);
  return db
    .prepare(
      `SELECT p.id, p.name, p.enterprise_id AS enterpriseId, e.name AS enterpriseName, e.township_code AS township,
         t.name AS townshipName, p.procedure, p.status, p.decided_on AS decidedOn, p.new_coal_t AS newCoalT,
         p.substitution_t AS substitutionT, p.substitution_source AS substitutionSource, e.lon, e.lat, p.provenance,
         p.source
       FROM coal_projects p JOIN enterprises e ON e.id = p.enterprise_id JOIN townships t ON t.code = e.township_code
       ${where.sql} ORDER BY p.decided_on IS NULL, p.decided_on DESC, p.id LIMIT ?`,
    )
    .all(...where.params, limit) as CoalProjectRecord[];
}

/** Inserts a coal-consuming project (the caller checked the id is free and the enterprise exists). */
export function insertCoalProject(db: Db, body: CoalProjectBody): void {
  db.prepare(
    `INSERT INTO coal_projects (id, name, enterprise_id, procedure, status, decided_on, new_coal_t, substitution_t,
       substitution_source, provenance, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    body.id,
    body.name,
    body.enterpriseId,
    body.procedure,
    body.status,
    body.decidedOn,
    body.newCoalT,
    body.substitutionT,
    body.substitutionSource,
    body.provenance,
    body.source,
  );
}

/** Writes every field of a coal-consuming project but its id, enterprise and provenance. */
export function updateCoalProject(db: Db, p: CoalProjectRecord): void {
  db.prepare(
    `UPDATE coal_projects SET name = ?, procedure = ?, status = ?, decided_on = ?, new_coal_t = ?, substitution_t = ?,
       substitution_source = ?, source = ? WHERE id = ?`,
  ).run(p.name, p.procedure, p.status, p.decidedOn, p.newCoalT, p.substitutionT, p.substitutionSource, p.source, p.id);
}

/** A 两高 project joined with its enterprise. */
export interface HighEnergyRecord {
  id: string;
  name: string;
  enterpriseId: string;
  enterpriseName: string;
  township: string;
  townshipName: string;
  industry: string;
  buildKind: 'new' | 'rebuilt' | 'expanded';
  status: HighEnergyStatus;
  statusOn: string;
  checks: Record<PolicyCheck, CheckOutcome>;
  /** The enterprise's position, WGS84 degrees. */
  lon: number;
  lat: number;
  provenance: Provenance;
  source: string;
}

/** The register's column of each policy check. */
export const policyCheckColumns: Readonly<Record<PolicyCheck, string>> = {
  industrialPolicy: 'industrial_policy',
  threeLines: 'three_lines',
  planningEia: 'planning_eia',
  energyDualControl: 'energy_dual_control',
  capacityReplacement: 'capacity_replacement',
  coalSubstitution: 'coal_substitution',
  emissionDoubleCut: 'emission_double_cut',
};

const checkSelect = policyChecks.map((c) => `p.${policyCheckColumns[c]} AS ${c}`).join(', ');

/** 两高 projects matching `filter`, latest status first, at most `limit`. */
export function readHighEnergyProjects(db: Db, filter: ProjectFilter, limit: number): HighEnergyRecord[] {
  const where = projectWhere(filter);
  const rows = db
    .prepare(
      `SELECT p.id, p.name, p.enterprise_id AS enterpriseId, e.name AS enterpriseName, e.township_code AS township,
         t.name AS townshipName, p.industry, p.build_kind AS buildKind, p.status, p.status_on AS statusOn,
         ${checkSelect}, e.lon, e.lat, p.provenance, p.source
       FROM high_energy_projects p JOIN enterprises e ON e.id = p.enterprise_id
       JOIN townships t ON t.code = e.township_code${where.sql} ORDER BY p.status_on DESC, p.id LIMIT ?`,
    )
    .all(...where.params, limit) as (Omit<HighEnergyRecord, 'checks'> & Record<PolicyCheck, CheckOutcome>)[];
  return rows.map((r) => {
    const checks = Object.fromEntries(policyChecks.map((c) => [c, r[c]])) as Record<PolicyCheck, CheckOutcome>;
    const rest = Object.fromEntries(
      Object.entries(r).filter(([key]) => !(policyChecks as readonly string[]).includes(key)),
    ) as Omit<HighEnergyRecord, 'checks'>;
    return { ...rest, checks };
  });
}

/** Inserts a 两高 project (the caller checked the id is free and the enterprise exists). */
export function insertHighEnergyProject(db: Db, body: HighEnergyBody): void {
  db.prepare(
    `INSERT INTO high_energy_projects (id, name, enterprise_id, industry, build_kind, status, status_on,
       ${policyChecks.map((c) => policyCheckColumns[c]).join(', ')}, provenance, source)
     VALUES (?, ?, ?, ?, ?, ?, ?, ${policyChecks.map(() => '?').join(', ')}, ?, ?)`,
  ).run(
    body.id,
    body.name,
    body.enterpriseId,
    body.industry,
    body.buildKind,
    body.status,
    body.statusOn,
    ...policyChecks.map((c) => body.checks[c]),
    body.provenance,
    body.source,
  );
}

/** Writes every field of a 两高 project but its id, enterprise and provenance. */
export function updateHighEnergyProject(db: Db, p: HighEnergyRecord): void {
  db.prepare(
    `UPDATE high_energy_projects SET name = ?, industry = ?, build_kind = ?, status = ?, status_on = ?,
       ${policyChecks.map((c) => `${policyCheckColumns[c]} = ?`).join(', ')}, source = ? WHERE id = ?`,
  ).run(p.name, p.industry, p.buildKind, p.status, p.statusOn, ...policyChecks.map((c) => p.checks[c]), p.source, p.id);
}

/** The facts of the energy rules: cheap reads of four small tables. */
export function readEnergyFacts(db: Db): EnergyFacts {
  const ledger = db
    .prepare(
      `SELECT l.enterprise_id AS enterpriseId, e.township_code AS township, l.year, l.coal_t AS coalT
       FROM energy_ledger l JOIN enterprises e ON e.id = l.enterprise_id ORDER BY l.enterprise_id, l.year`,
    )
    .all() as EnergyFacts['ledger'][number][];
  const coalProjects = readCoalProjects(db, {}, 1e6).map((p) => ({
    id: p.id,
    name: p.name,
    enterpriseId: p.enterpriseId,
    township: p.township,
    status: p.status,
    decidedOn: p.decidedOn,
    newCoalT: p.newCoalT,
    substitutionT: p.substitutionT,
  }));
  const highEnergyProjects = readHighEnergyProjects(db, {}, 1e6).map((p) => ({
    id: p.id,
    name: p.name,
    enterpriseId: p.enterpriseId,
    township: p.township,
    status: p.status,
    statusOn: p.statusOn,
    checks: p.checks,
  }));
  const kilns = (
    db
      .prepare(
        `SELECT k.id, k.enterprise_id AS enterpriseId, e.township_code AS township,
           e.operating_status = 'operating' AS operating, k.kind, k.purpose, k.fuel, k.build_kind AS buildKind,
           k.built_on AS builtOn
         FROM kilns_boilers k JOIN enterprises e ON e.id = k.enterprise_id ORDER BY k.id`,
      )
      .all() as (Omit<EnergyFacts['kilns'][number], 'operating' | 'fuel'> & { operating: number; fuel: KilnFuel })[]
  ).map((k) => ({ ...k, operating: k.operating === 1 }));
  return { ledger, coalProjects, highEnergyProjects, kilns };
}

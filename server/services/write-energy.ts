/**
 * Writes of the energy registers (issue 17; tasks 1, 6): a ledger row, coal-consuming projects and 两高 projects.
 * Each runs inside the writer's transaction and is audited.
 *
 * @module
 */
import { recordAudit } from '../db/audit-log.ts';
import {
  type CoalProjectRecord,
  type HighEnergyRecord,
  insertCoalProject,
  insertHighEnergyProject,
  type LedgerRecord,
  readCoalProjects,
  readEnterpriseRef,
  readHighEnergyProjects,
  readLedger,
  updateCoalProject,
  updateHighEnergyProject,
  upsertLedgerRow,
} from '../db/energy-repository.ts';
import type { Db } from '../db/open-database.ts';
import { err, ok, type Result } from '../result.ts';
import type { SessionUser } from '../schema/auth.ts';
import type {
  CoalProjectBody,
  CoalProjectPatch,
  HighEnergyBody,
  HighEnergyPatch,
  LedgerBody,
} from '../schema/energy.ts';
import type { Localized } from '../schema/localized.ts';

/** An expected failure of an energy write: answered 400, 404 or 409. */
export interface EnergyProblem {
  readonly code: 'invalid' | 'not-found' | 'conflict';
  readonly message: string;
  readonly text: Localized;
}

const problem = (code: EnergyProblem['code'], zh: string, en: string): EnergyProblem => ({
  code,
  message: en,
  text: { zh, en },
});
const actorOf = (user: SessionUser) => ({ id: user.id, username: user.username, role: user.role });
const noEnterprise = (id: string, field: string) =>
  problem('not-found', `没有编号为「${id}」的企业`, `${field}: no enterprise '${id}'`);

/** Sets the ledger row of `enterpriseId` and `year` (creating it), audited as `energy.ledger.update`. */
export function writeLedgerRow(
  db: Db,
  user: SessionUser,
  key: { enterprise: string; year: number },
  body: LedgerBody,
  at: string,
): Result<LedgerRecord, EnergyProblem> {
  if (!readEnterpriseRef(db, key.enterprise)) return err(noEnterprise(key.enterprise, 'enterprise'));
  const read = () => readLedger(db, { enterprise: key.enterprise, year: key.year }, 1)[0];
  const before = read() ?? null;
  upsertLedgerRow(db, { enterpriseId: key.enterprise, year: key.year, ...body });
  const after = read() as LedgerRecord;
  recordAudit(
    db,
    actorOf(user),
    {
      action: 'energy.ledger.update',
      entity: 'energy_ledger',
      entityId: `${key.enterprise}/${key.year}`,
      before,
      after,
    },
    at,
  );
  return ok(after);
}

const readCoalProject = (db: Db, id: string) => readCoalProjects(db, { id }, 1)[0];
const readHighEnergy = (db: Db, id: string) => readHighEnergyProjects(db, { id }, 1)[0];

/** Registers a coal-consuming project, audited as `energy.coal-project.create`. */
export function createCoalProject(
  db: Db,
  user: SessionUser,
  body: CoalProjectBody,
  at: string,
): Result<CoalProjectRecord, EnergyProblem> {
  if (!readEnterpriseRef(db, body.enterpriseId)) return err(noEnterprise(body.enterpriseId, 'enterpriseId'));
  if (readCoalProject(db, body.id))
    return err(problem('conflict', `耗煤项目「${body.id}」已存在`, `coal project '${body.id}' already exists`));
  insertCoalProject(db, body);
  const after = readCoalProject(db, body.id) as CoalProjectRecord;
  recordAudit(
    db,
    actorOf(user),
    { action: 'energy.coal-project.create', entity: 'coal_projects', entityId: body.id, after },
    at,
  );
  return ok(after);
}

/** Changes a coal-consuming project's fields, audited as `energy.coal-project.update`. */
export function changeCoalProject(
  db: Db,
  user: SessionUser,
  id: string,
  patch: CoalProjectPatch,
  at: string,
): Result<CoalProjectRecord, EnergyProblem> {
  const before = readCoalProject(db, id);
  if (!before) return err(problem('not-found', `没有耗煤项目「${id}」`, `no coal project '${id}'`));
  updateCoalProject(db, { ...before, ...patch });
  const after = readCoalProject(db, id) as CoalProjectRecord;
  recordAudit(
    db,
    actorOf(user),
    { action: 'energy.coal-project.update', entity: 'coal_projects', entityId: id, before, after },
    at,
  );
  return ok(after);
}

/** Registers a 两高 project, audited as `energy.high-energy-project.create`. */
export function createHighEnergyProject(
  db: Db,
  user: SessionUser,
  body: HighEnergyBody,
  at: string,
): Result<HighEnergyRecord, EnergyProblem> {
  if (!readEnterpriseRef(db, body.enterpriseId)) return err(noEnterprise(body.enterpriseId, 'enterpriseId'));
  if (readHighEnergy(db, body.id))
    return err(
      problem('conflict', `“两高”项目「${body.id}」已存在`, `high-energy project '${body.id}' already exists`),
    );
  insertHighEnergyProject(db, body);
  const after = readHighEnergy(db, body.id) as HighEnergyRecord;
  recordAudit(
    db,
    actorOf(user),
    { action: 'energy.high-energy-project.create', entity: 'high_energy_projects', entityId: body.id, after },
    at,
  );
  return ok(after);
}

/** Changes a 两高 project's fields (only the checks named change), audited as `energy.high-energy-project.update`. */
export function changeHighEnergyProject(
  db: Db,
  user: SessionUser,
  id: string,
  patch: HighEnergyPatch,
  at: string,
): Result<HighEnergyRecord, EnergyProblem> {
  const before = readHighEnergy(db, id);
  if (!before) return err(problem('not-found', `没有“两高”项目「${id}」`, `no high-energy project '${id}'`));
  updateHighEnergyProject(db, { ...before, ...patch, checks: { ...before.checks, ...patch.checks } });
  const after = readHighEnergy(db, id) as HighEnergyRecord;
  recordAudit(
    db,
    actorOf(user),
    { action: 'energy.high-energy-project.update', entity: 'high_energy_projects', entityId: id, before, after },
    at,
  );
  return ok(after);
}

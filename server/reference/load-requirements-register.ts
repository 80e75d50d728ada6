import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  requirementsRegisterSchema,
  type RequirementsQuery,
  type RequirementsRegister,
  type RequirementsResponse,
} from '../schema/plan-requirements.ts';

const registerPath = fileURLToPath(new URL('../../seeds/plan/requirements.json', import.meta.url));

let cached: RequirementsRegister | undefined;

/**
 * The plan's requirements register, `seeds/plan/requirements.json` (written by `npm run plan:extract`),
 * read and validated once per process, as the plan itself is read from `plan.json`.
 *
 * @example
 * loadRequirementsRegister().requirements.find((r) => r.id === 'G6')?.task; // 12
 */
export function loadRequirementsRegister(): RequirementsRegister {
  cached ??= requirementsRegisterSchema.parse(JSON.parse(readFileSync(registerPath, 'utf8')));
  return cached;
}

/** Every unit name the register charges, in any role, in first-seen order. */
export function registerUnits(register: RequirementsRegister): string[] {
  const units = new Set<string>();
  for (const { units: roles } of register.requirements) {
    for (const unit of [...roles.lead, ...roles.cooperating, ...roles.responsible]) units.add(unit);
  }
  return [...units];
}

/**
 * The requirements matching the filters (task, a unit in any role, status), in document order, and
 * their tally by status.
 *
 * @example
 * selectRequirements(register, { status: 'covered' }).counts.partial; // 0
 */
export function selectRequirements(register: RequirementsRegister, query: RequirementsQuery): RequirementsResponse {
  const requirements = register.requirements.filter(
    (requirement) =>
      (query.task === undefined || requirement.task === query.task) &&
      (query.status === undefined || requirement.status === query.status) &&
      (query.unit === undefined ||
        [...requirement.units.lead, ...requirement.units.cooperating, ...requirement.units.responsible].includes(
          query.unit,
        )),
  );
  const counts = { covered: 0, partial: 0, missing: 0 };
  for (const { status } of requirements) counts[status] += 1;
  return { requirements, counts };
}

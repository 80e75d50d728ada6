import type { CheckProblem, DeviceCheck, EmissionTestResult, ObdCheck } from '../schema/enums/roadside-check.ts';

/** The three results of a roadside check that decide whether it found a problem. */
export interface CheckResults {
  devices: DeviceCheck;
  obd: ObdCheck;
  emissionTest: EmissionTestResult;
}

/**
 * What a roadside check found (路检路查, task 16): pollution-control devices missing or modified, OBD fault codes,
 * OBD tampering, a failed emission test. The same test as `CHECK_HIT_SQL` (server/db/layers/vehicles.ts).
 *
 * @example
 * checkProblemsOf({ devices: 'ok', obd: 'fault', emissionTest: 'fail' }); // ['obd-fault', 'emission-failed']
 */
export function checkProblemsOf(check: CheckResults): CheckProblem[] {
  const problems: CheckProblem[] = [];
  if (check.devices === 'missing' || check.devices === 'tampered') problems.push('devices');
  if (check.obd === 'fault') problems.push('obd-fault');
  if (check.obd === 'tampered') problems.push('obd-tampering');
  if (check.emissionTest === 'fail') problems.push('emission-failed');
  return problems;
}

/**
 * Whether a check is a hit (查处): it found at least one problem.
 *
 * @example
 * isCheckHit({ devices: 'ok', obd: 'not-equipped', emissionTest: 'pass' }); // false
 */
export function isCheckHit(check: CheckResults): boolean {
  return checkProblemsOf(check).length > 0;
}

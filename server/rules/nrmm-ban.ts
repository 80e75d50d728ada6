import type { BanReason, EmissionStage } from '../schema/machine.ts';

/** What decides whether a machine may work inside an NRMM control zone. */
export interface MachineFacts {
  emissionStage: EmissionStage;
  registrationCode: string | null;
  smokeTest: 'pass' | 'fail' | 'untested';
}

const belowStageIII = new Set<EmissionStage>(['pre-I', 'I', 'II']);

/**
 * Why a machine is banned from NRMM control zones under task 10 (国三以下排放标准、未编码登记、
 * 冒黑烟); empty when it is allowed. Exemptions for livelihood and emergency work are decided
 * where the machine is found at work, not here.
 *
 * @example
 * nrmmBanReasons({ emissionStage: 'II', registrationCode: null, smokeTest: 'pass' });
 * // ['below-stage-iii', 'unregistered']
 */
export function nrmmBanReasons(machine: MachineFacts): BanReason[] {
  const reasons: BanReason[] = [];
  if (belowStageIII.has(machine.emissionStage)) reasons.push('below-stage-iii');
  if (machine.registrationCode === null || machine.registrationCode.trim() === '') reasons.push('unregistered');
  if (machine.smokeTest === 'fail') reasons.push('black-smoke');
  return reasons;
}

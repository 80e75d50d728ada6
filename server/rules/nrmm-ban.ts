import type { BanReason, EmissionStage, ZoneMinStage } from '../schema/enums/machine.ts';

/** What decides whether a machine may work inside an NRMM control zone. */
export interface MachineFacts {
  emissionStage: EmissionStage;
  registrationCode: string | null;
  smokeTest: 'pass' | 'fail' | 'untested';
}

/** Order of the diesel stages; electric machines are never below a zone's minimum. */
export const stageRank: Readonly<Record<EmissionStage, number>> = {
  'pre-I': 0,
  I: 1,
  II: 2,
  III: 3,
  IV: 4,
  electric: Number.POSITIVE_INFINITY,
};

/**
 * Whether `stage` is below a zone's minimum stage (the plan's 「国三以下」 with the zone at 国三:
 * 国三 itself is allowed).
 *
 * @example
 * belowMinStage('III', 'IV'); // true
 * belowMinStage('III', 'III'); // false
 */
export function belowMinStage(stage: EmissionStage, minStage: ZoneMinStage): boolean {
  return stageRank[stage] < stageRank[minStage];
}

/**
 * Why a machine is banned from a control zone whose minimum stage is `minStage` under task 10
 * (below the zone's minimum stage, 未编码登记, 冒黑烟); empty when it is allowed. `minStage` null
 * (the machine is in no zone in force): no stage reason, the other two still hold. Exemptions for
 * livelihood and emergency work are decided where the machine is found at work, not here.
 *
 * @example
 * nrmmBanReasons({ emissionStage: 'II', registrationCode: null, smokeTest: 'pass' }, 'III');
 * // ['below-min-stage', 'unregistered']
 */
export function nrmmBanReasons(machine: MachineFacts, minStage: ZoneMinStage | null): BanReason[] {
  const reasons: BanReason[] = [];
  if (minStage !== null && belowMinStage(machine.emissionStage, minStage)) reasons.push('below-min-stage');
  if (machine.registrationCode === null || machine.registrationCode.trim() === '') reasons.push('unregistered');
  if (machine.smokeTest === 'fail') reasons.push('black-smoke');
  return reasons;
}

/**
 * Banned for a reason that holds wherever the machine is (unregistered, black smoke).
 *
 * @example
 * bannedAnywhere({ emissionStage: 'II', registrationCode: 'R', smokeTest: 'pass' }); // false
 */
export function bannedAnywhere(machine: MachineFacts): boolean {
  return nrmmBanReasons(machine, null).length > 0;
}

/**
 * The strictest minimum stage among `zones` (the zones a machine is in), or null for none.
 *
 * @example
 * strictestMinStage([{ minStage: 'III' }, { minStage: 'IV' }]); // 'IV'
 */
export function strictestMinStage(zones: readonly { minStage: ZoneMinStage }[]): ZoneMinStage | null {
  let strictest: ZoneMinStage | null = null;
  for (const z of zones) if (strictest === null || stageRank[z.minStage] > stageRank[strictest]) strictest = z.minStage;
  return strictest;
}

/**
 * The plan's own figures (忻府区空气质量再提升2023年行动计划, `seeds/plan/plan.json` targets with
 * basis `plan`) as constants, for code that cannot read the plan from the database: the rules,
 * the statistics, labels and the client. Zod-free, so the client may import values from it;
 * `test/server/plan-constants.test.ts` checks each against the plan extraction.
 *
 * @example
 * import { DUSTFALL_LIMIT } from '../schema/plan-targets.ts';
 * const exceeds = value > DUSTFALL_LIMIT; // 7 t/(km²·month)
 *
 * @module
 */

/** Task 12: the district dustfall limit, t/(km²·month) (target `dustfall-monthly`). */
export const DUSTFALL_LIMIT = 7;

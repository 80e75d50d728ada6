import type { Hj212Problem, QnReturnCode } from './contract.ts';

/**
 * A refusal of a frame or packet: its code, a short English message naming the problem, the 9011 return code.
 *
 * @example
 * hj212Problem('crc', 'CRC mismatch: sent 1C81, computed 1C80', 9);
 */
export function hj212Problem(code: Hj212Problem['code'], message: string, qnRtn: QnReturnCode): Hj212Problem {
  return { code, message, qnRtn };
}

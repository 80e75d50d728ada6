import { sixChecks, type SixCheck } from '../schema/construction-site.ts';

/**
 * The six-100% checks a site failed at an inspection (task 11), in the standard order;
 * empty means all six met.
 *
 * @example
 * failedSixChecks({
 *   enclosure: true, cover: false, washing: true, hardening: true, wetWork: true, sealedTransport: true,
 * }); // ['cover']
 */
export function failedSixChecks(checks: Record<SixCheck, boolean>): SixCheck[] {
  return sixChecks.filter((check) => !checks[check]);
}

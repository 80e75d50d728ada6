/** Why a stop was left out of every route, as a code the console words in its language. */
export const unassignedReasonCodes = [
  'no-vehicles',
  'over-capacity',
  'window-unreachable',
  'shift-too-short',
  'work-time-too-long',
  'did-not-fit',
  'no-inspector-left',
] as const;
export type UnassignedReasonCode = (typeof unassignedReasonCodes)[number];

/** The solver's English reasons by how they begin (see vrptw/unservable-reason.ts and plan-inspection-day.ts). */
const byPrefix: [string, UnassignedReasonCode][] = [
  ['no vehicles', 'no-vehicles'],
  ['over capacity', 'over-capacity'],
  ['window unreachable', 'window-unreachable'],
  ['shift too short: the visit takes', 'work-time-too-long'],
  ['shift too short', 'shift-too-short'],
  ['did not fit', 'did-not-fit'],
  ['no inspector left', 'no-inspector-left'],
];

/**
 * The code of a solver's reason for leaving a job out; an unknown reason reads as `did-not-fit`.
 *
 * @example
 * unassignedReasonCode('did not fit with the available vehicles (lowest priority dropped first)'); // 'did-not-fit'
 */
export function unassignedReasonCode(reason: string): UnassignedReasonCode {
  return byPrefix.find(([prefix]) => reason.startsWith(prefix))?.[1] ?? 'did-not-fit';
}

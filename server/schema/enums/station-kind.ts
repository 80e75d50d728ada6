/**
 * Air-quality station kinds. Zod-free: the client imports it.
 *
 * @module
 */
import type { Labels } from '../localized.ts';

export const stationKinds = ['national', 'micro'] as const;
export type StationKind = (typeof stationKinds)[number];

/**
 * @example
 * stationKindLabels.micro.zh; // '微站'
 */
export const stationKindLabels: Labels<StationKind> = {
  national: { zh: '国控站', en: 'national station' },
  micro: { zh: '微站', en: 'micro-station' },
};

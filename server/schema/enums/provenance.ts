/**
 * How far a record's position and attributes can be trusted. Zod-free: the client imports it.
 *
 * @module
 */
import type { Labels } from '../localized.ts';

export const provenances = ['official', 'approximate', 'synthetic'] as const;
export type Provenance = (typeof provenances)[number];

/**
 * Labels as the UI shows them (示意 / 合成 per ui.md).
 *
 * @example
 * provenanceLabels.approximate.zh; // '示意'
 */
export const provenanceLabels: Labels<Provenance> = {
  official: { zh: '官方', en: 'official' },
  approximate: { zh: '示意', en: 'approximate' },
  synthetic: { zh: '合成', en: 'synthetic' },
};

/**
 * How serious a rule hit or alert is, from most to least: `violation` (a breach to act on),
 * `overdue` (a plan deadline missed), `warning` (a problem to follow up), `control` (a measure in
 * force that binds the entity now), `info` (progress to track). Zod-free: the client imports it.
 *
 * @module
 */
import type { Labels } from '../localized.ts';

/** The severities, most serious first. */
export const severities = ['violation', 'overdue', 'warning', 'control', 'info'] as const;
export type Severity = (typeof severities)[number];

/**
 * @example
 * severityLabels.info.zh; // '进展'
 */
export const severityLabels: Labels<Severity> = {
  violation: { zh: '违规', en: 'violation' },
  overdue: { zh: '逾期', en: 'overdue' },
  warning: { zh: '问题', en: 'warning' },
  control: { zh: '管控', en: 'control' },
  info: { zh: '进展', en: 'progress' },
};

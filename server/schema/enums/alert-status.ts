/**
 * Where an alert stands in the find → assign → handle → verify loop (server/rules/alert-lifecycle.ts),
 * and what happened to it. Zod-free: the client imports it.
 *
 * @module
 */
import type { Labels } from '../localized.ts';

/** The statuses, in the order of the loop. */
export const alertStatuses = ['open', 'assigned', 'resolved', 'verified'] as const;
export type AlertStatus = (typeof alertStatuses)[number];

/**
 * A `resolved` alert is not closed: another user must verify it (four eyes) or send it back,
 * hence 已办结待核验 rather than 已办结.
 *
 * @example
 * alertStatusLabels.resolved.zh; // '已办结待核验'
 */
export const alertStatusLabels: Labels<AlertStatus> = {
  open: { zh: '待处置', en: 'open' },
  assigned: { zh: '已指派', en: 'assigned' },
  resolved: { zh: '已办结待核验', en: 'resolved, awaiting verification' },
  verified: { zh: '已核验', en: 'verified' },
};

/** The events of an alert's history. */
export const alertEventActions = ['raised', 'assigned', 'resolved', 'verified', 'reopened', 'cleared'] as const;
export type AlertEventAction = (typeof alertEventActions)[number];

/**
 * @example
 * alertEventLabels.reopened.zh; // '退回'
 */
export const alertEventLabels: Labels<AlertEventAction> = {
  raised: { zh: '发现', en: 'raised' },
  assigned: { zh: '指派', en: 'assigned' },
  resolved: { zh: '办结', en: 'resolved' },
  verified: { zh: '核验', en: 'verified' },
  reopened: { zh: '退回', en: 'reopened' },
  cleared: { zh: '条件消除', en: 'cleared' },
};

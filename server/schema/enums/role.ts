/**
 * The five roles. official: read; analyst: read, statistics, exports; inspector: read, routes and
 * alerts in their townships, visits to the enterprises they supervise; duty (应急值守, issue 15): read,
 * heavy-pollution warnings and their mechanism; admin: everything (server/auth/permissions.ts).
 * Zod-free: the client imports it.
 *
 * @module
 */
import type { Labels } from '../localized.ts';

export const roles = ['official', 'analyst', 'inspector', 'duty', 'admin'] as const;
export type Role = (typeof roles)[number];

/**
 * @example
 * roleLabels.analyst.en; // 'Analyst'
 */
export const roleLabels: Labels<Role> = {
  official: { zh: '领导', en: 'Official' },
  analyst: { zh: '分析员', en: 'Analyst' },
  inspector: { zh: '巡查员', en: 'Inspector' },
  duty: { zh: '应急值守', en: 'Duty officer' },
  admin: { zh: '管理员', en: 'Admin' },
};

import type { Role } from '../schema/auth.ts';

/** What a request may need. */
export const permissions = [
  'read',
  'stats',
  'export',
  'routes',
  'alerts',
  'tasks',
  'edit',
  'import',
  'users',
  'audit',
  'emergency',
  'supervise',
  'cases',
  'decide',
] as const;
export type Permission = (typeof permissions)[number];

/**
 * The role grants, from the issue: official reads everything; analyst reads, runs statistics
 * and exports; inspector reads, plans routes and handles alerts (in their townships: checked by
 * the routes themselves); admin does everything, including users, imports and edits (tasks and
 * records). Issue 15: `emergency` (issue, change and lift heavy-pollution warnings, the list, the schedules and the
 * mechanism's records) is the duty officer's and the admin's; `supervise` (record visits to the enterprises one
 * supervises) is the inspector's, the duty officer's and the admin's. Issue 17: `cases` (open an enforcement case,
 * record the investigation, order rectification, re-inspect, attach documents; inspectors in their townships) is
 * the inspector's, the duty officer's and the admin's; `decide` (the penalty decision or no penalty, and closing a
 * case) is the admin's (the bureau's legal and leadership review).
 */
export const roleGrants: Readonly<Record<Role, readonly Permission[]>> = {
  official: ['read'],
  analyst: ['read', 'stats', 'export'],
  inspector: ['read', 'routes', 'alerts', 'supervise', 'cases'],
  duty: ['read', 'emergency', 'supervise', 'cases'],
  admin: permissions,
};

/** Whether `role` holds `permission`. */
export function can(role: Role, permission: Permission): boolean {
  return roleGrants[role].includes(permission);
}

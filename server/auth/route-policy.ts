import type { Permission } from './permissions.ts';

/** Who may call a route: anyone, anyone signed in, or a holder of a permission. */
export type Access = 'public' | 'signed-in' | Permission;

/** One API route and its access; `publicRead` routes open to anonymous readers when the server allows it. */
export interface RoutePolicy {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  path: string;
  access: Access;
  publicRead?: true;
  /**
   * A route for machines (HJ 212 gateways) that authenticate in the body: a request to it without a
   * session cookie needs no Origin (no browser credential rides on it, so there is nothing to forge).
   */
  machine?: true;
}

/**
 * Every API route and who may call it: the single table the server enforces and the role ×
 * endpoint test walks. A route missing here is refused to anonymous callers and flagged by the
 * test that compares this table with the app's routes.
 */
export const routePolicies: readonly RoutePolicy[] = [
  { method: 'GET', path: '/api/health', access: 'public' },
  { method: 'POST', path: '/api/auth/login', access: 'public' },
  { method: 'GET', path: '/api/auth/me', access: 'public' },
  { method: 'POST', path: '/api/auth/logout', access: 'signed-in' },
  { method: 'POST', path: '/api/auth/password', access: 'signed-in' },
  { method: 'GET', path: '/api/meta', access: 'read', publicRead: true },
  // issue 18: the API reference (routes/openapi.ts)
  { method: 'GET', path: '/api/openapi.json', access: 'signed-in' },
  { method: 'GET', path: '/api/docs', access: 'signed-in' },
  { method: 'GET', path: '/api/layers', access: 'read', publicRead: true },
  { method: 'GET', path: '/api/layers/:id', access: 'read', publicRead: true },
  { method: 'GET', path: '/api/bootstrap', access: 'read', publicRead: true },
  { method: 'GET', path: '/api/plan', access: 'read', publicRead: true },
  { method: 'GET', path: '/api/plan/requirements', access: 'read', publicRead: true },
  { method: 'GET', path: '/api/plan/document', access: 'read', publicRead: true },
  { method: 'GET', path: '/api/plan/indicators', access: 'read', publicRead: true },
  { method: 'PUT', path: '/api/plan/indicators/:year', access: 'edit' },
  { method: 'DELETE', path: '/api/plan/indicators/:year', access: 'edit' },
  { method: 'GET', path: '/api/stats/townships', access: 'read' },
  { method: 'POST', path: '/api/stats/area', access: 'stats' },
  // issue 18: machine density
  { method: 'GET', path: '/api/machines/density', access: 'read' },
  { method: 'POST', path: '/api/aq/aqi', access: 'read' },
  { method: 'GET', path: '/api/aq/daily', access: 'read' },
  { method: 'GET', path: '/api/aq/evaluation', access: 'read' },
  { method: 'GET', path: '/api/air/surface', access: 'read', publicRead: true },
  { method: 'GET', path: '/api/rules', access: 'read' },
  { method: 'GET', path: '/api/rules/catalogue', access: 'read', publicRead: true },
  { method: 'GET', path: '/api/controls', access: 'read' },
  { method: 'GET', path: '/api/alerts', access: 'read' },
  { method: 'GET', path: '/api/alerts/:id', access: 'read' },
  { method: 'GET', path: '/api/alerts/:id/assignees', access: 'alerts' },
  { method: 'POST', path: '/api/alerts/:id/assign', access: 'alerts' },
  { method: 'POST', path: '/api/alerts/:id/resolve', access: 'alerts' },
  { method: 'POST', path: '/api/alerts/:id/verify', access: 'alerts' },
  { method: 'GET', path: '/api/tasks', access: 'read' },
  { method: 'PATCH', path: '/api/tasks/:n', access: 'tasks' },
  { method: 'POST', path: '/api/routes/plan', access: 'routes' },
  { method: 'GET', path: '/api/exports/layers/:id', access: 'export' },
  { method: 'GET', path: '/api/exports/stats/townships', access: 'export' },
  { method: 'POST', path: '/api/exports/stats/area', access: 'export' },
  { method: 'GET', path: '/api/reports/monthly', access: 'read' },
  { method: 'GET', path: '/api/users', access: 'users' },
  { method: 'POST', path: '/api/users', access: 'users' },
  { method: 'PATCH', path: '/api/users/:id', access: 'users' },
  { method: 'GET', path: '/api/audit', access: 'audit' },
  { method: 'PATCH', path: '/api/records/:target/:key', access: 'edit' },
  { method: 'GET', path: '/api/imports/targets', access: 'import' },
  { method: 'POST', path: '/api/imports/:target/dry-run', access: 'import' },
  { method: 'POST', path: '/api/imports/:target/commit', access: 'import' },
  { method: 'GET', path: '/api/devices', access: 'read' },
  { method: 'GET', path: '/api/devices/:mn', access: 'users' },
  { method: 'POST', path: '/api/devices', access: 'users' },
  { method: 'PATCH', path: '/api/devices/:mn', access: 'users' },
  { method: 'DELETE', path: '/api/devices/:mn', access: 'users' },
  { method: 'GET', path: '/api/events', access: 'read' },
  { method: 'GET', path: '/api/monitoring/outlets', access: 'read' },
  { method: 'GET', path: '/api/monitoring/outlets/:id/hours', access: 'read' },
  { method: 'GET', path: '/api/monitoring/emissions', access: 'read' },
  { method: 'POST', path: '/api/ingest/hj212', access: 'public', machine: true },
  // issue 15: the heavy-pollution response (routes/emergency-*.ts, routes/attachments.ts)
  { method: 'GET', path: '/api/emergency/list', access: 'read' },
  { method: 'GET', path: '/api/emergency/list/diff', access: 'read' },
  { method: 'GET', path: '/api/emergency/list/export', access: 'read' },
  { method: 'POST', path: '/api/emergency/list/versions', access: 'emergency' },
  { method: 'POST', path: '/api/emergency/list/import/dry-run', access: 'emergency' },
  { method: 'POST', path: '/api/emergency/list/import/commit', access: 'emergency' },
  { method: 'GET', path: '/api/emergency/requirements', access: 'read' },
  { method: 'POST', path: '/api/emergency/requirements', access: 'emergency' },
  { method: 'GET', path: '/api/emergency/stagger', access: 'read' },
  { method: 'POST', path: '/api/emergency/stagger', access: 'emergency' },
  { method: 'PATCH', path: '/api/emergency/stagger/:id', access: 'emergency' },
  { method: 'DELETE', path: '/api/emergency/stagger/:id', access: 'emergency' },
  { method: 'GET', path: '/api/emergency/warnings', access: 'read' },
  { method: 'POST', path: '/api/emergency/warnings', access: 'emergency' },
  { method: 'GET', path: '/api/emergency/warnings/:id', access: 'read' },
  { method: 'POST', path: '/api/emergency/warnings/:id/change', access: 'emergency' },
  { method: 'POST', path: '/api/emergency/warnings/:id/lift', access: 'emergency' },
  { method: 'POST', path: '/api/emergency/warnings/:id/steps', access: 'emergency' },
  { method: 'POST', path: '/api/emergency/warnings/:id/notifications', access: 'emergency' },
  { method: 'POST', path: '/api/emergency/warnings/:id/notifications/:enterprise/ack', access: 'emergency' },
  { method: 'PUT', path: '/api/emergency/warnings/:id/supervisors', access: 'emergency' },
  { method: 'GET', path: '/api/emergency/supervisor-candidates', access: 'emergency' },
  { method: 'GET', path: '/api/emergency/warnings/:id/compliance', access: 'read' },
  { method: 'GET', path: '/api/emergency/warnings/:id/report', access: 'read' },
  { method: 'GET', path: '/api/emergency/visits', access: 'read' },
  { method: 'POST', path: '/api/emergency/visits', access: 'supervise' },
  { method: 'GET', path: '/api/emergency/gate', access: 'read' },
  { method: 'POST', path: '/api/attachments', access: 'supervise' },
  { method: 'GET', path: '/api/attachments/:id', access: 'read' },
  // issue 16: built-up area
  { method: 'GET', path: '/api/built-up-area/summary', access: 'read' },
  // issue 16: vehicles
  { method: 'GET', path: '/api/vehicles/progress', access: 'read' },
  { method: 'POST', path: '/api/vehicles/import/dry-run', access: 'import' },
  { method: 'POST', path: '/api/vehicles/import/commit', access: 'import' },
  // issue 16: roadside checks and repair shops
  { method: 'GET', path: '/api/checks', access: 'read' },
  { method: 'POST', path: '/api/checks', access: 'supervise' },
  { method: 'GET', path: '/api/checks/summary', access: 'read' },
  { method: 'GET', path: '/api/repair-shops/:id/inspections', access: 'read' },
  { method: 'POST', path: '/api/repair-shops/:id/inspections', access: 'supervise' },
  { method: 'PATCH', path: '/api/repair-shops/:id/inspections/:inspection', access: 'supervise' },
  // issue 16: muck trucks
  { method: 'GET', path: '/api/muck/trucks/:id/track', access: 'read' },
  { method: 'GET', path: '/api/muck/violations', access: 'read' },
  { method: 'POST', path: '/api/muck/positions', access: 'import' },
  { method: 'GET', path: '/api/muck/permits', access: 'read' },
  { method: 'POST', path: '/api/muck/permits', access: 'edit' },
  { method: 'PATCH', path: '/api/muck/permits/:id', access: 'edit' },
  { method: 'GET', path: '/api/muck/spills', access: 'read' },
  { method: 'POST', path: '/api/muck/spills', access: 'supervise' },
  { method: 'PATCH', path: '/api/muck/spills/:id', access: 'supervise' },
  // issue 16: roads
  { method: 'GET', path: '/api/roads/standards', access: 'read' },
  { method: 'PUT', path: '/api/roads/standards/:class', access: 'edit' },
  { method: 'GET', path: '/api/roads/schedule', access: 'read' },
  { method: 'POST', path: '/api/roads/cleanings', access: 'supervise' },
  { method: 'POST', path: '/api/roads/cleanings/track', access: 'supervise' },
  { method: 'GET', path: '/api/roads/segments/:id/cleanings', access: 'read' },
  { method: 'GET', path: '/api/roads/dust-loads', access: 'read' },
  { method: 'POST', path: '/api/roads/dust-loads', access: 'supervise' },
  // issue 16: stockyards
  { method: 'GET', path: '/api/stockyards/:id/inspections', access: 'read' },
  { method: 'POST', path: '/api/stockyards/:id/inspections', access: 'supervise' },
  { method: 'GET', path: '/api/dust/sources-near', access: 'read' },
  // issue 16: statistics, report and routes
  // issue 17: cases
  { method: 'GET', path: '/api/cases', access: 'read' },
  { method: 'GET', path: '/api/cases/summary', access: 'read' },
  { method: 'GET', path: '/api/cases/export', access: 'export' },
  { method: 'GET', path: '/api/cases/:id', access: 'read' },
  { method: 'POST', path: '/api/cases', access: 'cases' },
  { method: 'POST', path: '/api/cases/:id/steps', access: 'cases' },
  { method: 'POST', path: '/api/cases/:id/attachments', access: 'cases' },
  // issue 17: reports (the public intake's routes are 'public')
  { method: 'POST', path: '/api/reports/public', access: 'public' },
  { method: 'GET', path: '/api/reports/public/:ticket', access: 'public' },
  { method: 'GET', path: '/api/public-reports', access: 'read' },
  { method: 'GET', path: '/api/public-reports/:id', access: 'read' },
  { method: 'POST', path: '/api/public-reports/:id/steps', access: 'supervise' },
  // issue 17: visits
  { method: 'GET', path: '/api/visits/summary', access: 'read' },
  { method: 'GET', path: '/api/visits', access: 'read' },
  { method: 'POST', path: '/api/visits', access: 'supervise' },
  { method: 'PATCH', path: '/api/visits/requests/:id', access: 'supervise' },
  { method: 'PATCH', path: '/api/visits/:id', access: 'supervise' },
  // issue 17: departments
  { method: 'GET', path: '/api/departments', access: 'read' },
  { method: 'GET', path: '/api/departments/leaders', access: 'read' },
  { method: 'PUT', path: '/api/departments/leaders/:township', access: 'edit' },
  { method: 'POST', path: '/api/departments/leaders/import', access: 'edit' },
  { method: 'GET', path: '/api/departments/plan-items', access: 'read' },
  { method: 'POST', path: '/api/departments/plan-items', access: 'edit' },
  // `edit`, or a user of the item's department (progress, status, done date, note): the route checks
  { method: 'PATCH', path: '/api/departments/plan-items/:id', access: 'signed-in' },
  { method: 'GET', path: '/api/departments/funds', access: 'read' },
  { method: 'POST', path: '/api/departments/funds', access: 'edit' },
  { method: 'PATCH', path: '/api/departments/funds/:id', access: 'edit' },
  { method: 'GET', path: '/api/departments/:id', access: 'read' },
  { method: 'PUT', path: '/api/alerts/:id/department', access: 'alerts' },
  // issue 17: fuel and voc
  { method: 'GET', path: '/api/voc/carbon', access: 'read' },
  { method: 'POST', path: '/api/voc/carbon/replacements', access: 'supervise' },
  { method: 'POST', path: '/api/voc/carbon/transfers', access: 'supervise' },
  { method: 'GET', path: '/api/voc/materials', access: 'read' },
  { method: 'POST', path: '/api/voc/materials', access: 'edit' },
  { method: 'GET', path: '/api/voc/summary', access: 'read' },
  { method: 'POST', path: '/api/voc/import/dry-run', access: 'import' },
  { method: 'POST', path: '/api/voc/import/commit', access: 'import' },
  { method: 'GET', path: '/api/fuel-samples/summary', access: 'read' },
  { method: 'GET', path: '/api/fuel-samples', access: 'read' },
  { method: 'POST', path: '/api/fuel-samples', access: 'supervise' },
  { method: 'PATCH', path: '/api/fuel-samples/:id/result', access: 'supervise' },
  { method: 'PATCH', path: '/api/fuel-samples/:id/trace', access: 'supervise' },
  // issue 17: energy
  { method: 'GET', path: '/api/energy/ledger', access: 'read' },
  { method: 'PUT', path: '/api/energy/ledger/:enterprise/:year', access: 'edit' },
  { method: 'GET', path: '/api/energy/summary', access: 'read' },
  { method: 'GET', path: '/api/energy/coal-projects', access: 'read' },
  { method: 'POST', path: '/api/energy/coal-projects', access: 'edit' },
  { method: 'PATCH', path: '/api/energy/coal-projects/:id', access: 'edit' },
  { method: 'GET', path: '/api/energy/high-energy-projects', access: 'read' },
  { method: 'POST', path: '/api/energy/high-energy-projects', access: 'edit' },
  { method: 'PATCH', path: '/api/energy/high-energy-projects/:id', access: 'edit' },
];

const compiled = routePolicies.map((policy) => ({
  policy,
  pattern: new RegExp(`^${policy.path.replace(/:[a-z]+/g, '[^/]+')}/?$`),
}));

/** The policy of a request (HEAD counts as GET), or undefined for a path no route serves. */
export function matchPolicy(method: string, path: string): RoutePolicy | undefined {
  const m = method === 'HEAD' ? 'GET' : method;
  return compiled.find((entry) => entry.policy.method === m && entry.pattern.test(path))?.policy;
}

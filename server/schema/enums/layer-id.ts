/**
 * The map layers served at /api/layers/:id, in catalogue order. Zod-free: the client imports it.
 *
 * @module
 */

/**
 * @example
 * layerIds.includes('villages'); // true
 */
export const layerIds = [
  'townships',
  'villages',
  'enterprises',
  'construction-sites',
  'nrmm-zones',
  'machines',
  'stations',
  'dustfall-points',
  'fuel-points',
  'built-up-area',
  'vehicles',
  'checkpoints',
  'repair-shops',
  'muck-trucks',
  'road-segments',
  'stockyards',
  'public-reports',
  'fuel-samples',
] as const;
export type LayerId = (typeof layerIds)[number];

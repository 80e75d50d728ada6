/** Layers whose features can be inspection stops (zod-free: the console imports it at runtime). */
export const stopLayers = [
  'construction-sites',
  'villages',
  'machines',
  'enterprises',
  'fuel-points',
  'dustfall-points',
  'stations',
] as const;
export type StopLayer = (typeof stopLayers)[number];

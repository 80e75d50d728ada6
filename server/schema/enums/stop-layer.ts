/** Layers whose features can be inspection stops (zod-free: the console imports it at runtime). */
export const stopLayers = [
  'construction-sites',
  'villages',
  'machines',
  'enterprises',
  'fuel-points',
  'dustfall-points',
  'stations',
  // issue 16: roadside checkpoints (路检路查), repair shops (机动车维修机构) and stockyards (堆场)
  'checkpoints',
  'repair-shops',
  'stockyards',
] as const;
export type StopLayer = (typeof stopLayers)[number];

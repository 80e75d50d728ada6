import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { importRoadNetwork } from '../roads/import-roads.ts';
import { createRoadRouter, type RoadRouter } from '../roads/road-router.ts';

const networkFile = fileURLToPath(new URL('../../geodata/xinfu-roads.synthetic.geojson', import.meta.url));
let router: RoadRouter | null = null;

/**
 * The road router over the shipped network (geodata/xinfu-roads.synthetic.geojson), built on
 * first use and kept; with no usable file, the straight-line fallback (results say so).
 */
export function roadRouter(): RoadRouter {
  if (router) return router;
  try {
    const imported = importRoadNetwork(JSON.parse(readFileSync(networkFile, 'utf8')));
    router = createRoadRouter(imported.ok ? imported.graph : null);
  } catch {
    router = createRoadRouter(null);
  }
  return router;
}

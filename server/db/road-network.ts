import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { importRoadNetwork } from '../roads/import-roads.ts';
import { createRoadRouter, type RoadRouter } from '../roads/road-router.ts';

/** The shipped synthetic network; `LANTIAN_ROADS=<file.geojson>` loads a real one instead (GeoJSON LineStrings with a road class or speed). */
const networkFile = process.env.LANTIAN_ROADS ?? fileURLToPath(new URL('../../geodata/xinfu-roads.synthetic.geojson', import.meta.url));
let router: RoadRouter | null = null;

/**
 * The road router over the shipped network (geodata/xinfu-roads.synthetic.geojson), built on
 * first use and kept; with no usable file, the straight-line fallback (results say so).
 */
export function roadRouter(): RoadRouter {
  if (router) return router;
  try {
    const imported = importRoadNetwork(JSON.parse(readFileSync(networkFile, 'utf8')));
    if (!imported.ok) console.error(`road network ${networkFile} not usable (${imported.errors.slice(0, 3).map((e) => e.message).join('; ')}): straight-line fallback`);
    router = createRoadRouter(imported.ok ? imported.graph : null);
  } catch (error) {
    console.error(`road network ${networkFile} not readable (${error instanceof Error ? error.message : String(error)}): straight-line fallback`);
    router = createRoadRouter(null);
  }
  return router;
}

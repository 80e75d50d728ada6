import { readFileSync } from 'node:fs';
import { roadNetworkFile } from '../config.ts';
import { importRoadNetwork } from '../roads/import-roads.ts';
import { createRoadRouter, type RoadRouter } from '../roads/road-router.ts';

let router: RoadRouter | null = null;

/**
 * The road router of this thread over the configured network (`roadNetworkFile`: LANTIAN_ROADS,
 * else geodata/xinfu-roads.synthetic.geojson), built on first use and kept; with no usable file,
 * the straight-line fallback (results say so).
 *
 * @example
 * roadRouter().route([112.7283, 38.4153], [112.645, 38.56]).method; // 'road'
 */
export function roadRouter(): RoadRouter {
  if (router) return router;
  const networkFile = roadNetworkFile(process.env);
  try {
    const imported = importRoadNetwork(JSON.parse(readFileSync(networkFile, 'utf8')));
    if (!imported.ok) {
      const problems = imported.error.problems
        .slice(0, 3)
        .map((e) => e.message)
        .join('; ');
      console.error(`road network ${networkFile} not usable (${problems}): straight-line fallback`);
    }
    router = createRoadRouter(imported.ok ? imported.value.graph : null);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    console.error(`road network ${networkFile} not readable (${reason}): straight-line fallback`);
    router = createRoadRouter(null);
  }
  return router;
}

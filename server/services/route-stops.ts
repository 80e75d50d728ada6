import type { Point } from 'geojson';
import { pointInPolygon } from '../spatial/point-in-polygon.ts';
import type { RoutePlanRequest, StopLayer } from '../schema/routes.ts';
import { layerDefinitions } from '../db/layers/registry.ts';
import type { Db } from '../db/open-database.ts';
import { ruleHitsAt } from './rule-hits-at.ts';

/** A place to inspect. */
export interface RouteStop {
  layer: StopLayer;
  id: string;
  name: string;
  township: string;
  position: [number, number];
}

/** Problems worth a visit: rule hits that are breaches, missed deadlines or warnings (not mere controls). */
const VISIT_SEVERITIES = new Set(['violation', 'overdue', 'warning']);

/**
 * The stops a request names (explicit ids, or a selection by layer, township and open problem),
 * read as the layers serve them at `asOf`. Unknown ids are returned separately, not dropped silently.
 */
export function resolveRouteStops(
  db: Db,
  request: RoutePlanRequest,
  asOf: string,
): { stops: RouteStop[]; unknown: string[] } {
  const layers = request.sites ? [...new Set(request.sites.map((s) => s.layer))] : (request.select?.layers ?? []);
  const all = new Map<string, RouteStop>();
  for (const layer of layers) {
    for (const f of layerDefinitions[layer].features(db, {}, asOf)) {
      const p = f.properties;
      const [lon, lat] = (f.geometry as Point).coordinates as [number, number];
      const id = String(f.id);
      all.set(`${layer}:${id}`, {
        layer,
        id,
        name: String(p.name ?? p.code ?? id),
        township: String(p.township ?? ''),
        position: [lon, lat],
      });
    }
  }
  if (request.sites) {
    const stops: RouteStop[] = [];
    const unknown: string[] = [];
    for (const s of request.sites) {
      const stop = all.get(`${s.layer}:${s.id}`);
      if (stop) stops.push(stop);
      else unknown.push(`${s.layer}:${s.id}`);
    }
    return { stops, unknown };
  }
  const select = request.select;
  let stops = [...all.values()];
  if (select?.townships?.length) stops = stops.filter((s) => select.townships?.includes(s.township));
  const area = select?.area;
  if (area) stops = stops.filter((s) => pointInPolygon(s.position, area));
  if (select?.onlyWithAlerts) {
    const flagged = new Set(
      ruleHitsAt(db, asOf, 'none')
        .filter((h) => VISIT_SEVERITIES.has(h.severity))
        .map((h) => `${h.layer}:${h.entityId}`),
    );
    stops = stops.filter((s) => flagged.has(`${s.layer}:${s.id}`));
  }
  return { stops, unknown: [] };
}

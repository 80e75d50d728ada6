import type { Point } from 'geojson';
import { pointInPolygon } from '../spatial/point-in-polygon.ts';
import type { RoutePlanRequest, StopLayer } from '../schema/routes.ts';
import { layerDefinitions } from '../db/layers/registry.ts';
import type { Db } from '../db/open-database.ts';
import { ruleHitsAt } from './rule-hits-at.ts';
import type { Localized } from '../schema/localized.ts';
import { machineTypeLabels } from '../schema/enums/machine.ts';
import type { MachineType } from '../schema/enums/machine.ts';
import { checkpointKindLabels, type CheckpointKind } from '../schema/enums/roadside-check.ts';
import { repairShopCategoryLabels, type RepairShopCategory } from '../schema/enums/repair-shop.ts';
import { stockyardMaterialLabels, type StockyardMaterial } from '../schema/enums/stockyard.ts';

/** An open problem of a place: the rule hit that makes it worth a visit. */
export interface StopProblem {
  rule: string;
  title: Localized;
  detail: Localized;
}

/** A place to inspect. */
export interface RouteStop {
  layer: StopLayer;
  id: string;
  name: string;
  township: string;
  position: [number, number];
  /** What the place is where its name does not say (a machine's type and registration), else null. */
  detail: Localized | null;
  /** Its open problems at as-of (breaches, missed deadlines, warnings), the reason for a visit. */
  problems: StopProblem[];
}

/** A machine's type and registration code, the name alone being its id. */
function machineDetail(p: Record<string, unknown>): Localized | null {
  const type = machineTypeLabels[p.type as MachineType];
  if (!type) return null;
  const code = typeof p.registrationCode === 'string' && p.registrationCode ? p.registrationCode : null;
  return {
    zh: code ? `${type.zh} · 登记号 ${code}` : `${type.zh} · 未登记`,
    en: code ? `${type.en} · registration ${code}` : `${type.en} · unregistered`,
  };
}

/** What a roadside checkpoint, repair shop or stockyard is (its kind, category or material and area), else null. */
function dustStopDetail(layer: StopLayer, p: Record<string, unknown>): Localized | null {
  if (layer === 'checkpoints') return checkpointKindLabels[p.kind as CheckpointKind] ?? null;
  if (layer === 'repair-shops') return repairShopCategoryLabels[p.category as RepairShopCategory] ?? null;
  if (layer !== 'stockyards') return null;
  const material = stockyardMaterialLabels[p.material as StockyardMaterial];
  if (!material) return null;
  const area = typeof p.areaM2 === 'number' ? Math.round(p.areaM2) : null;
  return area === null
    ? material
    : { zh: `${material.zh}堆场 · ${area} m²`, en: `${material.en} stockyard · ${area} m²` };
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
  const problems = new Map<string, StopProblem[]>();
  for (const hit of ruleHitsAt(db, asOf)) {
    if (!VISIT_SEVERITIES.has(hit.severity)) continue;
    const key = `${hit.layer}:${hit.entityId}`;
    problems.set(key, [...(problems.get(key) ?? []), { rule: hit.rule, title: hit.title, detail: hit.detail }]);
  }
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
        detail: layer === 'machines' ? machineDetail(p) : dustStopDetail(layer, p),
        problems: problems.get(`${layer}:${id}`) ?? [],
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
  if (select?.onlyWithAlerts) stops = stops.filter((s) => s.problems.length > 0);
  return { stops, unknown: [] };
}

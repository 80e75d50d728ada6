import type { ListedAlert } from '../../../server/schema/alerts.ts';
import { alertsMessages } from '../../i18n/alerts.ts';
import type { Language } from '../../state/app-state.ts';
import { type HandedSite, handSitesToPlanner } from '../route-handoff.ts';

const stopLayers = new Set([
  'construction-sites',
  'villages',
  'machines',
  'enterprises',
  'fuel-points',
  // issue 16: roadside checkpoints, repair shops and stockyards can be inspection stops
  'checkpoints',
  'repair-shops',
  'stockyards',
]);
const planned = new Set(['violation', 'overdue', 'warning']);

/** The places of the listed problems the route planner can visit (one per entity, at most 200). */
export function sitesToPlan(hits: readonly ListedAlert[], nameOf: (layer: string, id: string) => string): HandedSite[] {
  const sites = new Map<string, HandedSite>();
  for (const a of hits)
    if (stopLayers.has(a.layer) && planned.has(a.severity))
      sites.set(`${a.layer}:${a.entityId}`, {
        layer: a.layer as HandedSite['layer'],
        id: a.entityId,
        name: nameOf(a.layer, a.entityId),
      });
  return [...sites.values()].slice(0, 200);
}

/** “Plan an inspection route for these”: hands the listed alerts' places to the 巡查 view. */
export function PlanRouteButton({ lang, sites, onPlan }: { lang: Language; sites: HandedSite[]; onPlan(): void }) {
  return (
    <button
      type="button"
      class="tool"
      data-plan-alerts={String(sites.length)}
      disabled={sites.length === 0}
      onClick={() => {
        handSitesToPlanner(sites);
        onPlan();
      }}
    >
      {alertsMessages(lang).planRoute(sites.length)}
    </button>
  );
}

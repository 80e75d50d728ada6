import { useEffect, useMemo, useState } from 'preact/hooks';
import { stopLayers, type StopLayer } from '../../../server/schema/enums/stop-layer.ts';
import type { RoutePlanResponse } from '../../../server/schema/routes.ts';
import { failureText } from '../../api/failure-text.ts';
import { saveFile } from '../../api/save-file.ts';
import { sendJson } from '../../api/send-json.ts';
import { session } from '../../api/session.ts';
import type { ViewContext } from '../../app.ts';
import { dustStatsMessages } from '../../i18n/dust-stats.ts';
import { routesMessages } from '../../i18n/routes.ts';
import { useAppState } from '../../state/use-app-state.ts';
import { routeSheetHtml, routeToGpx } from '../route-exports.ts';
import { type HandedSite, takeHandedSites } from '../route-handoff.ts';
import { circleRing, decodeShape } from '../shape-codec.ts';
import { RouteForm } from './route-form.tsx';
import { planBounds, routeOverlayLayers } from './route-overlay.ts';
import { decodeRoutePlan, encodeRoutePlan, type PickedSite, type RoutePlanParams } from './route-plan-codec.ts';
import { RouteResults } from './route-results.tsx';
import { routeGpxFileName } from './route-wording.ts';
import { townshipNames } from './township-names.ts';

/** What the 巡查 view plans by selection when the URL names no layers. */
const DEFAULT_LAYERS: StopLayer[] = ['construction-sites'];

/** A plan and the team size asked for. */
interface PlanState {
  response: RoutePlanResponse;
  asked: number;
}

/**
 * 巡查 view: pick what to inspect (layers, the township filter, only places with an open problem), set the team and
 * the shift, plan; the routes are drawn on the map in one colour per inspector with numbered stops (the map fits
 * them), with an itinerary per inspector, what could not be fitted and why, and GPX and a printable route sheet. The
 * inputs live in the URL (`rp`, `rl`), so a reload, a shared link or a return to the view restores them; the plan is
 * kept through selections and live updates.
 */
export function RoutesView({ context }: { context: ViewContext }) {
  const { store, data, map, setOverlayLayers, panel } = context;
  const lang = useAppState(store, (s) => s.lang);
  const townships = useAppState(store, (s) => s.townships);
  const selected = useAppState(store, (s) => s.selected);
  const shape = useAppState(store, (s) => s.shape);
  const asOf = useAppState(store, (s) => s.asOf);
  const token = useAppState(store, (s) => s.routePlan);
  const routeLayers = useAppState(store, (s) => s.routeLayers);
  const m = routesMessages(lang);
  const params = useMemo(() => decodeRoutePlan(token), [token]);
  const layers = (routeLayers ?? DEFAULT_LAYERS).filter((l): l is StopLayer =>
    (stopLayers as readonly string[]).includes(l),
  );
  const [handed] = useState(() => takeHandedSites());
  const [names] = useState(() => new Map(handed.map((s) => [`${s.layer}:${s.id}`, s.name])));
  const [plan, setPlan] = useState<PlanState | null>(null);
  const [reordered, setReordered] = useState(() => new Map<number, HandedSite[]>());
  const [error, setError] = useState('');
  const [layerError, setLayerError] = useState<string | null>(null);
  const [shiftError, setShiftError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const setParams = (next: RoutePlanParams) => store.update({ routePlan: encodeRoutePlan(next) });
  useEffect(() => {
    if (handed.length) setParams({ ...decodeRoutePlan(store.get().routePlan), manual: handed });
    panel.dataset.ready = 'true';
  }, []);
  useEffect(() => {
    setOverlayLayers(routeOverlayLayers(plan?.response ?? null));
  }, [plan]);
  useEffect(() => () => setOverlayLayers([]), []);

  const nameOf = (site: PickedSite) => {
    const known = names.get(`${site.layer}:${site.id}`);
    if (known) return known;
    const feature = data().layers[site.layer]?.find((f) => String(f.id) === site.id);
    return String(feature?.properties.name ?? site.id);
  };
  const townshipFeatures = data().layers.townships ?? [];
  const own = session.user?.role === 'inspector' ? session.user.townships : null;
  const scope = townships.length
    ? m.scopeTownships(townshipNames(townshipFeatures, townships, lang).join(m.listSeparator))
    : own
      ? m.scopeOwn(townshipNames(townshipFeatures, own, lang).join(m.listSeparator))
      : m.scopeDistrict;
  const selectable = selected !== null && (stopLayers as readonly string[]).includes(selected.layer);

  function addSelected(): void {
    if (!selected || !selectable) return;
    if (params.manual.some((s) => s.layer === selected.layer && s.id === selected.id)) return;
    setParams({ ...params, manual: [...params.manual, { layer: selected.layer as StopLayer, id: selected.id }] });
  }

  function fitPlan(response: RoutePlanResponse): void {
    const bounds = planBounds(response);
    if (!bounds) return;
    const box = map.getContainer().getBoundingClientRect();
    const sheet = panel.getBoundingClientRect();
    const padding = { top: 40, bottom: 40, left: 40, right: 40 };
    // keep the routes clear of the panel: a side panel on the left, a bottom sheet on a phone
    if (sheet.width < box.width * 0.8 && sheet.left <= box.left + 10)
      padding.left += Math.max(0, sheet.right - box.left);
    else if (sheet.top > box.top + box.height / 3) padding.bottom += Math.max(0, box.bottom - sheet.top);
    if (padding.left + padding.right >= box.width - 40) padding.left = 40;
    if (padding.top + padding.bottom >= box.height - 40) padding.bottom = 40;
    map.fitBounds(bounds, { padding, duration: 600, maxZoom: 15 });
  }

  async function runPlan(override?: { sites: HandedSite[]; fixed: HandedSite[][] }): Promise<void> {
    const manual = params.manual;
    const noLayer = !override && manual.length === 0 && layers.length === 0;
    const badShift = !(params.shift[0] && params.shift[1] && params.shift[0] < params.shift[1]);
    setLayerError(noLayer ? m.noLayer : null);
    setShiftError(badShift ? m.shiftOrder : null);
    if (noLayer || badShift) return;
    setBusy(true);
    setError('');
    const drawn = params.useArea ? decodeShape(shape) : null;
    const area = drawn
      ? {
          type: 'Polygon' as const,
          coordinates: [drawn.kind === 'circle' ? circleRing(drawn.center, drawn.radiusM) : drawn.ring],
        }
      : undefined;
    // an inspector plans within their own townships unless townships are chosen (the server checks it either way)
    const chosen = townships.length ? townships : own;
    const inspectors = { count: params.count, shift: params.shift };
    const site = ({ layer, id }: PickedSite) => ({ layer, id });
    const body = override
      ? { sites: override.sites.map(site), fixed: override.fixed.map((r) => r.map(site)), inspectors }
      : manual.length
        ? { sites: manual.map(site), inspectors }
        : {
            select: {
              layers,
              ...(chosen ? { townships: chosen } : {}),
              onlyWithAlerts: params.onlyProblems,
              ...(area ? { area } : {}),
            },
            inspectors,
          };
    const result = await sendJson<RoutePlanResponse>('POST', '/api/routes/plan', {
      ...body,
      ...(asOf ? { asOf } : {}),
    });
    setBusy(false);
    setReordered(new Map());
    if (!result.ok) {
      setPlan(null);
      setError(failureText(lang, result.error));
      return;
    }
    setPlan({ response: result.value, asked: params.count });
    fitPlan(result.value);
  }

  function replan(response: RoutePlanResponse): void {
    const sites = [
      ...response.routes.flatMap((r) => r.stops.map((s) => ({ layer: s.layer, id: s.id, name: s.name }))),
      ...response.unassigned.map((u) => ({ layer: u.layer, id: u.id, name: u.name })),
    ];
    const fixed = [...reordered.entries()].sort((a, b) => a[0] - b[0]).map(([, order]) => order);
    void runPlan({ sites, fixed });
  }

  function print(response: RoutePlanResponse): void {
    const w = window.open('', '_blank');
    if (!w) return;
    const nameOfTownship = (code: string) => townshipNames(townshipFeatures, [code], lang)[0] ?? code;
    w.document.write(routeSheetHtml(response, m, lang, nameOfTownship));
    w.document.close();
    w.print();
  }

  return (
    <>
      <h2>{m.title}</h2>
      <RouteForm
        m={m}
        dm={dustStatsMessages(lang)}
        params={params}
        layers={layers}
        manualNames={params.manual.map(nameOf)}
        scope={scope}
        canAddSelected={selectable}
        hasShape={shape !== null}
        busy={busy}
        layerError={layerError}
        shiftError={shiftError}
        onParams={setParams}
        onLayers={(next) => {
          setLayerError(null);
          store.update({ routeLayers: stopLayers.filter((l) => next.includes(l)) });
        }}
        onAddSelected={addSelected}
        onPlan={() => void runPlan()}
      />
      {error ? (
        <p class="error" data-route-error="">
          {error}
        </p>
      ) : null}
      {plan ? (
        <RouteResults
          m={m}
          lang={lang}
          plan={plan.response}
          asked={plan.asked}
          reordered={reordered}
          onReorder={(inspector, order) => setReordered(new Map(reordered).set(inspector, order))}
          onReplan={() => replan(plan.response)}
          onSelect={(stop) => store.update({ selected: stop })}
          onGpx={(inspector) => {
            const route = plan.response.routes.find((r) => r.inspector === inspector);
            if (route)
              saveFile(
                routeGpxFileName(plan.response, inspector),
                routeToGpx(plan.response, route, m, lang),
                'application/gpx+xml',
              );
          }}
          onPrint={() => print(plan.response)}
        />
      ) : null}
    </>
  );
}

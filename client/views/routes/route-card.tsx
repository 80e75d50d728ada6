import type { RoutePlanResponse } from '../../../server/schema/routes.ts';
import type { RoutesMessages } from '../../i18n/routes.ts';
import type { Language } from '../../state/app-state.ts';
import type { HandedSite } from '../route-handoff.ts';
import { hexColor, routeColor } from './route-overlay.ts';
import { stopLabel, visitReasonText } from './route-wording.ts';

type PlannedRoute = RoutePlanResponse['routes'][number];

export interface RouteCardProps {
  m: RoutesMessages;
  lang: Language;
  route: PlannedRoute;
  /** The stops as reordered by hand since the plan, or null. */
  reordered: HandedSite[] | null;
  onReorder(order: HandedSite[]): void;
  onSelect(stop: { layer: HandedSite['layer']; id: string }): void;
  onGpx(): void;
}

/** ▲▼ to move a stop within its inspector's route (the route is then kept as ordered). */
function MoveButtons(props: {
  m: RoutesMessages;
  inspector: number;
  order: HandedSite[];
  i: number;
  onReorder(order: HandedSite[]): void;
}) {
  const { order, i } = props;
  const move = (delta: number) => {
    const next = [...order];
    const j = i + delta;
    if (j < 0 || j >= next.length) return;
    [next[i], next[j]] = [next[j] as HandedSite, next[i] as HandedSite];
    props.onReorder(next);
  };
  return (
    <span class="move-buttons">
      <button
        type="button"
        class="tool"
        title={props.m.moveUp}
        data-move-up={`${props.inspector}:${i}`}
        disabled={i === 0}
        onClick={() => move(-1)}
      >
        ▲
      </button>
      <button
        type="button"
        class="tool"
        title={props.m.moveDown}
        data-move-down={`${props.inspector}:${i}`}
        disabled={i === order.length - 1}
        onClick={() => move(1)}
      >
        ▼
      </button>
    </span>
  );
}

/** One inspector's day: colour, times, GPX, and the stops in order with their times and why each is visited. */
export function RouteCard({ m, lang, route: r, reordered, onReorder, onSelect, onGpx }: RouteCardProps) {
  const asSites: HandedSite[] = r.stops.map((s) => ({ layer: s.layer, id: s.id, name: stopLabel(lang, s) }));
  return (
    <section class="route-card" data-route={String(r.inspector)}>
      <h3>
        <span class="route-swatch" style={{ background: hexColor(routeColor(r.inspector)) }} />
        {m.inspector(r.inspector)}
        <button type="button" class="link-button" data-route-gpx={String(r.inspector)} onClick={onGpx}>
          {m.gpx}
        </button>
      </h3>
      <p class="muted" data-route-times={String(r.inspector)}>
        {m.routeTimes(r.depart, r.end, r.travelMinutes, r.distanceKm)}
      </p>
      {r.fixed ? (
        <p class="muted">
          {m.keptOrder}
          {r.overShift ? m.overShift : ''}
        </p>
      ) : null}
      {reordered ? (
        <ol class="itinerary" data-reordered={String(r.inspector)}>
          {reordered.map((s, i) => (
            <li key={`${s.layer}:${s.id}`} data-stop={`${s.layer}:${s.id}`}>
              {s.name} <MoveButtons m={m} inspector={r.inspector} order={reordered} i={i} onReorder={onReorder} />
            </li>
          ))}
        </ol>
      ) : (
        <ol class="itinerary">
          {r.stops.map((s, i) => (
            <li key={`${s.layer}:${s.id}`} data-stop={`${s.layer}:${s.id}`}>
              <button type="button" class="link-button" onClick={() => onSelect({ layer: s.layer, id: s.id })}>
                {stopLabel(lang, s)}
              </button>{' '}
              <MoveButtons m={m} inspector={r.inspector} order={asSites} i={i} onReorder={onReorder} />
              <br />
              <span class="muted" data-stop-times="">
                {m.stopTimes(s.arrival, s.start, s.departure)}
              </span>
              <br />
              <span class="muted" data-stop-reason="">
                {m.visitWhy}：{visitReasonText(m, lang, s)}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

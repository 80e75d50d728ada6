import type { RoutePlanResponse } from '../../../server/schema/routes.ts';
import type { RoutesMessages } from '../../i18n/routes.ts';
import type { Language } from '../../state/app-state.ts';
import type { HandedSite } from '../route-handoff.ts';
import { RouteCard } from './route-card.tsx';
import { fewerInspectorsText, planDate, unassignedReasonText } from './route-wording.ts';

export interface RouteResultsProps {
  m: RoutesMessages;
  lang: Language;
  plan: RoutePlanResponse;
  /** Inspectors asked for when planning. */
  asked: number;
  reordered: Map<number, HandedSite[]>;
  onReorder(inspector: number, order: HandedSite[]): void;
  onReplan(): void;
  onSelect(stop: { layer: HandedSite['layer']; id: string }): void;
  onGpx(inspector: number): void;
  onPrint(): void;
}

/** A plan: the summary (and why fewer inspectors than asked), a card per inspector, what could not be fitted. */
export function RouteResults({ m, lang, plan, asked, reordered, ...on }: RouteResultsProps) {
  const stops = plan.routes.reduce((n, r) => n + r.stops.length, 0);
  const fewer = fewerInspectorsText(m, plan, asked);
  return (
    <>
      <p class="muted" data-route-summary="">
        {m.summary(plan.routes.length, stops, plan.solveMs, planDate(plan))}
        {plan.method === 'straight-line' ? m.straightLine : m.syntheticRoads}
      </p>
      {fewer ? (
        <p class="muted" data-route-fewer="">
          {fewer}
        </p>
      ) : null}
      {plan.routes.map((r) => (
        <RouteCard
          key={r.inspector}
          m={m}
          lang={lang}
          route={r}
          reordered={reordered.get(r.inspector) ?? null}
          onReorder={(order) => on.onReorder(r.inspector, order)}
          onSelect={on.onSelect}
          onGpx={() => on.onGpx(r.inspector)}
        />
      ))}
      {reordered.size ? (
        <p>
          <button type="button" class="tool active" data-route-replan="" onClick={on.onReplan}>
            {m.replan}
          </button>
        </p>
      ) : null}
      {plan.unassigned.length ? (
        <>
          <h3>{m.unassigned(plan.unassigned.length)}</h3>
          <ul class="alert-list" data-route-unassigned="">
            {plan.unassigned.map((u) => (
              <li key={`${u.layer}:${u.id}`} data-reason={u.reasonCode}>
                {u.name}：{unassignedReasonText(m, u.reasonCode)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p>
        <button type="button" class="link-button" data-route-print="" onClick={on.onPrint}>
          {m.print}
        </button>
      </p>
    </>
  );
}

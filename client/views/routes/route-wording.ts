import type { UnassignedReasonCode } from '../../../server/routing/unassigned-reason-code.ts';
import type { RoutePlanResponse } from '../../../server/schema/routes.ts';
import type { RoutesMessages } from '../../i18n/routes.ts';
import type { Language } from '../../state/app-state.ts';

export type PlannedStop = RoutePlanResponse['routes'][number]['stops'][number];

/**
 * Why a stop was left out, in the console's words.
 *
 * @example
 * unassignedReasonText(routesMessages('zh'), 'did-not-fit'); // '班次内排不下（优先级最低的先舍去）'
 */
export function unassignedReasonText(m: RoutesMessages, code: UnassignedReasonCode): string {
  switch (code) {
    case 'no-vehicles':
      return m.reasonNoVehicles;
    case 'over-capacity':
      return m.reasonOverCapacity;
    case 'window-unreachable':
      return m.reasonWindow;
    case 'shift-too-short':
      return m.reasonShift;
    case 'work-time-too-long':
      return m.reasonWorkTime;
    case 'no-inspector-left':
      return m.reasonNoInspectorLeft;
    default:
      return m.reasonDidNotFit;
  }
}

/** Why fewer inspectors were used than asked for, or null when all were. */
export function fewerInspectorsText(m: RoutesMessages, plan: RoutePlanResponse, asked: number): string | null {
  const used = plan.routes.length;
  if (used >= asked) return null;
  const stops = plan.routes.reduce((n, r) => n + r.stops.length, 0) + plan.unassigned.length;
  if (stops < asked) return m.fewerTooFewStops(used, asked, stops);
  if (plan.unassigned.length === 0) return m.fewerAllFit(used, asked);
  return m.fewerRestUnservable(used, asked);
}

/** Why a stop is visited: its open problems (rule titles), else that its kind was chosen. */
export function visitReasonText(m: RoutesMessages, lang: Language, stop: PlannedStop): string {
  if (stop.problems.length === 0) return m.visitChosen;
  const titles = [...new Set(stop.problems.map((p) => p.title[lang]))];
  return titles.join(m.listSeparator);
}

/** The stop's name with what it is where the name does not say (a machine's type and registration). */
export function stopLabel(lang: Language, stop: { name: string; detail: PlannedStop['detail'] }): string {
  return stop.detail ? `${stop.name}（${stop.detail[lang]}）` : stop.name;
}

/** The day planned (`YYYY-MM-DD`, CST): the as-of day of the plan. */
export const planDate = (plan: RoutePlanResponse): string => plan.asOf.slice(0, 10);

/**
 * The GPX file name of one inspector's route: the day and the inspector.
 *
 * @example
 * routeGpxFileName(plan, 1); // 'lantian-route-2023-07-15-1.gpx'
 */
export const routeGpxFileName = (plan: RoutePlanResponse, inspector: number): string =>
  `lantian-route-${planDate(plan)}-${inspector}.gpx`;

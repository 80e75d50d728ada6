/**
 * How the demo simulator obeys the heavy-pollution response (issue 15): an outlet bound in an hour by a measure of
 * the issued warning in force (at the warning's level) or by a staggered-production schedule sends a stopped or
 * limited line's hour, set against the same baseline the compliance check reads (the outlet's stored hours in the
 * 7 days before the warning's or the schedule's start), so a plant that obeys passes the check; one deliberate
 * violator per run ignores the warning's measures and sends its baseline as if nothing were issued.
 *
 * @module
 */
import { seededRandom } from './prng.ts';
import type { StackValues } from './stack-values.ts';

/** An outlet's normal hour: the medians of its valid stored hours before a start (mg/m³ as measured, m³/h). */
export interface OutletBaseline {
  flow: number;
  pm: number | null;
  so2: number | null;
  nox: number | null;
  /**
   * The median emission rate, mg/h: Σ concentration × flow per hour over the pollutants with a median (hours
   * missing one left out), as the compliance check's limit test counts it; null when no hour has them all.
   */
  rate: number | null;
}

/** What binds one outlet in one hour: a stop, or a limit cutting output by `limitPct` %. */
export interface OutletRestriction {
  kind: 'stop' | 'limit';
  /** `limit` only: the share of output cut, % (0 < x < 100). */
  limitPct: number | null;
  /** Where it comes from: the issued warning's list measure, or a staggered-production schedule. */
  source: 'warning' | 'stagger';
  /** The outlet's baseline before the warning's or the schedule's start; null without stored hours. */
  baseline: OutletBaseline | null;
}

/** The outlets bound in one simulated hour, by outlet id, and the run's deliberate violator. */
export interface HourBindings {
  /** Every restriction binding each outlet that hour. */
  byOutlet: ReadonlyMap<string, readonly OutletRestriction[]>;
  /** A warning is in force that hour. */
  warningInForce: boolean;
  /**
   * The one outlet that ignores the warning's measures (the first outlet, by id, with a `stop` measure at any level
   * of the list version the warning applies), so the compliance check has a violation to show; null when no listed
   * outlet has a stop measure.
   */
  violatorOutletId: string | null;
}

/** No outlet bound: outside every warning and schedule. */
export const noBindings: HourBindings = { byOutlet: new Map(), warningInForce: false, violatorOutletId: null };

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/** The share of its flow a restriction leaves: 2–5 % for a stop (never 0: draught, the fan run down), 1 − x/100. */
const flowShare = (r: OutletRestriction, next: () => number) =>
  r.kind === 'stop' ? 0.02 + 0.03 * next() : 1 - (r.limitPct ?? 0) / 100;

/**
 * The hour of `outletId` starting at `hourStart` as the simulator sends it, given its `normal` values: unchanged
 * when nothing binds it. A bound outlet sends, of the restriction leaving the least flow, that share of its
 * baseline's flow (of the normal flow without a baseline) and the baseline's concentrations scaled so that the
 * hour's emission rate is that share of the baseline's median rate × 0.94–0.99 (concentrations as usual without a
 * baseline), so it passes the compliance check and no data-quality rule fires. The violator, while a warning is in
 * force, sends its warning baseline's flow and rate × 1.00–1.05, i.e. its usual output. O2, temperature and
 * moisture stay as normal; the scripted particulate exceedance (`exceed`) keeps its PM.
 *
 * @example
 * boundValues(bindings, 'E0001-DA001', '2023-12-11T08:00', stackValues(outlet, '2023-12-11T08:00')).flow;
 */
export function boundValues(
  bindings: HourBindings,
  outletId: string,
  hourStart: string,
  normal: StackValues,
  options: { exceed?: boolean } = {},
): StackValues {
  const restrictions = bindings.byOutlet.get(outletId) ?? [];
  if (restrictions.length === 0) return normal;
  const next = seededRandom(`${outletId}|${hourStart}|bound`);
  const violating = bindings.warningInForce && outletId === bindings.violatorOutletId;
  let flow: number;
  let baseline: OutletBaseline | null;
  /** The hour's emission rate as a share of the baseline's median rate. */
  let rateShare: number;
  if (violating) {
    baseline = restrictions.find((r) => r.source === 'warning')?.baseline ?? null;
    if (baseline === null) return normal;
    rateShare = 1 + 0.05 * next();
    flow = baseline.flow * rateShare;
  } else {
    const options = restrictions.map((r) => {
      const share = flowShare(r, next);
      return { r, share, flow: share * (r.baseline?.flow ?? normal.flow) };
    });
    const least = options.reduce((a, b) => (b.flow < a.flow ? b : a));
    flow = least.flow;
    baseline = least.r.baseline;
    rateShare = least.share * (0.94 + 0.05 * next());
  }
  const keys = (['pm', 'so2', 'nox'] as const).filter((k) => baseline?.[k] !== null && baseline?.[k] !== undefined);
  const concSum = keys.reduce((sum, k) => sum + (baseline?.[k] ?? 0), 0);
  // the concentrations' factor that makes Σ concentration × flow = rateShare × the baseline's median rate
  const factor =
    baseline !== null && baseline.rate !== null && concSum > 0 && flow > 0
      ? (rateShare * baseline.rate) / (flow * concSum)
      : 1;
  const conc = (key: 'pm' | 'so2' | 'nox') => {
    if (key === 'pm' && options.exceed === true) return normal.pm;
    const value = baseline?.[key];
    return value === null || value === undefined ? normal[key] : round(value * factor, 2);
  };
  const pm = conc('pm');
  const so2 = conc('so2');
  const nox = conc('nox');
  const rounded = Math.max(1, Math.round(flow));
  const cou = (c: number) => round((c * rounded) / 1e6, 4);
  return { ...normal, pm, so2, nox, flow: rounded, pmCou: cou(pm), so2Cou: cou(so2), noxCou: cou(nox) };
}

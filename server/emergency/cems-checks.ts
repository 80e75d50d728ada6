/**
 * The CEMS tests of the heavy-pollution response (issue 15), shared by the warning's compliance check and the
 * staggered-production breach rule: does an outlet whose line should be stopped show flue-gas flow, and does a
 * limited line's emission rate stay within its limited share of the normal rate.
 *
 * The thresholds are the console's convention, not a standard's: no standard or plan says how a CEMS record proves
 * a stop or a limit. A stopped kiln still shows a trickle of flow (draught, the fan run down) and its start-up and
 * shut-down straddle the warning's edges, hence a stopped line may show flow above 10 % of its normal (baseline
 * median) flow in up to 2 hours; a limited line's median emission rate may exceed its limited share of the normal
 * rate by 10 % (output is not proportional to emissions hour by hour); fewer than 3 valid hours give no verdict.
 *
 * @module
 */
import type { Localized } from '../schema/localized.ts';
import type { CemsHour, CemsThresholds, OutletEvidence } from './contract.ts';

/** The console's CEMS thresholds (see the module's comment for why). */
export const CEMS_THRESHOLDS: CemsThresholds = {
  stoppedFlowShare: 0.1,
  toleratedHours: 2,
  limitTolerance: 0.1,
  minHours: 3,
};

/** A CEMS test's outcome. */
export interface CemsOutcome {
  verdict: 'compliant' | 'non-compliant';
  detail: Localized;
  /** Hour-end label of the first hour over the threshold; null when none is. */
  firstOver: string | null;
}

const concentrationKeys = ['pm', 'so2', 'nox'] as const;
type ConcentrationKey = (typeof concentrationKeys)[number];

/** The median of the values (the mean of the middle two for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? null) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** A number as the details write it: thousands grouped, at most `digits` decimals. */
export const formatNumber = (value: number, digits = 0): string =>
  value.toLocaleString('en-US', { maximumFractionDigits: digits });

const outletLabel = (outlet: OutletEvidence): Localized =>
  outlet.name.trim() === '' || outlet.name === outlet.code
    ? { zh: outlet.code, en: outlet.code }
    : { zh: `${outlet.name}（${outlet.code}）`, en: `${outlet.name} (${outlet.code})` };

/**
 * A stopped line's test: non-compliant when more than `toleratedHours` of the valid hours (flow sent) show flow
 * above `stoppedFlowShare` × the baseline's median flow. No verdict (null) with fewer than `minHours` valid hours or
 * a baseline median flow of 0 or none.
 *
 * @example
 * // Baseline median 52,000 m³/h → threshold 5,200 m³/h; 14 of 24 hours above it → non-compliant.
 * stopCheck(outlet, duringHours)?.verdict; // 'non-compliant'
 */
export function stopCheck(
  outlet: OutletEvidence,
  during: readonly CemsHour[],
  t: CemsThresholds = CEMS_THRESHOLDS,
): CemsOutcome | null {
  const baseFlow = median(outlet.baseline.flatMap((h) => (h.flow === null ? [] : [h.flow])));
  const valid = during.filter((h) => h.flow !== null);
  if (baseFlow === null || baseFlow <= 0 || valid.length < t.minHours) return null;
  const threshold = t.stoppedFlowShare * baseFlow;
  const over = valid.filter((h) => (h.flow ?? 0) > threshold);
  const label = outletLabel(outlet);
  const pct = formatNumber(t.stoppedFlowShare * 100);
  const base = formatNumber(baseFlow);
  const verdict = over.length > t.toleratedHours ? 'non-compliant' : 'compliant';
  const zhRule = `基准 ${base} m³/h 的 ${pct}% 以上`;
  const enRule = `above ${pct}% of the baseline ${base} m³/h`;
  const n = over.length;
  const hours = valid.length;
  const tolerated = t.toleratedHours;
  const detail: Localized =
    verdict === 'non-compliant'
      ? {
          zh: `${label.zh}停产期间 ${n} 小时有烟气流量（${zhRule}；共 ${hours} 个有效小时）`,
          en: `${label.en}: flue-gas flow in ${n} of ${hours} valid hours while it should be stopped (${enRule})`,
        }
      : {
          zh: `${label.zh}停产期间 ${hours} 个有效小时中 ${n} 小时有烟气流量（${zhRule}；容许 ${tolerated} 小时）`,
          en: `${label.en}: stopped, flow in ${n} of ${hours} valid hours (${enRule}; ${tolerated} h tolerated)`,
        };
  return { verdict, detail, firstOver: over[0]?.ts ?? null };
}

/** The pollutants whose rate (concentration × flow) has at least `minHours` hours in both sets. */
function ratePollutants(a: readonly CemsHour[], b: readonly CemsHour[], minHours: number): ConcentrationKey[] {
  const enough = (hours: readonly CemsHour[], key: ConcentrationKey) =>
    hours.filter((h) => h.flow !== null && h[key] !== null).length >= minHours;
  return concentrationKeys.filter((key) => enough(a, key) && enough(b, key));
}

/** The hour's emission rate, mg/h: Σ concentration (mg/m³) × flow (m³/h) over `keys`; null when one is missing. */
function hourRate(h: CemsHour, keys: readonly ConcentrationKey[]): number | null {
  if (h.flow === null) return null;
  let rate = 0;
  for (const key of keys) {
    const value = h[key];
    if (value === null) return null;
    rate += value * h.flow;
  }
  return rate;
}

/**
 * A limited line's test: the emission rate per hour is Σ (PM, SO2, NOx concentration × flow) over the pollutants
 * present in both the baseline and the stretch; non-compliant when the median rate during the stretch exceeds
 * (1 − limitPct/100) × the baseline's median rate × (1 + `limitTolerance`). No verdict (null) with fewer than
 * `minHours` valid hours, no common pollutant or a baseline rate of 0.
 *
 * @example
 * // Baseline median 100 kg/h, limit 30 % → allowed 100 × 0.7 × 1.1 = 77 kg/h; median 85 kg/h → non-compliant.
 * limitCheck(outlet, duringHours, 30)?.verdict; // 'non-compliant'
 */
export function limitCheck(
  outlet: OutletEvidence,
  during: readonly CemsHour[],
  limitPct: number,
  t: CemsThresholds = CEMS_THRESHOLDS,
): CemsOutcome | null {
  const keys = ratePollutants(outlet.baseline, during, t.minHours);
  if (keys.length === 0) return null;
  const rates = (hours: readonly CemsHour[]) =>
    hours.flatMap((h) => {
      const rate = hourRate(h, keys);
      return rate === null ? [] : [{ ts: h.ts, rate }];
    });
  const baseRates = rates(outlet.baseline);
  const duringRates = rates(during);
  const baseRate = median(baseRates.map((r) => r.rate));
  const duringRate = median(duringRates.map((r) => r.rate));
  if (baseRate === null || baseRate <= 0 || duringRate === null || duringRates.length < t.minHours) return null;
  const allowed = (1 - limitPct / 100) * baseRate * (1 + t.limitTolerance);
  const verdict = duringRate > allowed ? 'non-compliant' : 'compliant';
  const label = outletLabel(outlet);
  const kg = (mgPerHour: number) => formatNumber(mgPerHour / 1e6, 2);
  const tol = formatNumber(t.limitTolerance * 100);
  const pct = formatNumber(limitPct, 1);
  const n = duringRates.length;
  const keysText = keys.map((k) => ({ pm: 'PM', so2: 'SO2', nox: 'NOx' })[k]).join('+');
  const detail: Localized = {
    zh:
      `${label.zh}限产 ${pct}%：排放速率（${keysText}）中位数 ${kg(duringRate)} kg/h，基准 ${kg(baseRate)} kg/h，` +
      `允许上限 ${kg(allowed)} kg/h（含 ${tol}% 容差；${n} 个有效小时）` +
      (verdict === 'non-compliant' ? '，超出限产要求' : ''),
    en:
      `${label.en}: output limited by ${pct}%; median emission rate (${keysText}) ${kg(duringRate)} kg/h against ` +
      `a baseline of ${kg(baseRate)} kg/h, allowed ${kg(allowed)} kg/h (with ${tol}% tolerance; ${n} valid hours)` +
      (verdict === 'non-compliant' ? ': above the limit' : ''),
  };
  const firstOver = duringRates.find((r) => r.rate > allowed)?.ts ?? null;
  return { verdict, detail, firstOver };
}

/**
 * The reduction the outlet's data show, t/day per pollutant: (baseline median rate − median rate during) × 24 h,
 * mg → t (1e-9). An hour with flow 0 emits nothing whatever its concentrations; a pollutant with fewer than
 * `minHours` hours on either side is absent. May be negative (more than the baseline).
 */
export function rateReduction(
  outlet: OutletEvidence,
  during: readonly CemsHour[],
  t: CemsThresholds = CEMS_THRESHOLDS,
): Partial<Record<ConcentrationKey, number>> {
  const result: Partial<Record<ConcentrationKey, number>> = {};
  const rates = (hours: readonly CemsHour[], key: ConcentrationKey) =>
    hours.flatMap((h) => {
      if (h.flow === 0) return [0];
      const value = h[key];
      return h.flow === null || value === null ? [] : [value * h.flow];
    });
  for (const key of concentrationKeys) {
    const base = rates(outlet.baseline, key);
    const now = rates(during, key);
    if (base.length < t.minHours || now.length < t.minHours) continue;
    result[key] = (((median(base) ?? 0) - (median(now) ?? 0)) * 24) / 1e9;
  }
  return result;
}

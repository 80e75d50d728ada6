import type { FuelSample, FuelSamplesSummary } from '../schema/fuel-samples.ts';
import { fuelProducts, sampleSiteKinds } from '../schema/enums/fuel-sample.ts';

interface Counts {
  samples: number;
  failed: number;
  pending: number;
}

const tally = (samples: readonly FuelSample[]): Counts => ({
  samples: samples.length,
  failed: samples.filter((s) => s.result === 'fail').length,
  pending: samples.filter((s) => s.result === 'pending').length,
});

function groupBy<K extends string | number>(samples: readonly FuelSample[], keyOf: (s: FuelSample) => K) {
  const groups = new Map<K, FuelSample[]>();
  for (const s of samples) groups.set(keyOf(s), [...(groups.get(keyOf(s)) ?? []), s]);
  return groups;
}

/**
 * The summary of samples already seen at `asOf` (each from {@link sampleAt}): counts by year, month, site kind and
 * product, the failure rate (failed ÷ samples with a known result) and the traces open at as-of (open, traced or
 * referred: not closed).
 *
 * @example
 * summarizeFuelSamples([], '2023-12-31T23:00').totals.failureRate; // null
 */
export function summarizeFuelSamples(samples: readonly FuelSample[], asOf: string): FuelSamplesSummary {
  const totals = tally(samples);
  const known = totals.samples - totals.pending;
  const byYear = [...groupBy(samples, (s) => Number(s.sampledAt.slice(0, 4)))]
    .sort(([a], [b]) => a - b)
    .map(([year, list]) => ({ year, ...tally(list) }));
  const byMonth = [...groupBy(samples, (s) => s.sampledAt.slice(0, 7))]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([month, list]) => ({ month, ...tally(list) }));
  const kinds = groupBy(samples, (s) => s.siteKind);
  const products = groupBy(samples, (s) => s.product);
  return {
    asOf,
    totals: {
      ...totals,
      failureRate: known === 0 ? null : totals.failed / known,
      tracesOpen: samples.filter((s) => s.trace !== null && s.trace.status !== 'closed').length,
    },
    byYear,
    byMonth,
    bySiteKind: sampleSiteKinds
      .filter((k) => kinds.has(k))
      .map((siteKind) => ({ siteKind, ...tally(kinds.get(siteKind) ?? []) })),
    byProduct: fuelProducts
      .filter((p) => products.has(p))
      .map((product) => ({ product, ...tally(products.get(product) ?? []) })),
  };
}

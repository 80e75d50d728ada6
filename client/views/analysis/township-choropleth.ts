import type { TownshipStatsResponse } from '../../../server/schema/stats.ts';
import { choroplethClasses, classColours, NO_DATA_COLOUR } from './choropleth-classes.ts';
import type { TownshipMetric } from './township-metrics.ts';

/** The choropleth of a metric: each township's fill colour and the legend (the 无数据 entry last, when needed). */
export interface TownshipChoropleth {
  fills: Map<string, string>;
  legend: { colour: string; label: string | null }[];
}

/**
 * Colours the townships by `metric` (see choroplethClasses); a township without a value is grey (无数据), and the
 * legend has a 无数据 entry (label null, worded by the view) only when some township has no value.
 *
 * @example
 * townshipChoropleth(table.townships, townshipMetric('reburning')).legend.map((e) => e.label); // ['0', '1', '2', …]
 */
export function townshipChoropleth(
  townships: TownshipStatsResponse['townships'],
  metric: TownshipMetric,
): TownshipChoropleth {
  const values = townships.map((t) => metric.value(t));
  const { classes, noData, classOf } = choroplethClasses(values, { integer: metric.integer, digits: metric.digits });
  const colours = classColours(classes.length);
  const fills = new Map(
    townships.map((t, i) => {
      const k = classOf(values[i] ?? null);
      return [t.code, k === null ? NO_DATA_COLOUR : (colours[k] ?? NO_DATA_COLOUR)];
    }),
  );
  const legend = [
    ...classes.map((c, k) => ({ colour: colours[k] ?? NO_DATA_COLOUR, label: c.label as string | null })),
    ...(noData ? [{ colour: NO_DATA_COLOUR, label: null }] : []),
  ];
  return { fills, legend };
}

import type { AreaStatistics } from '../../../server/schema/stats.ts';
import type { AnalysisMessages } from '../../i18n/analysis.ts';

/** A township metric of the table and the choropleth. */
export interface TownshipMetric {
  id: string;
  label: (m: AnalysisMessages) => string;
  unit: (m: AnalysisMessages) => string;
  /** A count: integer classes and figures. */
  integer: boolean;
  /** Decimals shown (dustfall and densities 2, PM2.5 1, counts 0). */
  digits: number;
  value: (s: AreaStatistics) => number | null;
}

/** The metrics, in table order; the first is the choropleth's default. */
export const townshipMetrics: readonly TownshipMetric[] = [
  {
    id: 'dustfall',
    label: (m) => m.metricDustfall,
    unit: (m) => m.unitDustfallShort,
    integer: false,
    digits: 2,
    value: (s) => s.dustfall.value,
  },
  {
    id: 'enterprise-density',
    label: (m) => m.metricEnterpriseDensity,
    unit: (m) => m.unitPerKm2,
    integer: false,
    digits: 2,
    value: (s) => s.densities.enterprises,
  },
  {
    id: 'failing-sites',
    label: (m) => m.metricFailingSites,
    unit: (m) => m.unitCount,
    integer: true,
    digits: 0,
    value: (s) => s.constructionSites.failing.count,
  },
  {
    id: 'reburning',
    label: (m) => m.metricReburning,
    unit: (m) => m.unitCount,
    integer: true,
    digits: 0,
    value: (s) => s.villages.byHeating.reburning.count,
  },
  {
    id: 'banned-in-zones',
    label: (m) => m.metricBannedInZones,
    unit: (m) => m.unitCount,
    integer: true,
    digits: 0,
    value: (s) => s.machines.bannedInNrmmZones.count,
  },
  {
    id: 'pm25',
    label: (m) => m.metricPm25,
    unit: (m) => m.unitMicrograms,
    integer: false,
    digits: 1,
    value: (s) => s.stations.readings.means['PM2.5'] ?? null,
  },
];

/** The metric with `id`, else the default (dustfall). */
export function townshipMetric(id: string | null): TownshipMetric {
  return townshipMetrics.find((m) => m.id === id) ?? (townshipMetrics[0] as TownshipMetric);
}

/** A table sort: a column (`code` = by township code, `area`, or a metric id) and its direction. */
export interface TableSort {
  key: string;
  descending: boolean;
}

/** The sort of the URL's `sort` (`<column>:asc|desc`); by code when absent or unknown. */
export function parseTableSort(text: string | null): TableSort {
  const [key, direction] = (text ?? '').split(':');
  const known = key === 'code' || key === 'area' || townshipMetrics.some((m) => m.id === key);
  return known && key ? { key, descending: direction === 'desc' } : { key: 'code', descending: false };
}

/** The URL's `sort` of a table sort; null for the default (by code, ascending). */
export function formatTableSort(sort: TableSort): string | null {
  return sort.key === 'code' && !sort.descending ? null : `${sort.key}:${sort.descending ? 'desc' : 'asc'}`;
}

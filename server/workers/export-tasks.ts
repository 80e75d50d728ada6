import type { Db } from '../db/open-database.ts';
import type { AreaStatsOutcome, StatsRepository } from '../services/stats/stats-repository.ts';
import { exportFileName } from '../export/download-response.ts';
import { readTownshipPolygons } from '../export/layer-export.ts';
import { areaStatsCsv, townshipStatsCsv } from '../export/stats-csv.ts';
import { areaStatsGeoJson, townshipStatsGeoJson } from '../export/stats-geojson.ts';
import type { ExportOptions } from '../schema/exports.ts';
import type { AreaStatsRequest } from '../schema/stats.ts';

/** A rendered download: the file's text and its name (`lantian-<what>-<month>.<csv|geojson>`). */
export interface ExportFile {
  body: string;
  fileName: string;
}

/**
 * The township statistics table as a CSV or GeoJSON download (GET /api/exports/stats/townships).
 *
 * @example
 * exportTownshipStats(db, stats, { format: 'csv', lang: 'en', query: {} }).fileName;
 * // 'lantian-stats-townships-2023-12.csv'
 */
export function exportTownshipStats(
  db: Db,
  stats: StatsRepository,
  input: ExportOptions & { query: { month?: string; asOf?: string } },
): ExportFile {
  const table = stats.townshipTable(input.query);
  const body =
    input.format === 'csv'
      ? townshipStatsCsv(table, input.lang)
      : JSON.stringify(townshipStatsGeoJson(table, readTownshipPolygons(db)));
  return { body, fileName: exportFileName(['stats-townships', table.month], input.format) };
}

/**
 * A drawn area's statistics as a CSV or GeoJSON download (POST /api/exports/stats/area), or the
 * geometry's problems (413/422) exactly as POST /api/stats/area answers them.
 *
 * @example
 * const request = { circle: { center: [112.73, 38.42], radiusM: 2000 } };
 * const outcome = exportAreaStats(stats, { format: 'geojson', lang: 'zh', request });
 */
export function exportAreaStats(
  stats: StatsRepository,
  input: ExportOptions & { request: AreaStatsRequest },
): { ok: true; value: ExportFile } | Extract<AreaStatsOutcome, { ok: false }> {
  const outcome = stats.areaStatistics(input.request);
  if (!outcome.ok) return outcome;
  const body =
    input.format === 'csv'
      ? areaStatsCsv(outcome.value, input.lang)
      : JSON.stringify(areaStatsGeoJson(input.request, outcome.value));
  return { ok: true, value: { body, fileName: exportFileName(['stats-area', outcome.value.month], input.format) } };
}

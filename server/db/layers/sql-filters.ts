import type { CommonLayerQuery } from '../../schema/layer-query.ts';

/** SQL WHERE clauses with their positional parameters, to be joined with AND. */
export interface SqlFilters {
  clauses: string[];
  params: (string | number)[];
}

/**
 * Filters shared by every layer, on table alias `alias`: `bbox` against the point columns
 * lon/lat, or for polygon tables against the stored bbox columns (boxes that intersect);
 * `township` (any of a list) and `provenance` against their columns. Column names are fixed here; values
 * are always bound parameters.
 */
export function commonFilters(
  query: CommonLayerQuery,
  alias: string,
  shape: 'point' | 'polygon',
  townshipColumn = 'township_code',
): SqlFilters {
  const clauses: string[] = [];
  const params: (string | number)[] = [];
  if (query.bbox) {
    const [minLon, minLat, maxLon, maxLat] = query.bbox;
    if (shape === 'point') {
      clauses.push(`${alias}.lon BETWEEN ? AND ? AND ${alias}.lat BETWEEN ? AND ?`);
      params.push(minLon, maxLon, minLat, maxLat);
    } else {
      clauses.push(
        `${alias}.min_lon <= ? AND ${alias}.max_lon >= ? AND ${alias}.min_lat <= ? AND ${alias}.max_lat >= ?`,
      );
      params.push(maxLon, minLon, maxLat, minLat);
    }
  }
  if (query.township) {
    clauses.push(`${alias}.${townshipColumn} IN (${query.township.map(() => '?').join(', ')})`);
    params.push(...query.township);
  }
  if (query.provenance) {
    clauses.push(`${alias}.provenance IN (${query.provenance.map(() => '?').join(', ')})`);
    params.push(...query.provenance);
  }
  return { clauses, params };
}

/** `(a, b, c)` placeholders and the values, for an IN list. */
export function inList(column: string, values: readonly string[]): SqlFilters {
  return { clauses: [`${column} IN (${values.map(() => '?').join(', ')})`], params: [...values] };
}

/** Merges filter sets and renders ` WHERE …` (empty string when there is none). */
export function whereSql(...sets: SqlFilters[]): { sql: string; params: (string | number)[] } {
  const clauses = sets.flatMap((s) => s.clauses);
  return { sql: clauses.length ? ` WHERE ${clauses.join(' AND ')}` : '', params: sets.flatMap((s) => s.params) };
}

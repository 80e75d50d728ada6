import type { LineString } from 'geojson';
import type { z } from 'zod';
import { cleaningStatus } from '../../dust/cleaning-schedule.ts';
import { roadSegmentQuerySchema, type RoadSegmentProperties } from '../../schema/road-segment.ts';
import { parseJson, type LayerDefinition } from './layer-definition.ts';
import { commonFilters, inList, whereSql, type SqlFilters } from './sql-filters.ts';

interface Row {
  id: string;
  name: string;
  road_class: RoadSegmentProperties['roadClass'];
  township_code: string;
  township_name: string;
  geometry: string;
  length_km: number;
  maintainer: string;
  provenance: RoadSegmentProperties['provenance'];
  source: string;
  sweep_interval_h: number | null;
  wash_interval_h: number | null;
  last_sweep: string | null;
  last_wash: string | null;
  dust_on: string | null;
  dust_load: number | null;
}

/**
 * The main municipal roads with their class's cleaning standard, their last wet sweep and wash up to as-of, whether
 * they are behind ({@link cleaningStatus}) and their latest road-dust load.
 */
export const roadSegmentsLayer: LayerDefinition<z.infer<typeof roadSegmentQuerySchema>> = {
  id: 'road-segments',
  querySchema: roadSegmentQuerySchema,
  features(db, query, asOf) {
    const filters: SqlFilters[] = [commonFilters(query, 'r', 'polygon')];
    if (query.roadClass) filters.push(inList('r.road_class', query.roadClass));
    const where = whereSql(...filters);
    const rows = db
      .prepare(
        `SELECT r.*, t.name AS township_name, s.sweep_interval_h, s.wash_interval_h,
                (SELECT max(done_at) FROM road_cleanings c WHERE c.segment_id = r.id AND c.kind = 'wet-sweep'
                   AND c.done_at <= ?) AS last_sweep,
                (SELECT max(done_at) FROM road_cleanings c WHERE c.segment_id = r.id AND c.kind = 'wash'
                   AND c.done_at <= ?) AS last_wash,
                d.measured_on AS dust_on, d.load_g_m2 AS dust_load
         FROM road_segments r JOIN townships t ON t.code = r.township_code
         LEFT JOIN road_cleaning_standards s ON s.road_class = r.road_class
         LEFT JOIN road_dust_loads d ON d.id = (
           SELECT id FROM road_dust_loads WHERE segment_id = r.id AND measured_on <= ?
           ORDER BY measured_on DESC LIMIT 1)
         ${where.sql} ORDER BY r.id`,
      )
      .all(asOf, asOf, asOf.slice(0, 10), ...where.params) as Row[];
    const features = rows.map((r) => {
      const behind =
        r.sweep_interval_h === null
          ? false
          : cleaningStatus(
              { sweepIntervalH: r.sweep_interval_h, washIntervalH: r.wash_interval_h },
              r.last_sweep,
              r.last_wash,
              asOf,
            ).behind;
      return {
        type: 'Feature' as const,
        id: r.id,
        geometry: parseJson<LineString>(r.geometry),
        properties: {
          id: r.id,
          name: r.name,
          roadClass: r.road_class,
          township: r.township_code,
          townshipName: r.township_name,
          lengthKm: r.length_km,
          maintainer: r.maintainer,
          sweepIntervalH: r.sweep_interval_h,
          washIntervalH: r.sweep_interval_h === null ? null : r.wash_interval_h,
          lastSweepAt: r.last_sweep,
          lastWashAt: r.last_wash,
          behind,
          dustLoad: r.dust_on === null || r.dust_load === null ? null : { measuredOn: r.dust_on, loadGM2: r.dust_load },
          provenance: r.provenance,
          source: r.source,
        } satisfies RoadSegmentProperties,
      };
    });
    const behind = query.behind;
    return behind === undefined ? features : features.filter((f) => f.properties.behind === behind);
  },
};

import type { z } from 'zod';
import { heatingStatus, REBURN_LOOKBACK_DAYS } from '../../rules/heating-status.ts';
import { villageQuerySchema, type VillageProperties } from '../../schema/village.ts';
import { addDays } from '../../time/cst.ts';
import { pointFeature, type LayerDefinition } from './layer-definition.ts';
import { commonFilters, whereSql } from './sql-filters.ts';

interface Row {
  code: string;
  name: string;
  kind: VillageProperties['kind'];
  township_code: string;
  township_name: string;
  lon: number;
  lat: number;
  provenance: VillageProperties['provenance'];
  source: string;
  retrofit_type: VillageProperties['retrofitType'];
  retrofit_year: number | null;
  households: number;
  stable_operation: number | null;
  in_progress: number;
  reports: number;
  last_report: string | null;
}

export const villagesLayer: LayerDefinition<z.infer<typeof villageQuerySchema>> = {
  id: 'villages',
  querySchema: villageQuerySchema,
  features(db, query, asOf) {
    const asOfDate = asOf.slice(0, 10);
    const since = addDays(asOfDate, -REBURN_LOOKBACK_DAYS);
    const where = whereSql(commonFilters(query, 'v', 'point'));
    const rows = db
      .prepare(
        `SELECT v.*, t.name AS township_name, h.retrofit_type, h.retrofit_year, h.households, h.stable_operation,
                h.in_progress,
                (SELECT count(*) FROM coal_reburn_reports r
                 WHERE r.village_code = v.code AND r.reported_on > ? AND r.reported_on <= ?) AS reports,
                (SELECT max(reported_on) FROM coal_reburn_reports r
                 WHERE r.village_code = v.code AND r.reported_on <= ?) AS last_report
         FROM villages v JOIN townships t ON t.code = v.township_code
         LEFT JOIN clean_heating h ON h.village_code = v.code${where.sql} ORDER BY v.code`,
      )
      .all(since, asOfDate, asOfDate, ...where.params) as Row[];
    return rows
      .map((r) => {
        const retrofitType = r.retrofit_type ?? 'none';
        const stable = r.stable_operation === null ? null : r.stable_operation === 1;
        const properties: VillageProperties = {
          code: r.code,
          name: r.name,
          kind: r.kind,
          township: r.township_code,
          townshipName: r.township_name,
          heatingStatus: heatingStatus({
            retrofitted: retrofitType !== 'none',
            stableOperation: stable,
            recentReburnReports: r.reports,
          }),
          retrofitType,
          retrofitYear: r.retrofit_year,
          households: r.households ?? 0,
          stableOperation: stable,
          retrofitInProgress: r.in_progress === 1,
          reburnReports: r.reports,
          lastReburnReport: r.last_report,
          provenance: r.provenance,
          source: r.source,
        };
        return pointFeature(r.code, r.lon, r.lat, properties);
      })
      .filter((f) => !query.heating || query.heating.includes(f.properties.heatingStatus));
  },
};

import type { z } from 'zod';
import { MUCK_POSITION_FRESH_HOURS, muckTruckQuerySchema, type MuckTruckProperties } from '../../schema/muck-truck.ts';
import { addMinutes } from '../../time/cst.ts';
import { pointFeature, type LayerDefinition } from './layer-definition.ts';
import { commonFilters, whereSql } from './sql-filters.ts';

interface Row {
  id: string;
  plate: string;
  company: string;
  fuel: MuckTruckProperties['fuel'];
  emission_stage: MuckTruckProperties['emissionStage'];
  sealed: number;
  gps_device: string | null;
  township_code: string;
  township_name: string;
  lon: number;
  lat: number;
  provenance: MuckTruckProperties['provenance'];
  source: string;
  pos_ts: string | null;
  pos_lon: number | null;
  pos_lat: number | null;
  pos_speed: number | null;
  permit_id: string | null;
  site_id: string | null;
  disposal_site_id: string | null;
  valid_from: string | null;
  valid_to: string | null;
  hours_from: string | null;
  hours_to: string | null;
  buffer_m: number | null;
}

/**
 * Muck trucks at their latest GPS position up to as-of (within {@link MUCK_POSITION_FRESH_HOURS} hours; else at
 * their company's base), with the permit in force on as-of's day.
 */
export const muckTrucksLayer: LayerDefinition<z.infer<typeof muckTruckQuerySchema>> = {
  id: 'muck-trucks',
  querySchema: muckTruckQuerySchema,
  features(db, query, asOf) {
    const day = asOf.slice(0, 10);
    const fresh = addMinutes(asOf, -MUCK_POSITION_FRESH_HOURS * 60);
    const where = whereSql(commonFilters(query, 'm', 'point'));
    const rows = db
      .prepare(
        `SELECT m.*, t.name AS township_name, p.ts AS pos_ts, p.lon AS pos_lon, p.lat AS pos_lat,
                p.speed_kmh AS pos_speed, r.id AS permit_id, r.site_id, r.disposal_site_id, r.valid_from, r.valid_to,
                r.hours_from, r.hours_to, r.buffer_m
         FROM muck_trucks m JOIN townships t ON t.code = m.township_code
         LEFT JOIN muck_positions p ON p.truck_id = m.id AND p.ts = (
           SELECT max(ts) FROM muck_positions WHERE truck_id = m.id AND ts > ? AND ts <= ?)
         LEFT JOIN muck_permits r ON r.id = (
           SELECT id FROM muck_permits WHERE truck_id = m.id AND valid_from <= ? AND valid_to >= ?
           ORDER BY valid_from DESC, id LIMIT 1)
         ${where.sql} ORDER BY m.id`,
      )
      .all(fresh, `${asOf}:59`, day, day, ...where.params) as Row[];
    return rows.map((r) => {
      const positioned = r.pos_ts !== null && r.pos_lon !== null && r.pos_lat !== null;
      return pointFeature(
        r.id,
        positioned ? (r.pos_lon as number) : r.lon,
        positioned ? (r.pos_lat as number) : r.lat,
        {
          id: r.id,
          plate: r.plate,
          company: r.company,
          fuel: r.fuel,
          emissionStage: r.emission_stage,
          sealed: r.sealed === 1,
          gpsDevice: r.gps_device,
          township: r.township_code,
          townshipName: r.township_name,
          positionAt: positioned ? r.pos_ts : null,
          speedKmh: positioned ? r.pos_speed : null,
          permit:
            r.permit_id === null
              ? null
              : {
                  id: r.permit_id,
                  siteId: r.site_id ?? '',
                  disposalSiteId: r.disposal_site_id ?? '',
                  validFrom: r.valid_from ?? '',
                  validTo: r.valid_to ?? '',
                  hoursFrom: r.hours_from ?? '',
                  hoursTo: r.hours_to ?? '',
                  bufferM: r.buffer_m ?? 0,
                },
          provenance: r.provenance,
          source: r.source,
        } satisfies MuckTruckProperties,
      );
    });
  },
};

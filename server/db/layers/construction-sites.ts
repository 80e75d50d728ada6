import type { z } from 'zod';
import { failedSixChecks } from '../../rules/site-compliance.ts';
import { constructionSiteQuerySchema, type ConstructionSiteProperties } from '../../schema/construction-site.ts';
import { pointFeature, parseJson, type LayerDefinition } from './layer-definition.ts';
import { commonFilters, whereSql } from './sql-filters.ts';

interface Row {
  id: string;
  name: string;
  kind: ConstructionSiteProperties['kind'];
  township_code: string;
  township_name: string;
  lon: number;
  lat: number;
  area_m2: number;
  start_date: string;
  end_date: string;
  contractor: string;
  activities: string;
  provenance: ConstructionSiteProperties['provenance'];
  source: string;
  inspected_on: string | null;
  enclosure: number;
  cover: number;
  washing: number;
  hardening: number;
  wet_work: number;
  sealed_transport: number;
  inspector: string | null;
}

export const constructionSitesLayer: LayerDefinition<z.infer<typeof constructionSiteQuerySchema>> = {
  id: 'construction-sites',
  querySchema: constructionSiteQuerySchema,
  features(db, query, asOf) {
    const asOfDate = asOf.slice(0, 10);
    const where = whereSql(commonFilters(query, 's', 'point'));
    const rows = db
      .prepare(
        `SELECT s.*, t.name AS township_name, i.inspected_on, i.enclosure, i.cover, i.washing, i.hardening, i.wet_work,
                i.sealed_transport, i.inspector
         FROM construction_sites s JOIN townships t ON t.code = s.township_code
         LEFT JOIN site_inspections i ON i.id = (
           SELECT id FROM site_inspections WHERE site_id = s.id AND inspected_on <= ?
           ORDER BY inspected_on DESC, id DESC LIMIT 1)
         ${where.sql} ORDER BY s.id`,
      )
      .all(asOfDate, ...where.params) as Row[];
    return rows
      .map((r) => {
        const checks = r.inspected_on
          ? {
              enclosure: r.enclosure === 1,
              cover: r.cover === 1,
              washing: r.washing === 1,
              hardening: r.hardening === 1,
              wetWork: r.wet_work === 1,
              sealedTransport: r.sealed_transport === 1,
            }
          : null;
        const failed = checks ? failedSixChecks(checks) : [];
        const properties: ConstructionSiteProperties = {
          id: r.id,
          name: r.name,
          kind: r.kind,
          township: r.township_code,
          townshipName: r.township_name,
          areaM2: r.area_m2,
          startDate: r.start_date,
          endDate: r.end_date,
          active: r.start_date <= asOfDate && asOfDate <= r.end_date,
          contractor: r.contractor,
          activities: parseJson(r.activities),
          lastInspection:
            checks && r.inspected_on ? { date: r.inspected_on, checks, inspector: r.inspector ?? '' } : null,
          compliant: checks ? failed.length === 0 : null,
          failedChecks: failed,
          provenance: r.provenance,
          source: r.source,
        };
        return pointFeature(r.id, r.lon, r.lat, properties);
      })
      .filter((f) => query.compliant === undefined || f.properties.compliant === query.compliant)
      .filter((f) => query.active === undefined || f.properties.active === query.active);
  },
};

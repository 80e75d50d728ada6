import type { z } from 'zod';
import { fuelSampleQuerySchema, type FuelSampleProperties } from '../../schema/fuel-sample-layer.ts';
import { pointFeature, type LayerDefinition } from './layer-definition.ts';
import { commonFilters, inList, whereSql, type SqlFilters } from './sql-filters.ts';

interface Row {
  sample_no: string;
  sampled_at: string;
  site_kind: FuelSampleProperties['siteKind'];
  site_name: string;
  site_ref: string | null;
  product: FuelSampleProperties['product'];
  standard: string;
  result: FuelSampleProperties['result'];
  result_on: string | null;
  failed_items: string;
  trace_status: FuelSampleProperties['traceStatus'];
  trace_closed_at: string | null;
  trace_opened_at: string | null;
  case_id: number | null;
  township_code: string;
  township_name: string;
  lon: number;
  lat: number;
  provenance: FuelSampleProperties['provenance'];
  source: string;
}

/**
 * Fuel-quality samples (油品抽检, task 17) taken by as-of, as known then: the result is `pending` until its day,
 * and the trace of a failed sample shows from its opening (closed from its closing).
 */
export const fuelSamplesLayer: LayerDefinition<z.infer<typeof fuelSampleQuerySchema>> = {
  id: 'fuel-samples',
  querySchema: fuelSampleQuerySchema,
  features(db, query, asOf) {
    const day = asOf.slice(0, 10);
    const filters: SqlFilters[] = [
      commonFilters(query, 's', 'point'),
      { clauses: ['s.sampled_at <= ?'], params: [asOf] },
    ];
    if (query.siteKind) filters.push(inList('s.site_kind', query.siteKind));
    const where = whereSql(...filters);
    const rows = db
      .prepare(
        `SELECT s.*, t.name AS township_name, tr.status AS trace_status, tr.closed_at AS trace_closed_at,
                tr.opened_at AS trace_opened_at, tr.case_id
         FROM fuel_samples s JOIN townships t ON t.code = s.township_code
         LEFT JOIN fuel_traces tr ON tr.sample_id = s.id${where.sql} ORDER BY s.sample_no`,
      )
      .all(...where.params) as Row[];
    const samples = rows.map((r) => {
      const known = r.result_on !== null && r.result_on <= day;
      const traced = r.trace_opened_at !== null && r.trace_opened_at <= asOf;
      // a trace closed after as-of was still open then
      const traceStatus = !traced
        ? null
        : r.trace_closed_at !== null && r.trace_closed_at > asOf
          ? 'open'
          : r.trace_status;
      const properties: FuelSampleProperties = {
        id: r.sample_no,
        sampledAt: r.sampled_at,
        siteKind: r.site_kind,
        siteName: r.site_name,
        siteRef: r.site_ref,
        product: r.product,
        standard: r.standard,
        result: known ? r.result : 'pending',
        resultOn: known ? r.result_on : null,
        failedItems: known ? (JSON.parse(r.failed_items) as { item: string }[]).map((f) => f.item) : [],
        traceStatus,
        caseId: traced ? r.case_id : null,
        township: r.township_code,
        townshipName: r.township_name,
        provenance: r.provenance,
        source: r.source,
      };
      return { lon: r.lon, lat: r.lat, properties };
    });
    return samples
      .filter((s) => !query.result || query.result.includes(s.properties.result))
      .map((s) => pointFeature(s.properties.id, s.lon, s.lat, s.properties));
  },
};

import type { z } from 'zod';
import { publicReportQuerySchema, type PublicReportProperties } from '../../schema/public-report-layer.ts';
import { pointFeature, type LayerDefinition } from './layer-definition.ts';
import { commonFilters, inList, whereSql, type SqlFilters } from './sql-filters.ts';

interface Row {
  ticket: string;
  category: PublicReportProperties['category'];
  status: PublicReportProperties['status'];
  received_at: string;
  description: string;
  photo_id: number | null;
  township_code: string;
  township_name: string;
  lon: number;
  lat: number;
  provenance: PublicReportProperties['provenance'];
}

const SOURCE: Record<PublicReportProperties['provenance'], string> = {
  official: '群众举报（公众举报入口）',
  approximate: '群众举报（位置为举报人标注，可能有偏差）',
  synthetic: '演示数据（合成）：群众举报，由演示数据生成器按固定种子生成',
};

/**
 * Public reports (举报) received by as-of, with their current status; never the reporter's contact data.
 */
export const publicReportsLayer: LayerDefinition<z.infer<typeof publicReportQuerySchema>> = {
  id: 'public-reports',
  querySchema: publicReportQuerySchema,
  features(db, query, asOf) {
    const filters: SqlFilters[] = [
      commonFilters(query, 'r', 'point'),
      { clauses: ['r.received_at <= ?'], params: [asOf] },
    ];
    if (query.category) filters.push(inList('r.category', query.category));
    if (query.status) filters.push(inList('r.status', query.status));
    const where = whereSql(...filters);
    const rows = db
      .prepare(
        `SELECT r.ticket, r.category, r.status, r.received_at, r.description, r.photo_id, r.township_code,
                t.name AS township_name, r.lon, r.lat, r.provenance
         FROM public_reports r JOIN townships t ON t.code = r.township_code${where.sql} ORDER BY r.ticket`,
      )
      .all(...where.params) as Row[];
    return rows.map((r) =>
      pointFeature(r.ticket, r.lon, r.lat, {
        id: r.ticket,
        category: r.category,
        status: r.status,
        receivedAt: r.received_at,
        description: r.description,
        hasPhoto: r.photo_id !== null,
        township: r.township_code,
        townshipName: r.township_name,
        provenance: r.provenance,
        source: SOURCE[r.provenance],
      } satisfies PublicReportProperties),
    );
  },
};

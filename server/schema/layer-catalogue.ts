import { z } from 'zod';
import { layerIds, type LayerId } from './enums/layer-id.ts';

export { layerIds } from './enums/layer-id.ts';
export type { LayerId } from './enums/layer-id.ts';
export const layerIdSchema = z.enum(layerIds);

/** Static description of each layer: names and geometry type. */
export const layerInfo: Record<
  LayerId,
  { nameZh: string; nameEn: string; geometryType: 'Point' | 'Polygon' | 'LineString' }
> = {
  townships: { nameZh: '乡镇（街道）', nameEn: 'Townships', geometryType: 'Polygon' },
  villages: { nameZh: '村（社区）清洁取暖', nameEn: 'Villages (clean heating)', geometryType: 'Point' },
  enterprises: { nameZh: '工业企业', nameEn: 'Enterprises', geometryType: 'Point' },
  'construction-sites': { nameZh: '建筑工地', nameEn: 'Construction sites', geometryType: 'Point' },
  'nrmm-zones': { nameZh: '非道路移动机械排放控制区', nameEn: 'NRMM control zones', geometryType: 'Polygon' },
  machines: { nameZh: '非道路移动机械', nameEn: 'Non-road machinery', geometryType: 'Point' },
  stations: { nameZh: '空气质量监测站', nameEn: 'Monitoring stations', geometryType: 'Point' },
  'dustfall-points': { nameZh: '降尘监测点', nameEn: 'Dustfall points', geometryType: 'Point' },
  'fuel-points': { nameZh: '非标油品线索', nameEn: 'Illegal fuel points', geometryType: 'Point' },
  'built-up-area': { nameZh: '城市建成区', nameEn: 'Urban built-up area', geometryType: 'Polygon' },
  vehicles: { nameZh: '机动车', nameEn: 'Vehicles', geometryType: 'Point' },
  checkpoints: { nameZh: '路检路查点', nameEn: 'Roadside checkpoints', geometryType: 'Point' },
  'repair-shops': { nameZh: '机动车维修机构', nameEn: 'Vehicle repair shops', geometryType: 'Point' },
  'muck-trucks': { nameZh: '渣土车', nameEn: 'Muck trucks', geometryType: 'Point' },
  'road-segments': { nameZh: '城市主要道路清扫', nameEn: 'Road cleaning', geometryType: 'LineString' },
  stockyards: { nameZh: '堆场', nameEn: 'Stockyards', geometryType: 'Point' },
  'public-reports': { nameZh: '群众举报', nameEn: 'Public reports', geometryType: 'Point' },
  'fuel-samples': { nameZh: '油品抽检', nameEn: 'Fuel samples', geometryType: 'Point' },
};

export const layerSummarySchema = z.object({
  id: layerIdSchema,
  nameZh: z.string(),
  nameEn: z.string(),
  geometryType: z.enum(['Point', 'Polygon', 'LineString']),
  /** Number of features the layer serves unfiltered (at the default as-of time). */
  featureCount: z.number().int().nonnegative(),
  /** Count of features by provenance. */
  provenance: z.object({ official: z.number(), approximate: z.number(), synthetic: z.number() }),
});
export type LayerSummary = z.infer<typeof layerSummarySchema>;

/** Body of GET /api/layers. */
export const layerCatalogueSchema = z.object({ layers: z.array(layerSummarySchema) });
export type LayerCatalogue = z.infer<typeof layerCatalogueSchema>;

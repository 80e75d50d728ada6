import { z } from 'zod';
import { builtUpAreaPropertiesSchema } from './built-up-area.ts';
import { vehiclePropertiesSchema } from './vehicle.ts';
import { checkpointPropertiesSchema } from './checkpoint.ts';
import { repairShopPropertiesSchema } from './repair-shop.ts';
import { muckTruckPropertiesSchema } from './muck-truck.ts';
import { roadSegmentPropertiesSchema } from './road-segment.ts';
import { stockyardPropertiesSchema } from './stockyard.ts';
import { publicReportPropertiesSchema } from './public-report-layer.ts';
import { fuelSamplePropertiesSchema } from './fuel-sample-layer.ts';
import { constructionSitePropertiesSchema } from './construction-site.ts';
import { dustfallPointPropertiesSchema } from './dustfall-point.ts';
import { enterprisePropertiesSchema } from './enterprise.ts';
import { ruleIds } from './enums/rule-id.ts';
import { fuelPointPropertiesSchema } from './fuel-point.ts';
import { machinePropertiesSchema } from './machine.ts';
import { nrmmZonePropertiesSchema } from './nrmm-zone.ts';
import { stationPropertiesSchema } from './station.ts';
import { townshipPropertiesSchema } from './township.ts';
import { villagePropertiesSchema } from './village.ts';

/**
 * What every served feature adds to its layer's properties: `problems`, the ids of the rules that
 * hit the entity at as-of (as `GET /api/rules` lists them, no heavy-pollution level), in rule
 * order; empty when none does (and always for stations, dustfall points and NRMM zones, which no
 * rule hits: the township's dustfall and the machine inside a zone are hit instead).
 */
export const servedFeatureShape = { problems: z.array(z.enum(ruleIds)) };

/**
 * The properties schema of each layer's features as `GET /api/layers/:id` serves them, by layer id.
 *
 * @example
 * layerPropertySchemas.villages.parse(feature.properties).problems; // ['retrofit-in-progress']
 */
export const layerPropertySchemas = {
  townships: townshipPropertiesSchema.extend(servedFeatureShape),
  villages: villagePropertiesSchema.extend(servedFeatureShape),
  enterprises: enterprisePropertiesSchema.extend(servedFeatureShape),
  'construction-sites': constructionSitePropertiesSchema.extend(servedFeatureShape),
  'nrmm-zones': nrmmZonePropertiesSchema.extend(servedFeatureShape),
  machines: machinePropertiesSchema.extend(servedFeatureShape),
  stations: stationPropertiesSchema.extend(servedFeatureShape),
  'dustfall-points': dustfallPointPropertiesSchema.extend(servedFeatureShape),
  'fuel-points': fuelPointPropertiesSchema.extend(servedFeatureShape),
  'built-up-area': builtUpAreaPropertiesSchema.extend(servedFeatureShape),
  vehicles: vehiclePropertiesSchema.extend(servedFeatureShape),
  checkpoints: checkpointPropertiesSchema.extend(servedFeatureShape),
  'repair-shops': repairShopPropertiesSchema.extend(servedFeatureShape),
  'muck-trucks': muckTruckPropertiesSchema.extend(servedFeatureShape),
  'road-segments': roadSegmentPropertiesSchema.extend(servedFeatureShape),
  stockyards: stockyardPropertiesSchema.extend(servedFeatureShape),
  'public-reports': publicReportPropertiesSchema.extend(servedFeatureShape),
  'fuel-samples': fuelSamplePropertiesSchema.extend(servedFeatureShape),
} as const;

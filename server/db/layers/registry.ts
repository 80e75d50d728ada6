import type { LayerId } from '../../schema/layer-catalogue.ts';
import type { CommonLayerQuery } from '../../schema/layer-query.ts';
import { builtUpAreaLayer } from './built-up-area.ts';
import { checkpointsLayer } from './checkpoints.ts';
import { constructionSitesLayer } from './construction-sites.ts';
import { dustfallPointsLayer } from './dustfall-points.ts';
import { enterprisesLayer } from './enterprises.ts';
import { fuelPointsLayer } from './fuel-points.ts';
import type { LayerDefinition } from './layer-definition.ts';
import { machinesLayer } from './machines.ts';
import { muckTrucksLayer } from './muck-trucks.ts';
import { nrmmZonesLayer } from './nrmm-zones.ts';
import { repairShopsLayer } from './repair-shops.ts';
import { roadSegmentsLayer } from './road-segments.ts';
import { stationsLayer } from './stations.ts';
import { stockyardsLayer } from './stockyards.ts';
import { publicReportsLayer } from './public-reports.ts';
import { fuelSamplesLayer } from './fuel-samples.ts';
import { townshipsLayer } from './townships.ts';
import { vehiclesLayer } from './vehicles.ts';
import { villagesLayer } from './villages.ts';

/** Every map layer's server side, by id, in catalogue order. */
export const layerDefinitions: Record<LayerId, LayerDefinition<CommonLayerQuery>> = {
  townships: townshipsLayer,
  villages: villagesLayer,
  enterprises: enterprisesLayer,
  'construction-sites': constructionSitesLayer,
  'nrmm-zones': nrmmZonesLayer,
  machines: machinesLayer,
  stations: stationsLayer,
  'dustfall-points': dustfallPointsLayer,
  'fuel-points': fuelPointsLayer,
  'built-up-area': builtUpAreaLayer,
  vehicles: vehiclesLayer,
  checkpoints: checkpointsLayer,
  'repair-shops': repairShopsLayer,
  'muck-trucks': muckTrucksLayer,
  'road-segments': roadSegmentsLayer,
  stockyards: stockyardsLayer,
  'public-reports': publicReportsLayer,
  'fuel-samples': fuelSamplesLayer,
};

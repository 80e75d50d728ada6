import { constructionSitePropertiesSchema } from './construction-site.ts';
import { dustfallPointPropertiesSchema } from './dustfall-point.ts';
import { enterprisePropertiesSchema } from './enterprise.ts';
import { fuelPointPropertiesSchema } from './fuel-point.ts';
import { machinePropertiesSchema } from './machine.ts';
import { nrmmZonePropertiesSchema } from './nrmm-zone.ts';
import { stationPropertiesSchema } from './station.ts';
import { townshipPropertiesSchema } from './township.ts';
import { villagePropertiesSchema } from './village.ts';

/** The properties schema of each layer's features, by layer id. */
export const layerPropertySchemas = {
  townships: townshipPropertiesSchema,
  villages: villagePropertiesSchema,
  enterprises: enterprisePropertiesSchema,
  'construction-sites': constructionSitePropertiesSchema,
  'nrmm-zones': nrmmZonePropertiesSchema,
  machines: machinePropertiesSchema,
  stations: stationPropertiesSchema,
  'dustfall-points': dustfallPointPropertiesSchema,
  'fuel-points': fuelPointPropertiesSchema,
} as const;

import type { MultiPolygon, Point, Polygon } from 'geojson';
import type { RuleFacts } from '../rules/evaluate-rules.ts';
import type { BuiltUpAreaProperties } from '../schema/built-up-area.ts';
import type { ConstructionSiteProperties } from '../schema/construction-site.ts';
import type { EnterpriseProperties } from '../schema/enterprise.ts';
import type { FuelPointProperties } from '../schema/fuel-point.ts';
import type { MachineProperties } from '../schema/machine.ts';
import type { NrmmZoneProperties } from '../schema/nrmm-zone.ts';
import type { VillageProperties } from '../schema/village.ts';
import { areaWeightedMean } from '../spatial/area-weighted-mean.ts';
import { builtUpAreaLayer } from './layers/built-up-area.ts';
import { readRulePositions } from './rule-positions.ts';
import { constructionSitesLayer } from './layers/construction-sites.ts';
import { enterprisesLayer } from './layers/enterprises.ts';
import { fuelPointsLayer } from './layers/fuel-points.ts';
import { readMachineFeatures } from './layers/machines.ts';
import { nrmmZonesLayer } from './layers/nrmm-zones.ts';
import { villagesLayer } from './layers/villages.ts';
import type { Db } from './open-database.ts';
import { readOutletFacts } from './outlets-repository.ts';
import { readEmergencyFacts } from './emergency-facts.ts';
import { repairShopsLayer } from './layers/repair-shops.ts';
import { readVehicleCheckFacts } from './roadside-checks-repository.ts';
import type { RepairShopProperties } from '../schema/repair-shop.ts';
import { readGateTripFacts, readVehicleFacts } from './vehicles-repository.ts';
import { readMuckFacts } from './muck-repository.ts';
import { readRoadFacts } from './road-dust-repository.ts';
import { readStockyardFacts } from './stockyards-repository.ts';
import { readCaseFacts } from './cases-repository.ts';
import { fuelSamplesLayer } from './layers/fuel-samples.ts';
import type { FuelSampleProperties } from '../schema/fuel-sample-layer.ts';
import { readVocFacts } from './voc-repository.ts';
import { readEnergyFacts } from './energy-repository.ts';
import { readPublicReportFacts } from './public-reports-repository.ts';

/**
 * The facts the rules engine evaluates, read as the layers serve them at `asOf`, plus each
 * township's dustfall of the latest month up to as-of (mean of its points' readings) and the
 * district's: the township values weighted by township area with {@link areaWeightedMean}, the
 * computation behind `district.dustfall` of GET /api/stats/townships and the monthly report
 * (townships without a reading left out); the stack outlets with their last 24 h of hours; and the
 * heavy-pollution response (issue 15: the warning in force, the list, staggered production, compliance).
 */
export function readRuleFacts(db: Db, asOf: string): RuleFacts {
  const month = asOf.slice(0, 7);
  const dustfall = db
    .prepare(
      `SELECT t.code, t.area_km2 AS areaKm2, r.month, avg(r.value) AS value FROM townships t
       LEFT JOIN dustfall_points d ON d.township_code = t.code
       LEFT JOIN dustfall_readings r ON r.point_id = d.id
        AND r.month = (SELECT max(month) FROM dustfall_readings WHERE month <= ?)
       GROUP BY t.code ORDER BY t.code`,
    )
    .all(month) as { code: string; areaKm2: number; month: string | null; value: number | null }[];
  const dustfallMonth = dustfall.find((d) => d.month !== null)?.month ?? month;
  return {
    enterprises: enterprisesLayer.features(db, {}, asOf).map((f) => f.properties as EnterpriseProperties),
    sites: constructionSitesLayer.features(db, {}, asOf).map((f) => f.properties as ConstructionSiteProperties),
    villages: villagesLayer.features(db, {}, asOf).map((f) => f.properties as VillageProperties),
    machines: readMachineFeatures(db, {}, asOf).map((f) => ({
      ...(f.properties as MachineProperties),
      position: (f.geometry as Point).coordinates,
    })),
    zones: nrmmZonesLayer
      .features(db, {}, asOf)
      .map((f) => ({ ...(f.properties as NrmmZoneProperties), geometry: f.geometry as Polygon | MultiPolygon })),
    fuelPoints: fuelPointsLayer.features(db, {}, asOf).map((f) => f.properties as FuelPointProperties),
    townshipDustfall: dustfall.map((d) => ({ code: d.code, month: d.month ?? month, value: d.value })),
    districtDustfall: [{ month: dustfallMonth, value: areaWeightedMean(dustfall).value }],
    outlets: readOutletFacts(db, asOf),
    emergency: readEmergencyFacts(db, asOf),
    // issue 16 facts: built-up area
    builtUp: builtUpAreaLayer.features(db, {}, asOf).map((f) => {
      const p = f.properties as BuiltUpAreaProperties;
      return { id: p.id, geometry: f.geometry as Polygon | MultiPolygon, provisional: p.provisional };
    }),
    positions: readRulePositions(db),
    // issue 16 facts: vehicles
    vehicles: readVehicleFacts(db, asOf),
    gateTrips: readGateTripFacts(db, asOf),
    // issue 16 facts: roadside checks and repair shops
    vehicleChecks: readVehicleCheckFacts(db, asOf),
    repairShops: repairShopsLayer.features(db, {}, asOf).map((f) => {
      const p = f.properties as RepairShopProperties;
      return { id: p.id, name: p.name, township: p.township, lastInspection: p.lastInspection };
    }),
    // issue 16 facts: muck trucks
    muck: readMuckFacts(db, asOf),
    // issue 16 facts: roads
    roads: readRoadFacts(db, asOf),
    // issue 16 facts: stockyards
    stockyards: readStockyardFacts(db, asOf),
    // issue 17 facts: cases
    cases: readCaseFacts(db, asOf),
    // issue 17 facts: reports
    publicReports: readPublicReportFacts(db, asOf),
    // issue 17 facts: fuel and voc
    fuelSamples: fuelSamplesLayer.features(db, {}, asOf).map((f) => f.properties as FuelSampleProperties),
    voc: readVocFacts(db, asOf),
    // issue 17 facts: energy
    energy: readEnergyFacts(db),
  };
}

import type { ConstructionSiteProperties } from '../../server/schema/construction-site.ts';
import type { EnterpriseProperties } from '../../server/schema/enterprise.ts';
import type { FuelPointProperties } from '../../server/schema/fuel-point.ts';
import type { MachineProperties } from '../../server/schema/machine.ts';
import type { VillageProperties } from '../../server/schema/village.ts';
import { PLAN_DEADLINES } from '../../server/rules/plan-deadlines.ts';
import type { ResolvedRuleContext, RuleFacts } from '../../server/rules/rule-definition.ts';

/** Facts with nothing in them; override the lists a test needs. */
export function createFacts(overrides: Partial<RuleFacts> = {}): RuleFacts {
  return {
    enterprises: [],
    sites: [],
    villages: [],
    machines: [],
    zones: [],
    fuelPoints: [],
    townshipDustfall: [],
    districtDustfall: [],
    outlets: [],
    ...overrides,
  };
}

/** A context at `asOf` (default: a July weekday at 11:00, inside the ozone window), no alert, the plan's deadlines. */
export function createContext(overrides: Partial<ResolvedRuleContext> = {}): ResolvedRuleContext {
  return { asOf: '2023-07-12T11:00', alertLevel: 'none', deadlines: PLAN_DEADLINES, ...overrides };
}

/** An operating enterprise with no problem at all. */
export function createEnterprise(overrides: Partial<EnterpriseProperties> = {}): EnterpriseProperties {
  return {
    id: 'E1',
    name: '示例企业',
    industry: 'food',
    industryGroup: 'other',
    township: '140902001',
    townshipName: '示例街道',
    operatingStatus: 'operating',
    grade: 'B',
    uleStatus: 'not-applicable',
    uleDue: null,
    treatmentProcesses: [],
    vocEmitter: false,
    vocWaterSoluble: null,
    vocChecklist: null,
    vocGaps: 0,
    activatedCarbon: false,
    carbonReplacedOn: null,
    annualFreightT: 0,
    railSpur: 'none',
    keyVehicleUnit: false,
    gateSystem: null,
    planTask: null,
    planRequirement: null,
    emissionTestOn: null,
    emissionTestResult: null,
    kilnsBoilers: [],
    provenance: 'synthetic',
    source: 'test',
    ...overrides,
  };
}

/** An active site, compliant at its last inspection, doing earthwork. */
export function createSite(overrides: Partial<ConstructionSiteProperties> = {}): ConstructionSiteProperties {
  return {
    id: 'C1',
    name: '示例工地',
    kind: 'housing',
    township: '140902001',
    townshipName: '示例街道',
    areaM2: 1000,
    startDate: '2023-01-01',
    endDate: '2023-12-31',
    active: true,
    contractor: '示例公司',
    activities: ['earthwork'],
    lastInspection: null,
    compliant: true,
    failedChecks: [],
    provenance: 'synthetic',
    source: 'test',
    ...overrides,
  };
}

/** A village retrofitted and running stably. */
export function createVillage(overrides: Partial<VillageProperties> = {}): VillageProperties {
  return {
    code: '140902001201',
    name: '示例村',
    kind: 'village',
    township: '140902001',
    townshipName: '示例街道',
    heatingStatus: 'stable',
    retrofitType: 'coal-to-electricity',
    retrofitYear: 2020,
    households: 100,
    stableOperation: true,
    retrofitInProgress: false,
    reburnReports: 0,
    lastReburnReport: null,
    provenance: 'synthetic',
    source: 'test',
    ...overrides,
  };
}

/** An allowed machine at `position` ([lon, lat]). */
export function createMachine(
  position: [number, number],
  overrides: Partial<MachineProperties> = {},
): RuleFacts['machines'][number] {
  return {
    id: 'M1',
    type: 'excavator',
    emissionStage: 'IV',
    registrationCode: 'R1',
    smokeTest: 'pass',
    smokeTestedOn: null,
    owner: '示例',
    exemptUse: null,
    banned: false,
    banReasons: [],
    positionTs: '2023-07-12T09:00',
    township: '140902001',
    townshipName: '示例街道',
    provenance: 'synthetic',
    source: 'test',
    position,
    ...overrides,
  };
}

/** An open illegal-fuel report. */
export function createFuelPoint(overrides: Partial<FuelPointProperties> = {}): FuelPointProperties {
  return {
    id: 'F1',
    name: '示例线索',
    kind: 'mobile-truck',
    township: '140902001',
    townshipName: '示例街道',
    reportedOn: '2023-04-02',
    status: 'reported',
    closedOn: null,
    provenance: 'synthetic',
    source: 'test',
    ...overrides,
  };
}

import type { ConstructionSiteProperties } from '../../server/schema/construction-site.ts';
import type { EnterpriseProperties } from '../../server/schema/enterprise.ts';
import type { FuelPointProperties } from '../../server/schema/fuel-point.ts';
import type { MachineProperties } from '../../server/schema/machine.ts';
import type { VillageProperties } from '../../server/schema/village.ts';
import { PLAN_DEADLINES } from '../../server/rules/plan-deadlines.ts';
import type { EmergencyFacts, ResolvedRuleContext, RuleFacts } from '../../server/rules/rule-definition.ts';
import type { ListEntryInput } from '../../server/schema/emergency-list.ts';

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

const zero = { pm: 0, so2: 0, nox: 0, vocs: 0 };

/**
 * An entry of the emergency reduction list: enterprise E1, grade C, outside the built-up area; yellow limits 1#窑 by
 * 30 %, orange stops 1#窑 and limits 2#窑 by 30 %, red stops both and bans China V trucks.
 */
export function createListEntry(overrides: Partial<ListEntryInput> = {}): ListEntryInput {
  return {
    enterpriseId: 'E1',
    enterpriseName: 'Test cement',
    grade: 'C',
    industry: '水泥',
    builtUpArea: false,
    heavyPolluter: false,
    contact: null,
    measures: {
      yellow: [{ line: '1#窑', kind: 'limit', limitPct: 30, outletCode: 'DA001', text: '1#窑限产30%' }],
      orange: [
        { line: '1#窑', kind: 'stop', limitPct: null, outletCode: 'DA001', text: '1#窑停产' },
        { line: '2#窑', kind: 'limit', limitPct: 30, outletCode: 'DA002', text: '2#窑限产30%' },
      ],
      red: [
        { line: '全厂', kind: 'stop', limitPct: null, outletCode: null, text: '全厂停产' },
        { line: '运输', kind: 'truck-ban', limitPct: null, outletCode: null, text: '禁止国五及以下柴油货车运输' },
      ],
    },
    reductions: { yellow: { ...zero, pm: 0.1 }, orange: { ...zero, pm: 0.2 }, red: { ...zero, pm: 0.3 } },
    ...overrides,
  };
}

/** The heavy-pollution response with nothing in force; override what a test needs. */
export function createEmergencyFacts(overrides: Partial<EmergencyFacts> = {}): EmergencyFacts {
  return { warning: null, list: null, stagger: [], compliance: [], staggerBreaches: [], ...overrides };
}

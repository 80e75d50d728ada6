import type { EnergyFacts } from '../../server/energy/energy-facts.ts';

type Kiln = EnergyFacts['kilns'][number];
type CoalProject = EnergyFacts['coalProjects'][number];
type HighEnergy = EnergyFacts['highEnergyProjects'][number];

/** Energy facts with nothing in them; override the lists a test needs. */
export function createEnergyFacts(overrides: Partial<EnergyFacts> = {}): EnergyFacts {
  return { ledger: [], coalProjects: [], highEnergyProjects: [], kilns: [], ...overrides };
}

/** An existing coal-fired lime kiln of operating enterprise E1. */
export function createKiln(overrides: Partial<Kiln> = {}): Kiln {
  return {
    id: 'E1-K1',
    enterpriseId: 'E1',
    township: '140902001',
    operating: true,
    kind: 'kiln',
    purpose: '石灰窑',
    fuel: 'coal',
    buildKind: 'existing',
    builtOn: null,
    ...overrides,
  };
}

/** An approved coal project of E1 adding 1000 t/yr, substituted 1:1. */
export function createCoalProject(overrides: Partial<CoalProject> = {}): CoalProject {
  return {
    id: 'CP-1',
    name: '2号锅炉扩建',
    enterpriseId: 'E1',
    township: '140902001',
    status: 'approved',
    decidedOn: '2023-03-01',
    newCoalT: 1000,
    substitutionT: 1000,
    ...overrides,
  };
}

/** A 两高 project of E1 in operation with every check passed. */
export function createHighEnergy(overrides: Partial<HighEnergy> = {}): HighEnergy {
  return {
    id: 'HE-1',
    name: '焦化升级项目',
    enterpriseId: 'E1',
    township: '140902001',
    status: 'in-operation',
    statusOn: '2023-06-01',
    checks: {
      industrialPolicy: 'passed',
      threeLines: 'passed',
      planningEia: 'passed',
      energyDualControl: 'passed',
      capacityReplacement: 'passed',
      coalSubstitution: 'passed',
      emissionDoubleCut: 'not-applicable',
    },
    ...overrides,
  };
}

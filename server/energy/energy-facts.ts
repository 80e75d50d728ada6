/**
 * What the energy and coal rules (issue 17; tasks 1, 6, 8) look at: the ledger's coal by enterprise and year, the
 * coal-consuming projects, the 两高 register and the kilns with their build kind. Types only.
 *
 * @module
 */
import type {
  BuildKind,
  CheckOutcome,
  CoalProjectStatus,
  HighEnergyStatus,
  PolicyCheck,
} from '../schema/enums/energy.ts';
import type { KilnFuel } from '../schema/enums/kiln-fuel.ts';

/** Facts of the energy rules; absent from the rule facts, the rules stay silent. */
export interface EnergyFacts {
  /** Coal of each ledger row, t (every year held; the rules pick the years up to as-of's). */
  ledger: readonly { enterpriseId: string; township: string; year: number; coalT: number }[];
  coalProjects: readonly {
    id: string;
    name: string;
    enterpriseId: string;
    township: string;
    status: CoalProjectStatus;
    decidedOn: string | null;
    newCoalT: number;
    substitutionT: number;
  }[];
  highEnergyProjects: readonly {
    id: string;
    name: string;
    enterpriseId: string;
    township: string;
    status: HighEnergyStatus;
    statusOn: string;
    checks: Readonly<Record<PolicyCheck, CheckOutcome>>;
  }[];
  /** Every kiln and boiler with its enterprise's township and whether that enterprise is operating. */
  kilns: readonly {
    id: string;
    enterpriseId: string;
    township: string;
    operating: boolean;
    kind: 'kiln' | 'boiler';
    purpose: string;
    fuel: KilnFuel;
    buildKind: BuildKind;
    builtOn: string | null;
  }[];
}

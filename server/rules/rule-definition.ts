import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { ConstructionSiteProperties } from '../schema/construction-site.ts';
import type { EnterpriseProperties } from '../schema/enterprise.ts';
import type { RuleHitLayer, RuleId } from '../schema/enums/rule-id.ts';
import type { Severity } from '../schema/enums/severity.ts';
import type { FuelPointProperties } from '../schema/fuel-point.ts';
import type { Localized } from '../schema/localized.ts';
import type { MachineProperties } from '../schema/machine.ts';
import type { NrmmZoneProperties } from '../schema/nrmm-zone.ts';
import type { VillageProperties } from '../schema/village.ts';
import type { Basis } from '../schema/basis.ts';
import type { OutletJudging, StackReading } from '../monitoring/stack-reading.ts';
import type { AlertLevel } from './alert-level.ts';
import type { ListEntryRecord, StaggerRecord } from '../emergency/contract.ts';
import type { EnterpriseCompliance } from '../schema/emergency-compliance.ts';
import type { WarningBasis, WarningLevel } from '../schema/enums/emergency.ts';
import type { PlanDeadlines } from './plan-deadlines.ts';
import type { BuiltUpPolygon } from '../spatial/inside-built-up-area.ts';
import type { RepairShopFacts, VehicleCheckFacts } from '../checks/check-facts.ts';
import type { MuckFacts } from '../muck/muck-facts.ts';
import type { GateTripFact } from '../vehicles/gate-trip.ts';
import type { VehicleFact } from '../vehicles/vehicle-fact.ts';

/** Everything the rules look at, as the layers serve it at as-of. */
export interface RuleFacts {
  enterprises: readonly EnterpriseProperties[];
  sites: readonly ConstructionSiteProperties[];
  villages: readonly VillageProperties[];
  machines: readonly (MachineProperties & { position: Position })[];
  zones: readonly (NrmmZoneProperties & { geometry: Polygon | MultiPolygon })[];
  fuelPoints: readonly FuelPointProperties[];
  /** Township dustfall of the month, t/(km²·month) (null = no reading). */
  townshipDustfall: readonly { code: string; month: string; value: number | null }[];
  /**
   * The district's dustfall of the month, t/(km²·month): the township values weighted by township area, as
   * GET /api/stats/townships serves it as `district.dustfall` (null = no reading). One entry per month evaluated
   * (today the latest month with readings up to as-of).
   */
  districtDustfall: readonly { month: string; value: number | null }[];
  /** Every enterprise stack outlet with its hours of the last 24 h up to as-of (issue 14), oldest first. */
  outlets: readonly OutletFacts[];
  /** The heavy-pollution response at as-of (issue 15); absent in facts built without it (no warning, no list). */
  emergency?: EmergencyFacts;
  // issue 16 facts (each optional: facts built without them, as in older tests, leave their rules silent)
  // issue 16 facts: built-up area
  /** The urban built-up area's polygons in force at as-of (issue 16); [] when none is held. */
  builtUp?: readonly BuiltUpPolygon[];
  /**
   * Positions (`[lon, lat]`, WGS84) of the enterprises and construction sites by id, for the rules the plan limits
   * to the built-up area (tasks 2 and 14); absent in facts built without them (those rules then see nothing inside).
   */
  positions?: {
    enterprises: Readonly<Record<string, Position>>;
    sites: Readonly<Record<string, Position>>;
  };
  // issue 16 facts: vehicles
  /** Register vehicles in use at as-of (issue 16, tasks 9 and 10); absent: the vehicle rules stay silent. */
  vehicles?: readonly VehicleFact[];
  /** Gate-system trips into enterprises in the 7 days up to as-of (issue 16, task 9.5), oldest first. */
  gateTrips?: readonly GateTripFact[];
  // issue 16 facts: roadside checks and repair shops
  /** Registered vehicles in use at as-of with their latest roadside check (issue 16, task 16). */
  vehicleChecks?: readonly VehicleCheckFacts[];
  /** Repair shops with their latest inspection up to as-of (issue 16, task 16). */
  repairShops?: readonly RepairShopFacts[];
  // issue 16 facts: muck trucks
  /** The muck trucks with their permits and the 24 h of fixes up to as-of, disposal sites, open spill reports. */
  muck?: MuckFacts;
  // issue 16 facts: roads
  /**
   * The main municipal road segments as the road-segments layer serves them at as-of (issue 16), each with its
   * midpoint `[lon, lat]` (the rules limited to the built-up area test it).
   */
  roads?: readonly (import('../schema/road-segment.ts').RoadSegmentProperties & { midpoint: Position })[];
  // issue 16 facts: stockyards
  /** Stockyards with their latest inspection up to as-of's day (issue 16, task 12), as the layer serves them. */
  stockyards?: readonly import('../schema/stockyard.ts').StockyardProperties[];
  // issue 17 facts (each optional: facts built without them leave their rules silent)
  // issue 17 facts: cases
  /** Enforcement cases opened by as-of with their steps up to as-of (issue 17, S8); absent: the case rule is silent. */
  cases?: readonly import('../cases/case-replay.ts').CaseFact[];
  // issue 17 facts: reports
  /**
   * Public reports (举报) received by as-of that still wait (`received` or `accepted`; issue 17): the facts of
   * `public-report-open`. Reports of other statuses may be given; the rule ignores them.
   */
  publicReports?: readonly {
    ticket: string;
    category: import('../schema/enums/public-report.ts').ReportCategory;
    status: import('../schema/enums/public-report.ts').ReportStatus;
    /** `YYYY-MM-DDTHH:mm` CST. */
    receivedAt: string;
    township: string;
  }[];
  // issue 17 facts: fuel and voc
  /**
   * Fuel samples taken by as-of with their result and trace as known then (issue 17, task 17), as the
   * `fuel-samples` layer serves them; absent: `fuel-sample-failed` stays silent.
   */
  fuelSamples?: readonly import('../schema/fuel-sample-layer.ts').FuelSampleProperties[];
  /** Activated-carbon and low-VOC material ledgers (issue 17, task 13); absent: their rules stay silent. */
  voc?: import('../voc/voc-facts.ts').VocFacts;
  // issue 17 facts: energy
  /** The energy ledger's coal, coal-consuming projects, the 两高 register and the kilns (tasks 1, 6, 8). */
  energy?: import('../energy/energy-facts.ts').EnergyFacts;
}

/** The heavy-pollution response at as-of (issue 15), as the task-15 rules see it. */
export interface EmergencyFacts {
  /** The issued warning in force at as-of; null when none. */
  warning: {
    id: number;
    level: WarningLevel;
    levelFrom: string;
    start: string;
    issuedAt: string;
    plannedEnd: string | null;
    basis: WarningBasis;
  } | null;
  /** The list version in force (the warning's own while one is in force); null when none is held. */
  list: { id: number; version: string; entries: readonly ListEntryRecord[] } | null;
  /** The staggered-production schedules in force on as-of's day. */
  stagger: readonly (StaggerRecord & { stricterBuiltUp: boolean })[];
  /** The warning's compliance up to as-of ([] without a warning): server/emergency/verify-compliance.ts. */
  compliance: readonly EnterpriseCompliance[];
  /**
   * Schedules breached in the 24 h up to as-of: a stopped line's outlet shows flow, or a limited line's emissions
   * exceed its share (the CEMS thresholds of verify-compliance.ts).
   */
  staggerBreaches: readonly {
    scheduleId: number;
    enterpriseId: string;
    line: string;
    since: string;
    detail: Localized;
  }[];
}

/** An enterprise's stack outlet (排放口) as the stack rules see it. */
export interface OutletFacts {
  outlet: OutletJudging & {
    id: string;
    enterpriseId: string;
    township: string;
    name: string;
    /** The enterprise's register requirement (e.g. 'T3.3' for 禹王), null when none. */
    planRequirement: string | null;
    /** The label of the outlet's first hour of data up to as-of (its device reports since), null when none. */
    reportingSince: string | null;
  };
  /** Hours (hour-end labels) in the 24 h up to as-of: `(asOf − 24 h, asOf]`. */
  hours: readonly StackReading[];
}

/** The moment and the settings the rules are evaluated under. */
export interface RuleContext {
  /** `YYYY-MM-DDTHH:mm`, China Standard Time. */
  asOf: string;
  /** Heavy-pollution alert level in force (set by an official or derived from the forecast). */
  alertLevel: AlertLevel;
  /** Default: {@link PLAN_DEADLINES}. */
  deadlines?: PlanDeadlines;
}

/** The context a rule's `evaluate` gets: the deadlines resolved. */
export type ResolvedRuleContext = Required<RuleContext>;

/** What a rule finds on one entity; the registry adds the rule's id, task, severity, layer and title. */
export interface RuleFinding {
  entityId: string;
  township: string;
  /** Since when the condition holds, as far as the data say (date or date-time); null when unknown. */
  since: string | null;
  detail: Localized;
  /**
   * The plan task this hit cites, when the facts name it rather than the rule (issue 17: a public report's
   * category, an enforcement case's task); absent: the rule's own task.
   */
  task?: number;
  /** The layer of the entity hit, when the facts name it (an enforcement case's entity); absent: the rule's layer. */
  layer?: RuleHitLayer;
}

/**
 * One plan rule: which task it enforces, how serious a hit is, which layer's entities it hits, and
 * a pure `evaluate` that lists the entities it hits at `context.asOf` (in any order).
 *
 * @example
 * const rule: RuleDefinition = {
 *   id: 'voc-checklist-gaps', task: 13, severity: 'warning', layer: 'enterprises',
 *   evaluate: (facts) => facts.enterprises.filter((e) => e.vocGaps > 0)
 *     .map((e) => ({ entityId: e.id, township: e.township, since: null, detail: { zh: '…', en: '…' } })),
 * };
 */
export interface RuleDefinition {
  id: RuleId;
  task: number;
  severity: Severity;
  layer: RuleHitLayer;
  /** What the rule rests on: the plan's requirement(s), and any document or convention it adds (「依据」). */
  basis: readonly Basis[];
  evaluate(facts: RuleFacts, context: ResolvedRuleContext): RuleFinding[];
}

/** The enterprises in production: most industry rules look only at these. */
export function operatingEnterprises(facts: RuleFacts): EnterpriseProperties[] {
  return facts.enterprises.filter((e) => e.operatingStatus === 'operating');
}

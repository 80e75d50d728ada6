import type { IndustryGroup, PerformanceGrade } from '../../server/schema/enterprise.ts';
import type { Provenance } from '../../server/schema/common.ts';
import type { RuleId } from '../../server/schema/enums/rule-id.ts';
import type { LayerId } from '../../server/schema/layer-catalogue.ts';
import type { CoverageStatus } from '../../server/schema/plan-requirements.ts';

export type Language = 'zh' | 'en';
export type View =
  | 'overview'
  | 'layers'
  | 'analysis'
  | 'air'
  | 'alerts'
  | 'emergency'
  | 'dust'
  | 'enforcement'
  | 'departments'
  | 'ledgers'
  | 'routes'
  | 'tasks'
  | 'plan'
  | 'data';
export type BasemapId = 'offline' | 'osm' | 'tianditu-vec' | 'tianditu-img';

/** A selected feature: its layer and id. */
export interface Selection {
  layer: LayerId;
  id: string;
}

/** Everything the user sees that a link should reproduce (ui.md: "what the user sees is in the URL"). */
export interface AppState {
  lang: Language;
  view: View;
  /** Map centre `[lon, lat]` (WGS84) and zoom. */
  center: [number, number];
  zoom: number;
  /** Visible layers, in catalogue order. */
  layers: LayerId[];
  /** 9-digit township codes the console is narrowed to; empty for the whole district. */
  townships: string[];
  /** Enterprise industry groups shown (empty = all). */
  industries: IndustryGroup[];
  /** Enterprise performance grades shown (empty = all). */
  grades: PerformanceGrade[];
  /** Show only problems: failing sites, banned machines, unstable or re-burning villages, dustfall > 7, … */
  problemsOnly: boolean;
  /** Provenances shown (empty = all). */
  provenance: Provenance[];
  selected: Selection | null;
  basemap: BasemapId;
  /**
   * The "as of" moment (`YYYY-MM-DDTHH:mm`, China Standard Time) that drives readings, machine
   * positions, inspections and reports everywhere; null = the dataset's default (its end).
   */
  asOf: string | null;
  /**
   * 实时: the as-of follows the dataset's present as live data move it (URL `live=1`; `asOf` is then null);
   * off: the console stays at its moment (client/live/live-mode.ts).
   */
  live: boolean;
  /** Stations coloured by the AQI of the as-of hour, or of its whole day. */
  aqiPeriod: 'hour' | 'day';
  /** The analyst's drawn shape, encoded (see views/shape-codec.ts); null when none. */
  shape: string | null;
  /** 分析: the township table's choropleth metric (a metric key of the analysis view), null = its default. */
  metric: string | null;
  /** 分析: the township table's sort, `<column>:asc|desc`, null = by code. */
  sort: string | null;
  /** 空气质量: the station evaluated (its code), null = the district. */
  station: string | null;
  /** 告警: the heavy-pollution level: the issued warning's, or one previewed. */
  alertLevel: AlertLevel;
  /** 告警: the rule the alerts are narrowed to (a 计划 rule jump sets it), null = every rule. */
  alertRule: RuleId | null;
  /** 巡查: the route plan's parameters, encoded by the routes view; null = its defaults. */
  routePlan: string | null;
  /** 巡查: the layers whose sites the route plan visits, null = the routes view's default. */
  routeLayers: LayerId[] | null;
  /** 计划: the requirement selected (`G1`, `T10.4`, `S3` …), null = none. */
  planReq: string | null;
  /** 计划: the task filter (`1`…`17`, `goals` = 二、主要目标, `safeguards` = 五、保障措施), null = all. */
  planTask: PlanTaskFilter | null;
  /** 计划: the unit filter (a unit's name as the plan writes it), null = every unit. */
  planUnit: string | null;
  /** 计划: the coverage status filter, null = every status. */
  planStatus: CoverageStatus | null;
  /** 计划: the requirements as a list (those the filters keep) instead of the plan's text. */
  planList: boolean;
  /** 执法: the enforcement case selected (its id; an alert's 「查看案件」 sets it), null = none. */
  caseId: number | null;
  /**
   * 空气质量面 (issue 18): the concentration surface drawn beneath the data layers for the as-of hour, by the
   * metric it shows; null = off.
   */
  surface: SurfaceMetric | null;
  /** 机械作业密度 (issue 18): the machines' reported positions drawn as an aggregation; off by default. */
  density: boolean;
}

/** What the concentration surface shows: the AQI or one pollutant's concentration (µg/m³). */
export type SurfaceMetric = 'aqi' | 'pm25' | 'pm10' | 'o3' | 'no2';
export const surfaceMetrics: readonly SurfaceMetric[] = ['aqi', 'pm25', 'pm10', 'o3', 'no2'];

/** The 计划 view's task filter: a task number, the targets (G…) or the safeguards (S…). */
export type PlanTaskFilter = `${number}` | 'goals' | 'safeguards';
export const planStatuses: readonly CoverageStatus[] = ['covered', 'partial', 'missing'];

/**
 * 告警's heavy-pollution level: `issued` follows the warning the bureau issued (issue 15; the default); the others
 * preview a level (a what-if the server evaluates read-only), `none` included.
 */
export type AlertLevel = 'issued' | 'none' | 'yellow' | 'orange' | 'red';
export const alertLevels: readonly AlertLevel[] = ['issued', 'none', 'yellow', 'orange', 'red'];

export const allLayerIds: LayerId[] = [
  'townships',
  'nrmm-zones',
  'villages',
  'enterprises',
  'construction-sites',
  'machines',
  'stations',
  'dustfall-points',
  'fuel-points',
  // issue 16: vehicles, roads and dust
  'built-up-area',
  'road-segments',
  'stockyards',
  'muck-trucks',
  'checkpoints',
  'repair-shops',
  'vehicles',
  // issue 17: public reports and fuel samples (off until chosen, like the vehicles)
  'public-reports',
  'fuel-samples',
];

/**
 * Layers off until chosen: the vehicle register is thousands of points at their owners' addresses; the public reports
 * and fuel samples (issue 17) are worked in the 执法 view and shown on the map when asked for.
 */
export const layersOffByDefault: readonly LayerId[] = ['vehicles', 'public-reports', 'fuel-samples'];

export const defaultState: AppState = {
  lang: 'zh',
  view: 'overview',
  center: [112.62, 38.45],
  zoom: 9.4,
  layers: allLayerIds.filter((id) => !layersOffByDefault.includes(id)),
  townships: [],
  industries: [],
  grades: [],
  problemsOnly: false,
  provenance: [],
  selected: null,
  basemap: 'offline',
  asOf: null,
  live: false,
  shape: null,
  aqiPeriod: 'hour',
  metric: null,
  sort: null,
  station: null,
  alertLevel: 'issued',
  alertRule: null,
  routePlan: null,
  routeLayers: null,
  planReq: null,
  planTask: null,
  planUnit: null,
  planStatus: null,
  planList: false,
  caseId: null,
  surface: null,
  density: false,
};

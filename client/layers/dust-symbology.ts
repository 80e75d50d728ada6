/**
 * Symbology of issue 16's layers (vehicles, roads and dust): how each feature is drawn and the legend rows that
 * explain it. Shape or pattern carries each meaning besides colour (ui.md): a cut-out cross for a breach or rule hit,
 * a dashed line for a provisional outline or a road without a cleaning standard.
 *
 * @module
 */
import type { LayerId } from '../../server/schema/layer-catalogue.ts';
import { message, type MessageKey } from '../i18n/messages.ts';
import type { Language } from '../state/app-state.ts';
import { hasProblems } from './feature-filter.ts';
import type { LegendEntry, PointSymbology } from './symbology.ts';

type Props = Record<string, unknown>;
const t = (key: MessageKey) => (lang: Language) => message(lang, key);

export const BUILT_UP_COLOR = '#d9480f';
export const ROAD_BEHIND_COLOR = '#e03131';
export const ROAD_ON_SCHEDULE_COLOR = '#2f9e44';
export const ROAD_NO_STANDARD_COLOR = '#868e96';
export const ROAD_DUST_HIGH_COLOR = '#f59f00';
/** A checkpoint's hit rate from which it is drawn in the alarm colour. */
export const CHECKPOINT_HIGH_HIT_RATE = 0.2;

const RETIRED = ['scrapped', 'deregistered', 'transferred-out'];
const OLD_STAGES = ['I', 'II', 'III', 'IV'];

/** `vehicles`: new energy green, 国五/国六 blue, 国四 and older orange, retired grey; a rule hit crossed out. */
export function vehicleColor(p: Props): string {
  if (RETIRED.includes(String(p.status))) return '#adb5bd';
  if (p.emissionStage === 'new-energy') return '#2f9e44';
  if (OLD_STAGES.includes(String(p.emissionStage))) return '#e8590c';
  return '#1c7ed6';
}

/** `checkpoints`: alarm colour from {@link CHECKPOINT_HIGH_HIT_RATE}, grey without checks in the window. */
export function checkpointColor(p: Props): string {
  if (typeof p.hitRate !== 'number') return '#adb5bd';
  return p.hitRate >= CHECKPOINT_HIGH_HIT_RATE ? '#c2255c' : '#7048e8';
}

/** Icon size of a checkpoint in pixels: 14 without hits, growing with the hit rate to 28 at 50 % or more. */
export function checkpointSize(p: Props): number {
  const rate = typeof p.hitRate === 'number' ? p.hitRate : 0;
  return 14 + 14 * Math.min(1, rate / 0.5);
}

/** Whether a road segment has a cleaning standard (a sweeping or a washing interval). */
export function roadHasStandard(p: Props): boolean {
  return typeof p.sweepIntervalH === 'number' || typeof p.washIntervalH === 'number';
}

/** Whether the server marks a road segment's dust load as too high (rule `road-dust-load-high`). */
export function roadDustHigh(p: Props): boolean {
  return Array.isArray(p.problems) && p.problems.includes('road-dust-load-high');
}

/** A road segment's line colour: behind its schedule, on it, or without a standard. */
export function roadColor(p: Props): string {
  if (p.behind === true) return ROAD_BEHIND_COLOR;
  return roadHasStandard(p) ? ROAD_ON_SCHEDULE_COLOR : ROAD_NO_STANDARD_COLOR;
}

const roadClassWidth: Record<string, number> = { arterial: 5, secondary: 4, branch: 3, other: 2 };
/** A road segment's width in pixels: by class, 2 px wider when behind schedule. */
export function roadWidth(p: Props): number {
  return (roadClassWidth[String(p.roadClass)] ?? 2) + (p.behind === true ? 2 : 0);
}

export const issue16PointSymbology: Partial<Record<LayerId, PointSymbology>> = {
  vehicles: {
    shapeOf: (p) => (hasProblems(p) ? 'car-cross' : 'car'),
    colorOf: vehicleColor,
    legend: [
      {
        key: 'old',
        label: t('vehicleOld'),
        shape: 'car',
        color: '#e8590c',
        matches: (p) => vehicleColor(p) === '#e8590c',
      },
      {
        key: 'modern',
        label: t('vehicleModern'),
        shape: 'car',
        color: '#1c7ed6',
        matches: (p) => vehicleColor(p) === '#1c7ed6',
      },
      {
        key: 'new-energy',
        label: t('vehicleNewEnergy'),
        shape: 'car',
        color: '#2f9e44',
        matches: (p) => vehicleColor(p) === '#2f9e44',
      },
      {
        key: 'retired',
        label: t('vehicleRetired'),
        shape: 'car',
        color: '#adb5bd',
        matches: (p) => vehicleColor(p) === '#adb5bd',
      },
      { key: 'hit', label: t('ruleHitCross'), shape: 'car-cross', color: '#495057', matches: hasProblems },
    ],
  },
  checkpoints: {
    shapeOf: () => 'hexagon',
    colorOf: checkpointColor,
    legend: [
      {
        key: 'high',
        label: t('checkpointHigh'),
        shape: 'hexagon',
        color: '#c2255c',
        matches: (p) => checkpointColor(p) === '#c2255c',
      },
      {
        key: 'low',
        label: t('checkpointLow'),
        shape: 'hexagon',
        color: '#7048e8',
        matches: (p) => checkpointColor(p) === '#7048e8',
      },
      {
        key: 'idle',
        label: t('checkpointIdle'),
        shape: 'hexagon',
        color: '#adb5bd',
        matches: (p) => checkpointColor(p) === '#adb5bd',
      },
    ],
  },
  'repair-shops': {
    shapeOf: (p) => (p.openFinding === true ? 'house-cross' : 'house'),
    colorOf: (p) => (p.openFinding === true ? '#e03131' : p.lastInspection ? '#0c8599' : '#868e96'),
    legend: [
      {
        key: 'open',
        label: t('repairOpenFinding'),
        shape: 'house-cross',
        color: '#e03131',
        matches: (p) => p.openFinding === true,
      },
      {
        key: 'clear',
        label: t('repairClear'),
        shape: 'house',
        color: '#0c8599',
        matches: (p) => p.openFinding !== true && Boolean(p.lastInspection),
      },
      { key: 'never', label: t('never'), shape: 'house', color: '#868e96', matches: (p) => !p.lastInspection },
    ],
  },
  'muck-trucks': {
    shapeOf: (p) => (hasProblems(p) ? 'truck-cross' : 'truck'),
    colorOf: (p) => (hasProblems(p) ? '#e03131' : p.permit ? '#8d5524' : '#868e96'),
    legend: [
      {
        key: 'violation',
        label: t('muckViolation'),
        shape: 'truck-cross',
        color: '#e03131',
        matches: hasProblems,
      },
      {
        key: 'permit',
        label: t('muckWithPermit'),
        shape: 'truck',
        color: '#8d5524',
        matches: (p) => !hasProblems(p) && Boolean(p.permit),
      },
      {
        key: 'no-permit',
        label: t('muckNoPermit'),
        shape: 'truck',
        color: '#868e96',
        matches: (p) => !hasProblems(p) && !p.permit,
      },
    ],
  },
  stockyards: {
    shapeOf: (p) => (p.compliant === false ? 'mound-cross' : p.compliant === null ? 'mound-hollow' : 'mound'),
    colorOf: (p) => (p.compliant === true ? '#2f9e44' : p.compliant === false ? '#e03131' : '#868e96'),
    legend: [
      { key: 'ok', label: t('stockyardOk'), shape: 'mound', color: '#2f9e44', matches: (p) => p.compliant === true },
      {
        key: 'fail',
        label: t('stockyardFail'),
        shape: 'mound-cross',
        color: '#e03131',
        matches: (p) => p.compliant === false,
      },
      {
        key: 'never',
        label: t('never'),
        shape: 'mound-hollow',
        color: '#868e96',
        matches: (p) => p.compliant === null,
      },
    ],
  },
};

export const builtUpLegend: LegendEntry[] = [
  {
    key: 'provisional',
    label: t('builtUpProvisional'),
    shape: 'line-dashed',
    color: BUILT_UP_COLOR,
    matches: (p) => p.provisional !== false,
  },
  {
    key: 'imported',
    label: t('builtUpImported'),
    shape: 'line',
    color: BUILT_UP_COLOR,
    matches: (p) => p.provisional === false,
  },
];

/** Legend rows of the line layers (road segments). */
export const lineLegend: Partial<Record<LayerId, LegendEntry[]>> = {
  'road-segments': [
    {
      key: 'behind',
      label: t('roadBehind'),
      shape: 'line',
      color: ROAD_BEHIND_COLOR,
      matches: (p) => p.behind === true,
    },
    {
      key: 'on-schedule',
      label: t('roadOnSchedule'),
      shape: 'line',
      color: ROAD_ON_SCHEDULE_COLOR,
      matches: (p) => p.behind !== true && roadHasStandard(p),
    },
    {
      key: 'no-standard',
      label: t('roadNoStandard'),
      shape: 'line-dashed',
      color: ROAD_NO_STANDARD_COLOR,
      matches: (p) => p.behind !== true && !roadHasStandard(p),
    },
    { key: 'dust-high', label: t('roadDustHigh'), shape: 'line', color: ROAD_DUST_HIGH_COLOR, matches: roadDustHigh },
  ],
};

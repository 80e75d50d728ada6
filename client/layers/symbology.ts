import type { IndustryGroup } from '../../server/schema/enterprise.ts';
import { industryGroupLabels, industryGroups } from '../../server/schema/enums/industry.ts';
import { heatingStatusLabels, heatingStatuses } from '../../server/schema/enums/village-heating.ts';
import type { LayerId } from '../../server/schema/layer-catalogue.ts';
import { message, type MessageKey } from '../i18n/messages.ts';
import type { Language } from '../state/app-state.ts';
import { AQI_LEVELS } from '../../server/aq/aqi-level.ts';
import { performanceGrades } from '../../server/schema/enums/enterprise-status.ts';
import { consoleMessages } from '../i18n/messages.ts';
import type { Shape } from './icons.ts';
import { builtUpLegend, issue16PointSymbology, lineLegend } from './dust-symbology.ts';
import { issue17PointSymbology } from './enforcement-symbology.ts';
import { legibilityMessages } from '../i18n/legibility.ts';

/** One legend row: what it looks like, what it means, and which features it covers. */
export interface LegendEntry {
  key: string;
  label: (lang: Language) => string;
  shape: Shape | 'line' | 'line-dashed' | 'hatch' | 'hatch-red' | 'graduated' | 'badge';
  color: string;
  /** The letter a `badge` swatch carries (the enterprise grade). */
  badge?: string;
  matches: (p: Record<string, unknown>) => boolean;
}

/** How a point layer is drawn: a shape and a colour per feature, and the legend that explains them. */
export interface PointSymbology {
  shapeOf: (p: Record<string, unknown>) => Shape;
  colorOf: (p: Record<string, unknown>) => string;
  legend: LegendEntry[];
}

export const industryGroupColors: Record<IndustryGroup, string> = {
  'building-materials': '#a6761d',
  'coal-coking': '#4d4d4d',
  'metal-casting': '#2c7fb8',
  'chemicals-voc': '#7b3294',
  'energy-fuel': '#d4a106',
  other: '#8da0cb',
};
export const gradeColors: Record<string, string> = { A: '#2f9e44', B: '#1c7ed6', C: '#f08c00', D: '#e03131' };
const heatingColors: Record<string, string> = {
  stable: '#2f9e44',
  unstable: '#f59f00',
  reburning: '#e03131',
  'not-retrofitted': '#adb5bd',
};
const heatingShapes: Record<string, Shape> = {
  stable: 'triangle',
  unstable: 'triangle-hollow',
  reburning: 'triangle-cross',
  'not-retrofitted': 'triangle-hollow',
};
export const NO_READING_COLOR = '#adb5bd';
export const BELOW_LIMIT_COLOR = '#1c7ed6';
export const ABOVE_LIMIT_COLOR = '#e03131';

const t = (key: MessageKey) => (lang: Language) => message(lang, key);

export const pointSymbology: Partial<Record<LayerId, PointSymbology>> = {
  enterprises: {
    shapeOf: () => 'circle',
    colorOf: (p) => industryGroupColors[p.industryGroup as IndustryGroup] ?? '#999',
    legend: industryGroups.map((g) => ({
      key: g,
      label: (lang) => industryGroupLabels[g][lang],
      shape: 'circle',
      color: industryGroupColors[g],
      matches: (p) => p.industryGroup === g,
    })),
  },
  'construction-sites': {
    shapeOf: (p) => (p.compliant === false ? 'square-cross' : 'square'),
    colorOf: (p) => (p.compliant === true ? '#2f9e44' : p.compliant === false ? '#e03131' : '#868e96'),
    legend: [
      { key: 'ok', label: t('siteOk'), shape: 'square', color: '#2f9e44', matches: (p) => p.compliant === true },
      {
        key: 'fail',
        label: t('siteFail'),
        shape: 'square-cross',
        color: '#e03131',
        matches: (p) => p.compliant === false,
      },
      { key: 'never', label: t('never'), shape: 'square', color: '#868e96', matches: (p) => p.compliant === null },
    ],
  },
  villages: {
    shapeOf: (p) => heatingShapes[String(p.heatingStatus)] ?? 'triangle',
    colorOf: (p) => heatingColors[String(p.heatingStatus)] ?? '#999',
    legend: heatingStatuses.map((s) => ({
      key: s,
      label: (lang) => heatingStatusLabels[s][lang],
      shape: heatingShapes[s] ?? 'triangle',
      color: heatingColors[s] ?? '#999',
      matches: (p) => p.heatingStatus === s,
    })),
  },
  machines: {
    shapeOf: (p) => (p.banned ? 'diamond-cross' : 'diamond'),
    colorOf: (p) => (p.banned ? '#e03131' : '#5c7cfa'),
    legend: [
      {
        key: 'allowed',
        label: t('allowedMachine'),
        shape: 'diamond',
        color: '#5c7cfa',
        matches: (p) => p.banned === false,
      },
      {
        key: 'banned',
        label: t('bannedMachine'),
        shape: 'diamond-cross',
        color: '#e03131',
        matches: (p) => p.banned === true,
      },
    ],
  },
  // stations are drawn in the colour of their AQI level (HJ 633-2012), grey without a reading
  stations: {
    shapeOf: () => 'circle',
    colorOf: (p) => (p.aqi as { color?: string } | null)?.color ?? NO_READING_COLOR,
    legend: [
      ...AQI_LEVELS.map(
        (band): LegendEntry => ({
          key: `aqi-${band.level}`,
          label: (lang) =>
            consoleMessages(lang).aqiBand(
              lang === 'zh' ? band.category : band.categoryEn,
              band.min,
              Number.isFinite(band.max) ? band.max : null,
            ),
          shape: 'circle',
          color: band.color,
          matches: (p) => (p.aqi as { level?: number } | null)?.level === band.level,
        }),
      ),
      {
        key: 'no-reading',
        label: t('noReading'),
        shape: 'circle',
        color: NO_READING_COLOR,
        matches: (p) => !p.aqi,
      },
    ],
  },
  'dustfall-points': {
    shapeOf: () => 'circle',
    colorOf: (p) =>
      p.exceeds === true ? ABOVE_LIMIT_COLOR : p.exceeds === false ? BELOW_LIMIT_COLOR : NO_READING_COLOR,
    legend: [
      {
        key: 'below',
        label: t('below7'),
        shape: 'graduated',
        color: BELOW_LIMIT_COLOR,
        matches: (p) => p.exceeds === false,
      },
      {
        key: 'above',
        label: t('above7'),
        shape: 'graduated',
        color: ABOVE_LIMIT_COLOR,
        matches: (p) => p.exceeds === true,
      },
    ],
  },
  'fuel-points': {
    shapeOf: () => 'fuel',
    colorOf: () => '#111111',
    legend: [{ key: 'fuel', label: t('fuelPoint'), shape: 'fuel', color: '#111111', matches: () => true }],
  },
  ...issue16PointSymbology,
  ...issue17PointSymbology,
};

export const polygonLegend: Partial<Record<LayerId, LegendEntry[]>> = {
  townships: [
    {
      key: 'surveyed',
      label: t('legendSurveyed'),
      shape: 'line',
      color: '#52606d',
      matches: (p) => p.provenance === 'official',
    },
    {
      key: 'provisional',
      label: t('legendProvisional'),
      shape: 'line-dashed',
      color: '#52606d',
      matches: (p) => p.provenance !== 'official',
    },
  ],
  'built-up-area': builtUpLegend,
  'nrmm-zones': [
    {
      key: 'zone',
      label: t('zone'),
      shape: 'hatch',
      color: '#1864ab',
      matches: (p) => !(Array.isArray(p.bannedMachinesInside) && p.bannedMachinesInside.length),
    },
    {
      key: 'banned',
      label: t('zoneWithBanned'),
      shape: 'hatch-red',
      color: '#e03131',
      matches: (p) => Array.isArray(p.bannedMachinesInside) && p.bannedMachinesInside.length > 0,
    },
  ],
};

/** Legend rows of a layer (points, polygons, then lines). */
export function legendFor(layer: LayerId): LegendEntry[] {
  return pointSymbology[layer]?.legend ?? polygonLegend[layer] ?? lineLegend[layer] ?? [];
}

/** The letter badge beside an enterprise (drawn zoomed in) is its performance grade. */
const gradeBadgeLegend: LegendEntry[] = performanceGrades.map((g) => ({
  key: `grade-${g}`,
  label: (lang) => consoleMessages(lang).gradeBadge(g),
  shape: 'badge',
  badge: g,
  color: gradeColors[g] ?? '#999',
  matches: (p) => p.grade === g,
}));

/** Legend rows explaining the badges drawn beside a layer's symbols (the enterprises' grade letters); [] if none. */
export function badgeLegendFor(layer: LayerId): LegendEntry[] {
  return layer === 'enterprises' ? gradeBadgeLegend : [];
}

/** The fill of a cluster disc (issue 18): one neutral slate for every point layer, the count written in white. */
export const CLUSTER_COLOR = '#34495e';
/** Icon sizes in pixels per layer (ui.md: stations national large, micro small); 14 for a layer not named. */
export const pointIconSize: Partial<Record<LayerId, number>> = {
  villages: 13,
  enterprises: 14,
  'construction-sites': 14,
  machines: 12,
  'fuel-points': 17,
  vehicles: 12,
  'repair-shops': 15,
  'muck-trucks': 17,
  stockyards: 16,
  'public-reports': 18,
  'fuel-samples': 16,
};

/** The icons' scale at `zoom`: smaller symbols when zoomed out, so dense areas stay readable. */
export function pointZoomScale(zoom: number): number {
  return Math.min(1, Math.max(0.6, 0.6 + (zoom - 9) * 0.2));
}

/** The ring of a cluster holding problems (a rule hit, banned, failing, over the limit), with ×N written under. */
export const CLUSTER_PROBLEM_COLOR = '#e03131';

/** Legend rows of the clusters the point layers merge into when zoomed out (issue 18). */
export const clusterLegend: LegendEntry[] = [
  {
    key: 'cluster',
    label: (lang) => legibilityMessages(lang).clusterClean,
    shape: 'cluster',
    color: CLUSTER_COLOR,
    matches: (p) => Number(p.problems ?? 0) === 0,
  },
  {
    key: 'cluster-problems',
    label: (lang) => legibilityMessages(lang).clusterProblems,
    shape: 'cluster-problem',
    color: CLUSTER_COLOR,
    matches: (p) => Number(p.problems ?? 0) > 0,
  },
];

import { performanceGrades } from '../../server/schema/enums/enterprise-status.ts';
import { industryGroups } from '../../server/schema/enums/industry.ts';
import { layerIds, type LayerId } from '../../server/schema/enums/layer-id.ts';
import { type RuleId, ruleTitles } from '../../server/schema/enums/rule-id.ts';
import {
  alertLevels,
  allLayerIds,
  defaultState,
  planStatuses,
  surfaceMetrics,
  type AlertLevel,
  type AppState,
  type BasemapId,
  type PlanTaskFilter,
  type View,
} from './app-state.ts';

const provenances = ['official', 'approximate', 'synthetic'] as const;
const basemaps: BasemapId[] = ['offline', 'osm', 'tianditu-vec', 'tianditu-img'];
const views: View[] = [
  'overview',
  'layers',
  'analysis',
  'air',
  'alerts',
  'emergency',
  'dust',
  'enforcement',
  'departments',
  'ledgers',
  'routes',
  'tasks',
  'plan',
  'data',
];

/** 计划's task filter: `1`…`17`, `goals` or `safeguards`. */
function planTaskOf(text: string | null): PlanTaskFilter | null {
  if (text === 'goals' || text === 'safeguards') return text;
  return text !== null && /^(?:[1-9]|1[0-7])$/.test(text) ? (text as PlanTaskFilter) : null;
}

/** 计划's unit filter: a unit's name (Chinese text, brackets, dots), no control characters, at most 60 characters. */
function planUnitOf(text: string | null): string | null {
  const value = text?.trim() ?? '';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
  return value !== '' && value.length <= 60 && !/[\u0000-\u001f\u007f<>]/.test(value) ? value : null;
}

/** 告警's rule filter: a known rule id, else null (an old link naming a removed rule opens every rule). */
function ruleOf(text: string | null): RuleId | null {
  return text !== null && Object.hasOwn(ruleTitles, text) ? (text as RuleId) : null;
}

function listOf<T extends string>(text: string | null, allowed: readonly T[]): T[] | null {
  if (text === null) return null;
  if (text === '') return [];
  return text.split(',').filter((v): v is T => (allowed as readonly string[]).includes(v));
}

function numberIn(text: string | null, min: number, max: number): number | null {
  if (text === null || text.trim() === '') return null;
  const n = Number(text);
  return Number.isFinite(n) && n >= min && n <= max ? n : null;
}

/**
 * Reads the app state from a URL query string; anything missing or malformed falls back to
 * the default, so an old or hand-edited link still opens.
 *
 * @example
 * parseUrlState('?lang=en&l=stations&sel=stations:3208A').selected; // { layer: 'stations', id: '3208A' }
 */
export function parseUrlState(search: string): AppState {
  const q = new URLSearchParams(search);
  const centre = (q.get('c') ?? '').split(',').map(Number);
  const lon = numberIn(String(centre[0] ?? ''), 73, 136);
  const lat = numberIn(String(centre[1] ?? ''), 3, 54);
  const sel = /^([a-z-]+):(.+)$/.exec(q.get('sel') ?? '');
  const selLayer = sel && (layerIds as readonly string[]).includes(sel[1] ?? '') ? (sel[1] as LayerId) : null;
  const townships = (q.get('t') ?? '').split(',').filter((code) => /^\d{9}$/.test(code));
  const level = q.get('al') as AlertLevel | null;
  const token = (key: string, pattern = /^[\w:.,;=-]{1,200}$/) => {
    const value = q.get(key);
    return value !== null && pattern.test(value) ? value : null;
  };
  const view = q.get('v');
  const basemap = q.get('bm') as BasemapId | null;
  const live = q.get('live') === '1';
  return {
    lang: q.get('lang') === 'en' ? 'en' : 'zh',
    view: views.includes(view as View) ? (view as View) : defaultState.view,
    center: lon !== null && lat !== null ? [lon, lat] : defaultState.center,
    zoom: numberIn(q.get('z'), 3, 20) ?? defaultState.zoom,
    layers: (listOf(q.get('l'), allLayerIds) ?? defaultState.layers).sort(
      (a, b) => allLayerIds.indexOf(a) - allLayerIds.indexOf(b),
    ),
    townships: [...new Set(townships)].sort(),
    industries: listOf(q.get('ind'), industryGroups) ?? [],
    grades: listOf(q.get('g'), performanceGrades) ?? [],
    problemsOnly: q.get('p') === '1',
    provenance: listOf(q.get('prov'), provenances) ?? [],
    selected: selLayer && sel?.[2] ? { layer: selLayer, id: sel[2] } : null,
    basemap: basemap && basemaps.includes(basemap) ? basemap : 'offline',
    shape: q.get('shape') || null,
    aqiPeriod: q.get('ap') === 'day' ? 'day' : 'hour',
    // 实时 follows the present: a moment beside it is ignored
    asOf: !live && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(q.get('at') ?? '') ? q.get('at') : null,
    live,
    metric: token('cm'),
    sort: token('sort', /^[\w.-]{1,60}:(asc|desc)$/),
    station: token('st', /^[\w-]{1,20}$/),
    alertLevel: level && alertLevels.includes(level) ? level : 'issued',
    alertRule: ruleOf(q.get('ar')),
    routePlan: token('rp', /^[\w:.,;=-]{1,4000}$/),
    routeLayers: listOf(q.get('rl'), allLayerIds),
    planReq: token('pr', /^(G\d{1,2}|T\d{1,2}\.\d{1,2}|S\d{1,2})$/),
    planTask: planTaskOf(q.get('pt')),
    planUnit: planUnitOf(q.get('pu')),
    planStatus: planStatuses.find((s) => s === q.get('ps')) ?? null,
    planList: q.get('pl') === '1',
    caseId: numberIn(token('case', /^\d{1,9}$/), 1, 999_999_999),
    surface: surfaceMetrics.find((m) => m === q.get('surface')) ?? null,
    density: q.get('density') === '1',
  };
}

/** Writes the state as a query string (only what differs from the default), e.g. `?lang=en&z=11`. */
export function formatUrlState(state: AppState): string {
  const q = new URLSearchParams();
  if (state.lang !== defaultState.lang) q.set('lang', state.lang);
  if (state.view !== defaultState.view) q.set('v', state.view);
  q.set('c', `${state.center[0].toFixed(5)},${state.center[1].toFixed(5)}`);
  q.set('z', state.zoom.toFixed(2));
  if (state.layers.join(',') !== defaultState.layers.join(',')) q.set('l', state.layers.join(','));
  if (state.townships.length) q.set('t', state.townships.join(','));
  if (state.industries.length) q.set('ind', state.industries.join(','));
  if (state.grades.length) q.set('g', state.grades.join(','));
  if (state.problemsOnly) q.set('p', '1');
  if (state.provenance.length) q.set('prov', state.provenance.join(','));
  if (state.selected) q.set('sel', `${state.selected.layer}:${state.selected.id}`);
  if (state.basemap !== 'offline') q.set('bm', state.basemap);
  if (state.asOf) q.set('at', state.asOf);
  if (state.live) q.set('live', '1');
  if (state.shape) q.set('shape', state.shape);
  if (state.aqiPeriod === 'day') q.set('ap', 'day');
  if (state.metric) q.set('cm', state.metric);
  if (state.sort) q.set('sort', state.sort);
  if (state.station) q.set('st', state.station);
  if (state.alertLevel !== 'issued') q.set('al', state.alertLevel);
  if (state.alertRule) q.set('ar', state.alertRule);
  if (state.routePlan) q.set('rp', state.routePlan);
  if (state.routeLayers) q.set('rl', state.routeLayers.join(','));
  if (state.planReq) q.set('pr', state.planReq);
  if (state.planTask) q.set('pt', state.planTask);
  if (state.planUnit) q.set('pu', state.planUnit);
  if (state.planStatus) q.set('ps', state.planStatus);
  if (state.planList) q.set('pl', '1');
  if (state.caseId !== null) q.set('case', String(state.caseId));
  if (state.surface !== null) q.set('surface', state.surface);
  if (state.density) q.set('density', '1');
  return `?${q.toString()}`;
}

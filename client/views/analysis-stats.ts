import type { AreaStatistics } from '../../server/schema/stats.ts';
import { DUSTFALL_LIMIT } from '../../server/schema/plan-targets.ts';
import { industryGroupLabels, industryGroups } from '../../server/schema/enums/industry.ts';
import { heatingStatusLabels, heatingStatuses } from '../../server/schema/enums/village-heating.ts';
import { h } from '../panels/dom.ts';
import type { Language } from '../state/app-state.ts';
import { T } from '../i18n/messages.ts';

const fmt = (v: number | null | undefined, digits = 0) =>
  v === null || v === undefined
    ? '—'
    : v.toLocaleString('zh-CN', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** Layer names for the counts table. */
const layerNames: Record<keyof AreaStatistics['counts'], [string, string]> = {
  enterprises: ['工业企业', 'Enterprises'],
  'construction-sites': ['建筑工地', 'Construction sites'],
  villages: ['村（社区）', 'Villages'],
  machines: ['非道路移动机械', 'Machines'],
  stations: ['监测站', 'Stations'],
  'dustfall-points': ['降尘监测点', 'Dustfall points'],
  'fuel-points': ['非标油品线索', 'Fuel reports'],
};

/** Rows of an area's statistics: counts and densities, breakdowns, dustfall, readings. */
export function statisticsTable(s: AreaStatistics, lang: Language): HTMLElement {
  const row = (label: string, value: string, attrs: Record<string, string> = {}) =>
    h('tr', attrs, h('th', {}, label), h('td', { class: 'num' }, value));
  const counts = (Object.keys(layerNames) as (keyof typeof layerNames)[]).map((id) =>
    row(
      T(lang, ...layerNames[id]),
      `${fmt(s.counts[id])}${s.densities[id] !== null ? ` · ${fmt(s.densities[id], 2)}/km²` : ''}`,
      { 'data-count-layer': id },
    ),
  );
  const groups = industryGroups
    .filter((g) => s.enterprises.byGroup[g].count > 0)
    .map((g) => row(`· ${industryGroupLabels[g][lang]}`, fmt(s.enterprises.byGroup[g].count)));
  const heating = heatingStatuses.map((st) =>
    row(`· ${heatingStatusLabels[st][lang]}`, fmt(s.villages.byHeating[st].count)),
  );
  const d = s.dustfall;
  const pm = s.stations.readings.means['PM2.5'];
  return h(
    'table',
    { class: 'details stats-table' },
    row(T(lang, '面积', 'Area'), `${fmt(s.areaKm2, 2)} km²`, { 'data-stat': 'area' }),
    ...counts,
    ...groups,
    row(T(lang, '六个百分百未达标工地', 'Sites failing a six-100% check'), fmt(s.constructionSites.failing.count), {
      'data-stat': 'failing-sites',
    }),
    ...heating,
    row(T(lang, '控制区内禁用机械', 'Banned machines inside NRMM zones'), fmt(s.machines.bannedInNrmmZones.count), {
      'data-stat': 'banned-in-zones',
    }),
    row(
      T(lang, `降尘（${d.month}）`, `Dustfall (${d.month})`),
      d.value === null
        ? '—'
        : `${fmt(d.value, 2)} ${T(lang, '吨/(平方公里·月)', 't/(km²·month)')}` +
            `${d.exceeds ? T(lang, ` · 超过${DUSTFALL_LIMIT}`, ` · above ${DUSTFALL_LIMIT}`) : ''}`,
      { 'data-stat': 'dustfall' },
    ),
    row(
      T(lang, 'PM2.5 月均（站点）', 'PM2.5 month mean (stations)'),
      pm === null || pm === undefined ? '—' : `${fmt(pm, 1)} µg/m³`,
    ),
    row(T(lang, '未结非标油品线索', 'Open fuel reports'), fmt(s.fuelPoints.open)),
  );
}

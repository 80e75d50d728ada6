/**
 * The monthly report's block of the city-assigned annual binding indicators (requirement G1/G2), shown in the
 * air-quality section beside the plan's own targets: each concentration target with the district's year-to-date
 * figure, the good-day floor, and the emission caps beside the year-to-date emissions of the online-monitored stacks
 * (「在线监测排放量（仅重点排放口）」), which are only part of the district's emissions, so the caps are not judged.
 * Without an entry for the year the block says so.
 *
 * @module
 */
import { cityEmissionKeys, cityEmissionNames, sourceDocumentText } from '../schema/city-indicator-keys.ts';
import type { AqEvaluationResponse } from '../schema/aq.ts';
import type { SourceDocument } from '../schema/city-indicators.ts';
import type { EmissionTotal } from '../schema/outlets.ts';
import type { Pollutant } from '../schema/plan.ts';
import { el, type Html } from './html.ts';
import type { ReportLang } from '../schema/reports.ts';

/** One city concentration target with the district's year-to-date figure. */
export interface CityConcentrationStatus {
  pollutant: Pollutant;
  /** Upper limit, µg/m³ (CO mg/m³). */
  limit: number;
  unit: 'µg/m³' | 'mg/m³';
  /** The plan's own target for the pollutant, when it sets one. */
  planTarget: number | null;
  /** The figure (valid, or provisional when `provisional`); null without data. */
  value: number | null;
  provisional: boolean;
  /** value ≤ limit; null when not judged (no figure, or provisional). */
  met: boolean | null;
}

/** The year's city-assigned indicators as the report shows them. */
export interface CityIndicatorReport {
  year: number;
  provenance: 'official' | 'synthetic';
  source: SourceDocument;
  concentrations: CityConcentrationStatus[];
  /** The good-day floor (%) and the ratio so far (%); null when the city sets no floor. */
  goodDayRatio: { floor: number; value: number | null; met: boolean | null } | null;
  /** Emission totals set, t/year (cap and/or reduction). */
  emissions: {
    key: string;
    name: { zh: string; en: string };
    cap: number | null;
    reduction: number | null;
    /** Year-to-date emissions of the online-monitored stacks, t; null for a pollutant they do not measure (VOCs). */
    monitored: number | null;
  }[];
  /** The monitored stacks' year-to-date totals (district row of GET /api/monitoring/emissions); null: no outlets. */
  monitored: EmissionTotal | null;
}

/** The monitored total of a city emission key (the stacks measure particulate, SO2 and NOx; not VOCs). */
const monitoredKey = { SO2: 'so2', NOx: 'nox', PM: 'pm', VOCs: null } as const;

/**
 * The city block's data from the district evaluation of the report's year, or null when no indicators were entered
 * for it.
 */
export function cityIndicatorReport(
  evaluation: AqEvaluationResponse,
  monitored: EmissionTotal | null = null,
): CityIndicatorReport | null {
  const city = evaluation.cityIndicators;
  if (!city) return null;
  const concentrations = evaluation.pollutants
    .filter((p) => p.cityTarget !== null)
    .map(
      (p): CityConcentrationStatus => ({
        pollutant: p.pollutant,
        limit: p.cityTarget ?? 0,
        unit: p.unit,
        planTarget: p.planTarget?.value ?? null,
        value: p.value ?? p.provisionalValue,
        provisional: p.value === null && p.provisionalValue !== null,
        met: p.meetsCityTarget,
      }),
    );
  const ratio = evaluation.aqiDays.goodDayRatio;
  const good = evaluation.cityGoodDayRatio;
  return {
    year: city.year,
    provenance: city.provenance,
    source: city.source,
    concentrations,
    goodDayRatio: good ? { floor: good.floor, value: ratio === null ? null : ratio * 100, met: good.meets } : null,
    emissions: cityEmissionKeys
      .map((key) => {
        const field = monitoredKey[key];
        const total = monitored && monitored.hours > 0 && field !== null ? monitored[field] : null;
        return { key, name: cityEmissionNames[key], ...city.emissions[key], monitored: total };
      })
      .filter((e) => e.cap !== null || e.reduction !== null),
    monitored,
  };
}

const words = {
  heading: { zh: '市下达年度约束性指标', en: 'Annual binding indicators assigned by the city' },
  none: {
    zh: '未录入市下达指标：本年度市政府下达的约束性指标尚未录入（管理员可在“数据”页录入）。',
    en: 'No city-assigned indicators entered for this year (an admin enters them in the Data view).',
  },
  synthetic: { zh: '合成', en: 'synthetic' },
  syntheticNote: {
    zh: '以下为合成示例数据，非市政府正式下达的指标。',
    en: 'The figures below are a synthetic example, not the figures the city assigned.',
  },
  source: { zh: '依据', en: 'Source' },
  indicator: { zh: '指标', en: 'Indicator' },
  cityTarget: { zh: '市下达', en: 'City' },
  planTarget: { zh: '计划目标', en: 'Plan' },
  value: { zh: '年初至今', en: 'Year to date' },
  assessment: { zh: '评价', en: 'Assessment' },
  met: { zh: '达标', en: 'met' },
  notMet: { zh: '▲未达标', en: '▲ not met' },
  provisional: { zh: '数据不足，暂不评价', en: 'coverage short, not judged' },
  noData: { zh: '无数据', en: 'no data' },
  goodDays: { zh: '优良天数比例（下限）', en: 'Share of good days (floor)' },
  emissions: {
    zh: '排放总量约束：在线监测排放量（仅重点排放口）对照市下达上限',
    en: 'Emission totals: online-monitored emissions (key stacks only) beside the city caps',
  },
  emissionsNote: {
    zh:
      '在线监测排放量只含接入在线监测的重点排放口，不是全区全社会排放总量，不能据此评价排放总量完成情况；' +
      '下列为市下达的约束值与重点排放口年初至今的在线监测排放量。',
    en:
      'Online-monitored emissions cover the monitored key stacks only, not all of the district’s emissions, so the ' +
      'totals are not judged; listed: the caps as set and the stacks’ year-to-date monitored emissions.',
  },
  monitored: { zh: '在线监测排放量（仅重点排放口）年初至今', en: 'online-monitored (key stacks) year to date' },
  noMonitored: { zh: '暂无在线监测数据', en: 'no online-monitoring data yet' },
  notMonitored: { zh: '不在在线监测范围', en: 'not monitored online' },
  tonnesOnly: { zh: '吨', en: 't' },
  cap: { zh: '排放总量上限', en: 'cap' },
  reduction: { zh: '减排量', en: 'reduction' },
  tonnes: { zh: '吨/年', en: 't/year' },
} as const;

const say = (lang: ReportLang, pair: { zh: string; en: string }) => pair[lang];

function monitoredText(lang: ReportLang, key: string, value: number | null, monitored: EmissionTotal | null): string {
  if (key === 'VOCs') return say(lang, words.notMonitored);
  if (value === null || monitored === null || monitored.hours === 0) return say(lang, words.noMonitored);
  return `${value.toFixed(3)} ${say(lang, words.tonnesOnly)}`;
}
const fixed = (value: number | null, digits: number) => (value === null ? '—' : value.toFixed(digits));

function verdict(lang: ReportLang, value: number | null, provisional: boolean, met: boolean | null): Html {
  if (value === null) return el('span', { class: 'muted' }, say(lang, words.noData));
  if (provisional || met === null) return el('span', { class: 'muted' }, say(lang, words.provisional));
  return met
    ? el('span', { class: 'ok' }, say(lang, words.met))
    : el('span', { class: 'flag' }, say(lang, words.notMet));
}

/**
 * The block: heading, source (with a 合成 mark when synthetic), the table of concentration targets and the good-day
 * floor, and the emission totals with the honest note that they cannot be judged yet.
 */
export function cityIndicatorsBlock(city: CityIndicatorReport | null, lang: ReportLang): Html {
  if (!city) {
    return el('div', { id: 'city-indicators', 'data-city-indicators': 'none' }, [
      el('h3', {}, say(lang, words.heading)),
      el('p', { class: 'note' }, say(lang, words.none)),
    ]);
  }
  const synthetic = city.provenance === 'synthetic';
  const rows = city.concentrations.map((c) =>
    el('tr', { 'data-city-target': c.pollutant, class: c.met === false ? 'not-met' : null }, [
      el('td', {}, c.pollutant),
      el('td', { class: 'num', 'data-value': c.limit }, `≤ ${c.limit} ${c.unit}`),
      el('td', { class: 'num' }, c.planTarget === null ? '—' : `≤ ${c.planTarget}`),
      el('td', { class: 'num', 'data-value': c.value ?? '' }, [
        fixed(c.value, c.unit === 'mg/m³' ? 2 : 1),
        c.provisional ? '*' : null,
      ]),
      el('td', {}, verdict(lang, c.value, c.provisional, c.met)),
    ]),
  );
  const good = city.goodDayRatio;
  if (good) {
    rows.push(
      el('tr', { 'data-city-target': 'good-day-ratio', class: good.met === false ? 'not-met' : null }, [
        el('td', {}, say(lang, words.goodDays)),
        el('td', { class: 'num', 'data-value': good.floor }, `≥ ${good.floor} %`),
        el('td', { class: 'num' }, '—'),
        el('td', { class: 'num', 'data-value': good.value ?? '' }, `${fixed(good.value, 1)} %`),
        el('td', {}, verdict(lang, good.value, false, good.met)),
      ]),
    );
  }
  const emissionItems = city.emissions.map((e) =>
    el(
      'li',
      { 'data-city-emission': e.key },
      `${say(lang, e.name)}${lang === 'zh' ? '：' : ': '}` +
        [
          e.cap === null ? null : `${say(lang, words.cap)} ${e.cap} ${say(lang, words.tonnes)}`,
          e.reduction === null ? null : `${say(lang, words.reduction)} ${e.reduction} ${say(lang, words.tonnes)}`,
          `${say(lang, words.monitored)} ${monitoredText(lang, e.key, e.monitored, city.monitored)}`,
        ]
          .filter((part): part is string => part !== null)
          .join(lang === 'zh' ? '，' : ', '),
    ),
  );
  return el('div', { id: 'city-indicators', 'data-city-indicators': city.provenance }, [
    el('h3', {}, [
      `${say(lang, words.heading)}（${city.year}）`,
      synthetic ? el('span', { class: 'flag', 'data-synthetic': '' }, ` [${say(lang, words.synthetic)}]`) : null,
    ]),
    el('p', { class: 'note', 'data-city-source': '' }, [
      `${say(lang, words.source)}${lang === 'zh' ? '：' : ': '}${sourceDocumentText(city.source, lang)}`,
    ]),
    synthetic ? el('p', { class: 'note' }, say(lang, words.syntheticNote)) : null,
    rows.length
      ? el('table', { id: 'city-indicator-targets' }, [
          el(
            'thead',
            {},
            el('tr', {}, [
              el('th', {}, say(lang, words.indicator)),
              el('th', {}, say(lang, words.cityTarget)),
              el('th', {}, say(lang, words.planTarget)),
              el('th', {}, say(lang, words.value)),
              el('th', {}, say(lang, words.assessment)),
            ]),
          ),
          el('tbody', {}, rows),
        ])
      : null,
    el('p', { 'data-city-emissions': '' }, el('strong', {}, say(lang, words.emissions))),
    el('p', { class: 'note' }, say(lang, words.emissionsNote)),
    emissionItems.length ? el('ul', { class: 'note' }, emissionItems) : null,
  ]);
}

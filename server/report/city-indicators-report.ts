/**
 * The monthly report's block of the city-assigned annual binding indicators (requirement G1/G2), shown in the
 * air-quality section beside the plan's own targets: each concentration target with the district's year-to-date
 * figure, the good-day floor, and the emission totals, which the console cannot judge (it holds no emission
 * inventory: 「排放总量约束：待排放核算数据」). Without an entry for the year the block says so.
 *
 * @module
 */
import { cityEmissionKeys, cityEmissionNames, sourceDocumentText } from '../schema/city-indicator-keys.ts';
import type { AqEvaluationResponse } from '../schema/aq.ts';
import type { SourceDocument } from '../schema/city-indicators.ts';
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
  emissions: { key: string; name: { zh: string; en: string }; cap: number | null; reduction: number | null }[];
}

/**
 * The city block's data from the district evaluation of the report's year, or null when no indicators were entered
 * for it.
 */
export function cityIndicatorReport(evaluation: AqEvaluationResponse): CityIndicatorReport | null {
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
      .map((key) => ({ key, name: cityEmissionNames[key], ...city.emissions[key] }))
      .filter((e) => e.cap !== null || e.reduction !== null),
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
  emissions: { zh: '排放总量约束：待排放核算数据', en: 'Emission totals: awaiting emission accounting data' },
  emissionsNote: {
    zh: '本系统尚无排放核算（排放清单）数据，无法评价排放总量完成情况；下列为市下达的约束值。',
    en: 'The console holds no emission accounting (inventory) data, so the totals cannot be judged; listed as set.',
  },
  cap: { zh: '排放总量上限', en: 'cap' },
  reduction: { zh: '减排量', en: 'reduction' },
  tonnes: { zh: '吨/年', en: 't/year' },
} as const;

const say = (lang: ReportLang, pair: { zh: string; en: string }) => pair[lang];
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

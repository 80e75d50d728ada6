import { cityEmissionKeys, cityEmissionNames, sourceDocumentText } from '../../server/schema/city-indicator-keys.ts';
import { session } from '../api/session.ts';
import { consoleMessages } from '../i18n/messages.ts';
import type { Language } from '../state/app-state.ts';
import { h } from './dom.ts';
import { type OverviewStanding, standingText } from './target-standing.ts';

/**
 * 总览's block under the plan's targets: the city-assigned indicators of the as-of year (requirement G1/G2) with
 * their source document (合成 when synthetic) and where each stands, the emission caps beside the monitored stacks'
 * year-to-date emissions (「在线监测排放量（仅重点排放口）」: only part of the district's emissions, so the caps are
 * not judged), or 「未录入市下达指标」 and, for admins, how to enter them. Hidden and empty while the standing loads or
 * when the evaluation failed (the overview says so already).
 */
export function cityIndicatorsOverview(standing: OverviewStanding | null, lang: Language): HTMLElement {
  const evaluation = standing?.evaluation;
  if (!evaluation) return h('section', { class: 'city-indicators', hidden: true });
  const m = consoleMessages(lang);
  const city = evaluation.cityIndicators;
  if (!city) {
    return h(
      'section',
      { class: 'city-indicators', 'data-city-indicators': 'none' },
      h('p', { class: 'muted' }, m.cityIndicatorsMissing, session.can('edit') ? `：${m.cityIndicatorsHowTo}` : null),
    );
  }
  const items = evaluation.pollutants
    .filter((p) => p.cityTarget !== null)
    .map((p) => {
      const progress = p.cityProgress ?? 'no-data';
      const value = p.value ?? p.provisionalValue;
      return h(
        'li',
        { class: 'target', 'data-city-target': p.pollutant },
        h('span', { class: 'target-name' }, p.pollutant),
        h('span', { class: 'target-limit' }, `≤ ${p.cityTarget} ${p.unit}`),
        h('span', { class: 'target-basis' }, m.cityTargetBasis),
        h(
          'span',
          { class: `target-standing progress-${progress}`, 'data-progress': progress },
          standingText(m, value, p.unit, p.value === null && p.provisionalValue !== null, progress),
        ),
      );
    });
  const good = evaluation.cityGoodDayRatio;
  if (good) {
    const ratio = evaluation.aqiDays.goodDayRatio;
    items.push(
      h(
        'li',
        { class: 'target', 'data-city-target': 'good-day-ratio' },
        h('span', { class: 'target-name' }, m.cityGoodDays),
        h('span', { class: 'target-limit' }, `≥ ${good.floor}%`),
        h('span', { class: 'target-basis' }, m.cityTargetBasis),
        h(
          'span',
          { class: `target-standing progress-${good.progress}`, 'data-progress': good.progress },
          standingText(m, ratio === null ? null : ratio * 100, '%', false, good.progress),
        ),
      ),
    );
  }
  const emissions = cityEmissionKeys
    .filter((key) => city.emissions[key].cap !== null || city.emissions[key].reduction !== null)
    .map((key) => {
      const { cap, reduction } = city.emissions[key];
      const parts = [cap === null ? null : m.cityCap(cap), reduction === null ? null : m.cityReduction(reduction)];
      return `${cityEmissionNames[key][lang]} ${parts.filter((p): p is string => p !== null).join(m.listSeparator)}`;
    });
  return h(
    'section',
    { class: 'city-indicators', 'data-city-indicators': city.provenance },
    h(
      'h3',
      {},
      m.cityIndicatorsHeading(city.year),
      city.provenance === 'synthetic' ? ' ' : null,
      city.provenance === 'synthetic'
        ? h('span', { class: 'badge provenance-synthetic', 'data-synthetic': '' }, m.cityIndicatorsSynthetic)
        : null,
    ),
    h('p', { class: 'muted', 'data-city-source': '' }, m.cityIndicatorsSource(sourceDocumentText(city.source, lang))),
    h('ul', { class: 'targets' }, ...items),
    emissions.length
      ? h(
          'p',
          { class: 'muted', 'data-city-emissions': '' },
          `${m.cityEmissions}${lang === 'zh' ? '（' : ' ('}${emissions.join(lang === 'zh' ? '；' : '; ')}` +
            `${lang === 'zh' ? '）' : ')'}`,
        )
      : null,
    emissions.length ? monitoredEmissions(standing, lang) : null,
  );
}

/** 「在线监测排放量（仅重点排放口，年初至今）：二氧化硫 0.117 吨 / 上限 1850 吨/年；…（仅含…）」. */
function monitoredEmissions(standing: OverviewStanding, lang: Language): HTMLElement {
  const m = consoleMessages(lang);
  const data = standing.emissions ?? null;
  const district = data?.rows[0];
  const caps = data?.caps ?? null;
  const names = { pm: cityEmissionNames.PM, so2: cityEmissionNames.SO2, nox: cityEmissionNames.NOx };
  const sep = lang === 'zh' ? '：' : ': ';
  const text =
    district && district.hours > 0
      ? (['so2', 'nox', 'pm'] as const)
          .map((key) => {
            const cap = caps?.[key] ?? null;
            const value = m.cityMonitoredTonnes(district[key].toFixed(3));
            return `${names[key][lang]} ${value}${cap === null ? '' : ` / ${m.cityCap(cap)}`}`;
          })
          .join(lang === 'zh' ? '；' : '; ')
      : m.cityMonitoredNone;
  return h(
    'p',
    { class: 'muted', 'data-monitored-emissions': district && district.hours > 0 ? 'data' : 'none' },
    `${m.cityMonitored}${sep}${text}${lang === 'zh' ? '（' : ' ('}${m.cityMonitoredNote}${lang === 'zh' ? '）' : ')'}`,
  );
}

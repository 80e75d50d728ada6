import { useMemo } from 'preact/hooks';
import type { AqDailyResponse } from '../../../server/schema/aq.ts';
import {
  type ChartPollutant,
  dailyAqiOption,
  dailyAqiSummary,
  pollutantOption,
  pollutantSummary,
} from '../../charts/aq-chart-options.ts';
import { EChartFigure } from '../../charts/echart-figure.tsx';
import { airMessages } from '../../i18n/air.ts';
import type { Language } from '../../state/app-state.ts';

/** The subject in a file name: the station's code, or `district`. */
const subjectOf = (daily: AqDailyResponse) => daily.station?.code ?? 'district';

/**
 * Daily AQI through the year (ECharts): bars in the standard's colours over the six HJ 633-2012 bands named by
 * category, a tooltip with the AQI and its level, zoom and pan, 导出图片 as
 * `lantian-daily-aqi-<station|district>-<year>.png`.
 */
export function DailyAqiChart(props: { daily: AqDailyResponse; year: number; lang: Language }) {
  const { daily, lang } = props;
  const option = useMemo(() => dailyAqiOption(daily.days, lang, 'console'), [daily, lang]);
  const valid = daily.days.filter((d) => d.aqi !== null).length;
  return (
    <EChartFigure
      chart="daily-aqi"
      option={option}
      label={airMessages(lang).dailyAqiChartLabel}
      summary={dailyAqiSummary(daily.days, lang)}
      fileName={`lantian-daily-aqi-${subjectOf(daily)}-${props.year}.png`}
      lang={lang}
      height={200}
      data={{ 'valid-days': String(valid) }}
    />
  );
}

/**
 * One pollutant's daily values through the year (ECharts) against its class II daily limit (a labelled dashed line),
 * a tooltip with the value, its IAQI band and the limit, zoom and pan, 导出图片 as
 * `lantian-<pollutant>-<station|district>-<year>.png`.
 */
export function PollutantChart(props: {
  daily: AqDailyResponse;
  year: number;
  pollutant: ChartPollutant;
  limit: number;
  lang: Language;
}) {
  const { daily, pollutant, limit, lang } = props;
  const unit = daily.units[pollutant];
  const chart = useMemo(() => ({ pollutant, limit, unit }), [pollutant, limit, unit]);
  const option = useMemo(() => pollutantOption(daily.days, chart, lang, 'console'), [daily, chart, lang]);
  const exceed = daily.days.filter((d) => d.values[pollutant].valid && (d.values[pollutant].value ?? 0) > limit);
  return (
    <EChartFigure
      chart="pollutant"
      option={option}
      label={airMessages(lang).pollutantChartLabel(pollutant, unit)}
      summary={pollutantSummary(daily.days, chart, lang)}
      fileName={`lantian-${pollutant.replace('.', '')}-${subjectOf(daily)}-${props.year}.png`}
      lang={lang}
      height={190}
      data={{ 'exceed-days': String(exceed.length), limit: String(limit), unit }}
    />
  );
}

import { describe, expect, it } from 'vitest';
import {
  aqiAxisTop,
  aqiBands,
  aqiTooltipLines,
  type ChartDay,
  dailyAqiOption,
  dailyAqiSummary,
  dateAxisLabel,
  pollutantOption,
  pollutantTooltipLines,
} from '../../client/charts/aq-chart-options.ts';
import { zoomStep } from '../../client/charts/zoom-step.ts';
import { DAILY_LIMITS_CLASS_II } from '../../server/aq/limits.ts';

const figure = (value: number | null) => ({
  valid: value !== null,
  value,
  provisionalValue: null,
  count: 24,
  required: 20,
  basis: null,
});

function day(date: string, aqi: number | null, pm25: number | null): ChartDay {
  return {
    date,
    aqi,
    primary: aqi !== null && aqi > 50 ? ['PM2.5'] : [],
    values: {
      SO2: figure(8),
      NO2: figure(30),
      PM10: figure(90),
      'PM2.5': figure(pm25),
      CO: figure(0.9),
      O3: figure(120),
      O3_1h: figure(150),
    },
  };
}

const days = [
  day('2023-01-01', 100, 75),
  day('2023-01-02', 101, 75.5),
  day('2023-01-03', null, null),
  day('2023-02-01', 50, 20),
];
const pm25 = { pollutant: 'PM2.5' as const, limit: DAILY_LIMITS_CLASS_II['PM2.5'], unit: 'µg/m³' };

type Series = {
  type: string;
  data: unknown[];
  markArea?: { data: [{ yAxis: number; name: string; itemStyle: { color: string } }, { yAxis: number }][] };
  markLine?: { data: { yAxis: number }[]; label: { formatter: string } };
};
const seriesOf = (option: ReturnType<typeof dailyAqiOption>) => (option.series as Series[])[0] as Series;

describe('the daily AQI option', () => {
  it('draws the HJ 633-2012 bands with their category names and colours up to the axis top', () => {
    const series = seriesOf(dailyAqiOption(days, 'zh', 'console'));
    const bands = series.markArea?.data.map(([lower, upper]) => [
      lower.name,
      lower.yAxis,
      upper.yAxis,
      lower.itemStyle.color,
    ]);
    expect(bands).toEqual([
      ['优', 0, 50, '#00E400'],
      ['良', 50, 100, '#FFFF00'],
      ['轻度污染', 100, 150, '#FF7E00'],
      ['中度污染', 150, 200, '#FF0000'],
    ]);
    expect(aqiBands(500, 'en').map((b) => [b.name, b.upper])).toEqual([
      ['Excellent', 50],
      ['Good', 100],
      ['Lightly polluted', 150],
      ['Moderately polluted', 200],
      ['Heavily polluted', 300],
      ['Severely polluted', 500],
    ]);
  });

  it('tops the axis at 200, 300 or 500 and colours each bar by its level; a missing day is a gap', () => {
    expect(aqiAxisTop([{ aqi: 200 }])).toBe(200);
    expect(aqiAxisTop([{ aqi: 201 }])).toBe(300);
    expect(aqiAxisTop([{ aqi: 301 }])).toBe(500);
    const series = seriesOf(dailyAqiOption(days, 'zh', 'console'));
    expect(series.data).toEqual([
      { value: 100, itemStyle: { color: '#FFFF00' } },
      { value: 101, itemStyle: { color: '#FF7E00' } },
      null,
      { value: 50, itemStyle: { color: '#00E400' } },
    ]);
  });

  it('words a tooltip with the value and its level at the band edges (100 良, 101 轻度污染)', () => {
    expect(aqiTooltipLines(days[0] as ChartDay, 'zh')).toEqual(['2023-01-01', 'AQI 100（良）', '首要污染物：PM2.5']);
    expect(aqiTooltipLines(days[1] as ChartDay, 'zh')).toEqual([
      '2023-01-02',
      'AQI 101（轻度污染）',
      '首要污染物：PM2.5',
    ]);
    expect(aqiTooltipLines(days[3] as ChartDay, 'en')).toEqual(['2023-02-01', 'AQI 50 (Excellent)']);
    expect(aqiTooltipLines(days[2] as ChartDay, 'zh')).toEqual(['2023-01-03', '无有效数据']);
    const formatter = (dailyAqiOption(days, 'zh', 'console').tooltip as { formatter: (p: unknown) => string })
      .formatter;
    expect(formatter([{ dataIndex: 1 }])).toBe('2023-01-02<br/>AQI 101（轻度污染）<br/>首要污染物：PM2.5');
  });

  it('zooms and pans over the period on the console, not in the report (no tooltip, no animation there)', () => {
    const console = dailyAqiOption(days, 'zh', 'console');
    expect((console.dataZoom as { type: string }[]).map((z) => z.type)).toEqual(['inside', 'slider']);
    const report = dailyAqiOption(days, 'zh', 'report', 'month');
    expect(report.dataZoom).toBeUndefined();
    expect(report.tooltip).toBeUndefined();
    expect(report.animation).toBe(false);
  });

  it('labels the months on a year and every fifth day on a month, in the UI language', () => {
    expect(dateAxisLabel('2023-01-01', 'year', 'zh')).toBe('1月');
    expect(dateAxisLabel('2023-12-01', 'year', 'en')).toBe('Dec');
    expect(dateAxisLabel('2023-12-02', 'year', 'zh')).toBe('');
    expect(
      ['2023-06-01', '2023-06-04', '2023-06-05', '2023-06-30'].map((d) => dateAxisLabel(d, 'month', 'zh')),
    ).toEqual(['1', '', '5', '30']);
  });

  it('summarises the days per level for screen readers', () => {
    expect(dailyAqiSummary(days, 'zh')).toBe(
      '2023-01-01 至 2023-02-01 日AQI：有效 3 天；优 1 天，良 1 天，轻度污染 1 天。',
    );
  });
});

describe('the pollutant option', () => {
  it('draws the class II daily limit as a markLine labelled with its value and unit', () => {
    const option = pollutantOption(days, pm25, 'zh', 'console');
    const series = seriesOf(option);
    expect(series.markLine?.data).toEqual([{ yAxis: 75, name: '二级限值 75 µg/m³' }]);
    expect(series.markLine?.label.formatter).toBe('二级限值 75 µg/m³');
    expect(series.data).toEqual([75, 75.5, null, 20]);
    // the axis holds the limit with room above it: 1.2 × 75 = 90 → 100
    expect((option.yAxis as { max: number; name: string }).max).toBe(100);
    expect((option.yAxis as { name: string }).name).toBe('µg/m³');
    expect(pollutantOption(days, { ...pm25, pollutant: 'O3', limit: 160 }, 'en', 'report').yAxis).toMatchObject({
      max: 200,
    });
  });

  it('words a tooltip with the value, its IAQI band and the limit at the limit’s edge', () => {
    expect(pollutantTooltipLines('2023-01-01', 75, pm25, 'zh')).toEqual([
      '2023-01-01',
      'PM2.5 75.0 µg/m³',
      '分指数 IAQI 100（良）',
      '未超过二级限值 75 µg/m³',
    ]);
    expect(pollutantTooltipLines('2023-01-02', 75.5, pm25, 'zh')).toEqual([
      '2023-01-02',
      'PM2.5 75.5 µg/m³',
      '分指数 IAQI 101（轻度污染）',
      '超过二级限值 75 µg/m³',
    ]);
    expect(pollutantTooltipLines('2023-01-03', 2.2, { pollutant: 'CO', limit: 4, unit: 'mg/m³' }, 'en')).toEqual([
      '2023-01-03',
      'CO 2.20 mg/m³',
      'IAQI 55 (Good)',
      'within the Class II limit 4 mg/m³',
    ]);
  });
});

describe('keyboard zoom and pan', () => {
  it('halves, pans by a fifth, doubles and resets the window within 0–100', () => {
    expect(zoomStep({ start: 0, end: 100 }, '+')).toEqual({ start: 25, end: 75 });
    expect(zoomStep({ start: 25, end: 75 }, 'ArrowRight')).toEqual({ start: 35, end: 85 });
    expect(zoomStep({ start: 90, end: 100 }, 'ArrowRight')).toEqual({ start: 90, end: 100 });
    expect(zoomStep({ start: 0, end: 50 }, 'ArrowLeft')).toEqual({ start: 0, end: 50 });
    expect(zoomStep({ start: 40, end: 60 }, '-')).toEqual({ start: 30, end: 70 });
    expect(zoomStep({ start: 30, end: 70 }, '0')).toEqual({ start: 0, end: 100 });
    expect(zoomStep({ start: 0, end: 100 }, 'a')).toBeNull();
  });
});

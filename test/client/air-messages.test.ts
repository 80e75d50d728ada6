import { describe, expect, it } from 'vitest';
import { airMessages } from '../../client/i18n/air.ts';
import { airMoment, airRange } from '../../client/views/air/air-range.ts';
import { niceTop } from '../../client/charts/aq-chart-options.ts';
import type { AqSubjectNote } from '../../server/schema/aq.ts';
import { englishLeaks } from '../e2e/english-leaks.ts';

const notes: AqSubjectNote[] = [
  { code: 'district-mean' },
  {
    code: 'station-no-readings',
    station: '2180A',
    name: '机引',
    stopped: true,
    stoppedOn: '2019-03-13',
    from: '2023-01-01',
    to: '2023-12-31',
  },
  {
    code: 'station-no-readings',
    station: '2181A',
    name: '开发区',
    stopped: false,
    stoppedOn: null,
    from: '2023-03-01',
    to: '2023-03-31',
  },
  { code: 'micro-station' },
  { code: 'year-to-date', days: 202 },
];

describe('the AQ notes in words', () => {
  it('are Chinese in Chinese, with their parameters', () => {
    const m = airMessages('zh');
    for (const note of notes) expect(englishLeaks(m.note(note))).toEqual([]);
    expect(notes.map((note) => m.note(note))).toEqual([
      '全区数值：按 HJ 663-2013，每日取各国控站有效日均值的平均（O3 取各站日最大8小时平均）；不使用微站数据。',
      '站点 2180A（机引）已于2019-03-13停运，2023年无监测数据。',
      '站点 2181A（开发区）2023-03-01 至 2023-03-31无监测数据。',
      '微站：仅用于监管评价，不计入全区数值。',
      '年初至今（202 天）：某月或全年仅在已无法达到 27 个有效日（2 月 25 个）或全年 324 个有效日时才标为数据不足。',
    ]);
  });

  it('keep the English sentences in English', () => {
    const m = airMessages('en');
    expect(m.note(notes[1] as AqSubjectNote)).toBe('Station 2180A (机引) stopped on 2019-03-13: no readings in 2023.');
    expect(m.note({ code: 'year-to-date', days: 202 })).toMatch(/^Year to date \(202 days\)/);
  });

  it('word the coverage problems in either language', () => {
    const problem = { code: 'month-short', month: 3, count: 26, required: 27 } as const;
    expect(airMessages('zh').problem(problem, 2023)).toBe('2023年3月：有效日 26 天，需 27 天');
    expect(airMessages('en').problem(problem, 2023)).toBe('2023-03: 26 valid days, 27 required');
  });

  it('name the months 1月…12月 and Jan…Dec', () => {
    expect(airMessages('zh').month(10)).toBe('10月');
    expect(airMessages('en').month(10)).toBe('Oct');
  });
});

describe('the moment the air view evaluates', () => {
  const range = airRange({
    schemaVersion: 1,
    defaultAsOf: '2023-12-31T23:00',
    dataset: { readings_from: '2023-01-01T01:00', demo_year: '2023' },
  });

  it('clamps an as-of outside the readings to their nearest end and marks it', () => {
    expect(airMoment('2024-06-01T12:00', range)).toEqual({
      chosen: '2024-06-01T12:00',
      at: '2023-12-31T23:00',
      outside: true,
    });
    expect(airMoment('2022-05-01T08:00', range)).toEqual({
      chosen: '2022-05-01T08:00',
      at: '2023-01-01T01:00',
      outside: true,
    });
  });

  it('keeps an as-of inside the readings, and the default', () => {
    expect(airMoment('2023-07-21T10:00', range)).toEqual({
      chosen: '2023-07-21T10:00',
      at: '2023-07-21T10:00',
      outside: false,
    });
    expect(airMoment(null, range)).toEqual({ chosen: '2023-12-31T23:00', at: '2023-12-31T23:00', outside: false });
  });
});

describe('y-axis top', () => {
  it('is the round value (4 or 5 round steps from 0) at or above the maximum', () => {
    expect(niceTop(90)).toBe(100);
    expect(niceTop(4.8)).toBe(6);
    expect(niceTop(100)).toBe(100);
  });
});

import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMinutes,
  clockMinutes,
  clockOf,
  CST_OFFSET_MINUTES,
  cstInstant,
  cstMinute,
  datesBetween,
  dayCount,
  daysInMonth,
  daysInYear,
  formatDate,
  formatMonth,
  fromCstMinute,
  hourEndingDate,
  monthBounds,
  monthDates,
  monthsOf,
  nextMonth,
  toCstMinute,
} from '../../server/time/cst.ts';

describe('CST_OFFSET_MINUTES', () => {
  it('is UTC+8', () => expect(CST_OFFSET_MINUTES).toBe(480));
});

describe('toCstMinute and cstInstant', () => {
  it('shift UTC by 8 hours across day, month, year and leap-day ends', () => {
    expect(toCstMinute(new Date('2023-12-31T16:00:00Z'))).toBe('2024-01-01T00:00');
    expect(toCstMinute(new Date('2023-12-31T15:59:59.999Z'))).toBe('2023-12-31T23:59');
    expect(toCstMinute(new Date('2024-02-28T16:00:00Z'))).toBe('2024-02-29T00:00');
    expect(toCstMinute(new Date('2023-02-28T16:00:00Z'))).toBe('2023-03-01T00:00');
    expect(toCstMinute(new Date('2023-06-30T16:30:00Z'))).toBe('2023-07-01T00:30');
  });

  it('read CST minutes and CST date-times with seconds as instants', () => {
    expect(cstInstant('2024-01-01T00:00').toISOString()).toBe('2023-12-31T16:00:00.000Z');
    expect(cstInstant('2024-03-01T07:59:30').toISOString()).toBe('2024-02-29T23:59:30.000Z');
  });

  it('round-trip every minute of a leap-day week and every hour of a year', () => {
    for (let t = Date.parse('2024-02-27T00:00:00Z'); t < Date.parse('2024-03-03T00:00:00Z'); t += 60_000) {
      expect(cstInstant(toCstMinute(new Date(t))).getTime()).toBe(t);
    }
    for (let t = Date.parse('2022-12-31T00:00:00Z'); t < Date.parse('2024-01-02T00:00:00Z'); t += 3_600_000) {
      expect(cstInstant(toCstMinute(new Date(t))).getTime()).toBe(t);
    }
  });

  it('drop seconds rather than round them', () => {
    expect(toCstMinute(new Date('2023-07-01T01:59:59Z'))).toBe('2023-07-01T09:59');
  });
});

describe('cstMinute, fromCstMinute and addMinutes', () => {
  it('count minutes so that differences are durations', () => {
    expect(cstMinute('2023-12-31T23:00') - cstMinute('2023-12-31T22:00')).toBe(60);
    expect(cstMinute('2024-03-01T00:00') - cstMinute('2024-02-28T00:00')).toBe(2 * 1440);
    expect(cstMinute('2023-03-01T00:00') - cstMinute('2023-02-28T00:00')).toBe(1440);
    expect(cstMinute('1970-01-01T08:00')).toBe(0);
  });

  it('invert each other', () => {
    for (const text of ['2023-06-30T23:59', '2024-02-29T12:34', '2000-01-01T00:00', '2100-12-31T23:59']) {
      expect(fromCstMinute(cstMinute(text))).toBe(text);
    }
  });

  it('add and subtract across day, month, year and leap-day ends', () => {
    expect(addMinutes('2023-12-31T23:30', 60)).toBe('2024-01-01T00:30');
    expect(addMinutes('2024-01-01T00:30', -60)).toBe('2023-12-31T23:30');
    expect(addMinutes('2024-02-28T23:59', 1)).toBe('2024-02-29T00:00');
    expect(addMinutes('2024-03-01T00:00', -1)).toBe('2024-02-29T23:59');
    expect(addMinutes('2023-03-01T00:00', -1)).toBe('2023-02-28T23:59');
    expect(addMinutes('2023-12-31T23:00', -24 * 60)).toBe('2023-12-30T23:00');
    expect(addMinutes('2023-12-31T23:00', 0)).toBe('2023-12-31T23:00');
  });
});

describe('addDays, dayCount and datesBetween', () => {
  it('add and subtract days across month, year and leap-day ends', () => {
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(addDays('2024-01-01', -1)).toBe('2023-12-31');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2023-01-01', 365)).toBe('2024-01-01');
    expect(addDays('2024-01-01', 366)).toBe('2025-01-01');
    expect(addDays('2023-07-15', 0)).toBe('2023-07-15');
  });

  it('count days with both ends included, 0 for a reversed range', () => {
    expect(dayCount('2023-01-01', '2023-12-31')).toBe(365);
    expect(dayCount('2024-01-01', '2024-12-31')).toBe(366);
    expect(dayCount('2024-02-29', '2024-02-29')).toBe(1);
    expect(dayCount('2024-03-01', '2024-02-29')).toBe(0);
    expect(dayCount('2024-03-10', '2024-02-29')).toBe(0);
  });

  it('list the dates of a range, none for a reversed one', () => {
    expect(datesBetween('2024-02-27', '2024-03-01')).toEqual(['2024-02-27', '2024-02-28', '2024-02-29', '2024-03-01']);
    expect(datesBetween('2023-12-31', '2024-01-01')).toEqual(['2023-12-31', '2024-01-01']);
    expect(datesBetween('2023-01-02', '2023-01-01')).toEqual([]);
    expect(datesBetween('2023-01-01', '2023-12-31')).toHaveLength(365);
  });
});

describe('months', () => {
  it('daysInMonth knows every month and the Gregorian leap years', () => {
    expect(Array.from({ length: 12 }, (_, i) => daysInMonth(2023, i + 1))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2000, 2)).toBe(29); // divisible by 400
    expect(daysInMonth(2100, 2)).toBe(28); // divisible by 100, not 400
  });

  it('formatMonth and formatDate pad to two digits', () => {
    expect(formatMonth(2023, 7)).toBe('2023-07');
    expect(formatMonth(2023, 12)).toBe('2023-12');
    expect(formatDate(2023, 7, 5)).toBe('2023-07-05');
    expect(formatDate(2024, 12, 31)).toBe('2024-12-31');
  });

  it('nextMonth rolls over the year', () => {
    expect(nextMonth('2023-12')).toBe('2024-01');
    expect(nextMonth('2023-09')).toBe('2023-10');
    expect(nextMonth('2024-01')).toBe('2024-02');
  });

  it('monthDates gives the first and last dates, leap February included', () => {
    expect(monthDates('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(monthDates('2023-02')).toEqual({ from: '2023-02-01', to: '2023-02-28' });
    expect(monthDates('2023-12')).toEqual({ from: '2023-12-01', to: '2023-12-31' });
    expect(monthDates('2023-04')).toEqual({ from: '2023-04-01', to: '2023-04-30' });
  });

  it('monthsOf lists the twelve months of a year in order', () => {
    expect(monthsOf(2023)).toEqual(Array.from({ length: 12 }, (_, i) => formatMonth(2023, i + 1)));
    expect([monthsOf(2024)[0], monthsOf(2024)[1], monthsOf(2024)[11]]).toEqual(['2024-01', '2024-02', '2024-12']);
  });

  it('daysInYear counts 365, 366 in the Gregorian leap years', () => {
    expect([2023, 2024, 2000, 2100].map(daysInYear)).toEqual([365, 366, 366, 365]);
    expect(daysInYear(2024)).toBe(
      Array.from({ length: 12 }, (_, i) => daysInMonth(2024, i + 1)).reduce((a, b) => a + b),
    );
  });

  it('monthBounds runs to the next month, the next year in December', () => {
    expect(monthBounds('2023-12')).toEqual({ from: '2023-12-01T00:00', to: '2024-01-01T00:00' });
    expect(monthBounds('2024-02')).toEqual({ from: '2024-02-01T00:00', to: '2024-03-01T00:00' });
  });
});

describe('hourEndingDate', () => {
  it("gives T00:00 to the day before (it closes that day's 24th hour), every other hour to its own day", () => {
    expect(hourEndingDate('2023-07-02T00:00')).toBe('2023-07-01');
    expect(hourEndingDate('2023-07-02T01:00')).toBe('2023-07-02');
    expect(hourEndingDate('2023-07-02T23:00')).toBe('2023-07-02');
    expect(hourEndingDate('2024-01-01T00:00')).toBe('2023-12-31');
    expect(hourEndingDate('2024-03-01T00:00')).toBe('2024-02-29');
    expect(hourEndingDate('2023-03-01T00:00')).toBe('2023-02-28');
    expect(hourEndingDate('2023-07-02T00:01')).toBe('2023-07-02');
  });

  it('puts exactly 24 hour labels on each day', () => {
    const labels = Array.from({ length: 72 }, (_, i) => addMinutes('2024-02-28T01:00', i * 60));
    const perDay = new Map<string, number>();
    for (const label of labels) perDay.set(hourEndingDate(label), (perDay.get(hourEndingDate(label)) ?? 0) + 1);
    expect([...perDay]).toEqual([
      ['2024-02-28', 24],
      ['2024-02-29', 24],
      ['2024-03-01', 24],
    ]);
  });
});

describe('clocks', () => {
  it('clockMinutes reads HH:mm, 24:00 and later included', () => {
    expect(clockMinutes('00:00')).toBe(0);
    expect(clockMinutes('08:30')).toBe(510);
    expect(clockMinutes('23:59')).toBe(1439);
    expect(clockMinutes('24:00')).toBe(1440);
    expect(clockMinutes('25:15')).toBe(1515);
  });

  it('clockOf writes HH:mm, dropping fractions, past 24:00 as it is', () => {
    expect(clockOf(0)).toBe('00:00');
    expect(clockOf(510.7)).toBe('08:30');
    expect(clockOf(1439.99)).toBe('23:59');
    expect(clockOf(1440)).toBe('24:00');
    expect(clockOf(1500)).toBe('25:00');
    expect(clockOf(100 * 60 + 5)).toBe('100:05');
  });

  it('clockOf inverts clockMinutes on every minute of the day', () => {
    for (let m = 0; m < 1440; m += 1) expect(clockMinutes(clockOf(m))).toBe(m);
  });
});

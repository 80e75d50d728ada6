import { describe, expect, it } from 'vitest';
import {
  MIN_HOURS_FOR_8H_MEAN,
  MIN_WINDOWS_FOR_DAILY_MAX_8H,
  o3DailyMaxEightHour,
  o3EightHourMeans,
  SHORT_DAY_COUNTS_WHEN_ABOVE_LIMIT,
} from '../../server/aq/o3-eight-hour.ts';

/** 24 hourly slots of `value`, with the listed slots missing. */
function createDay(value: number, missingSlots: readonly number[] = []): (number | null)[] {
  return Array.from({ length: 24 }, (_, slot) => (missingSlots.includes(slot) ? null : value));
}

/** Slots from..23 (labels from+1 … 24). */
function slotsFrom(from: number): number[] {
  return Array.from({ length: 24 - from }, (_, offset) => from + offset);
}

describe('o3EightHourMeans', () => {
  it('has 24 windows ending 01:00 … 24:00', () => {
    expect(o3EightHourMeans(createDay(80)).map((mean) => mean.endHour)).toEqual(
      Array.from({ length: 24 }, (_, index) => index + 1),
    );
  });

  it('averages the 8 hours ending at the label: the window ending 08:00 is slots 0–7', () => {
    const hours = createDay(0);
    for (let slot = 0; slot < 8; slot += 1) hours[slot] = 40 + slot; // 40 … 47, mean 43.5
    hours[8] = 1000; // hour ending 09:00: outside the window ending 08:00
    const byEnd = o3EightHourMeans(hours);
    expect(byEnd[7]).toMatchObject({ endHour: 8, valid: true, value: 43.5, count: 8 });
  });

  it('needs 6 of 8 hours: 6 valid', () => {
    expect(MIN_HOURS_FOR_8H_MEAN).toBe(6);
    expect(o3EightHourMeans(createDay(90, [0, 1]))[7]).toMatchObject({ valid: true, value: 90, count: 6 });
  });

  it('needs 6 of 8 hours: 5 valid is invalid', () => {
    expect(o3EightHourMeans(createDay(90, [0, 1, 2]))[7]).toEqual({
      endHour: 8,
      valid: false,
      value: null,
      provisionalValue: 90,
      count: 5,
      required: 6,
    });
  });

  it('reaches into the previous day for windows ending before 08:00', () => {
    const withPrevious = o3EightHourMeans(createDay(80), [10, 10, 10, 10, 10, 10, 10]);
    expect(withPrevious[0]).toMatchObject({ endHour: 1, valid: true, value: 18.75, count: 8 }); // (7·10 + 80)/8 = 150/8
    const withoutPrevious = o3EightHourMeans(createDay(80));
    expect(withoutPrevious[0]).toMatchObject({ endHour: 1, valid: false, count: 1 });
    expect(withoutPrevious[5]).toMatchObject({ endHour: 6, valid: true, count: 6 });
  });

  it('rejects wrong lengths', () => {
    expect(() => o3EightHourMeans(createDay(80).slice(1))).toThrow(RangeError);
    expect(() => o3EightHourMeans(createDay(80), [1, 2])).toThrow(/previousDayLast7/);
  });
});

describe('o3DailyMaxEightHour value', () => {
  it('is the largest window ending 08:00 … 24:00', () => {
    // slots 12–19 (labels 13–20) at 200, the rest 100: window ending 20:00 = 200
    const hours = createDay(100);
    for (let slot = 12; slot < 20; slot += 1) hours[slot] = 200;
    expect(o3DailyMaxEightHour(hours)).toMatchObject({ valid: true, value: 200, count: 17, basis: 'enough-data' });
  });

  it('ignores the windows ending 01:00–07:00, hence the previous day', () => {
    const result = o3DailyMaxEightHour(createDay(100), { previousDayLast7: [900, 900, 900, 900, 900, 900, 900] });
    expect(result.value).toBe(100);
  });
});

describe('o3DailyMaxEightHour validity', () => {
  // Labels m … 24 missing leaves windows ending 8 … m+1 valid: m − 6 of them.
  it('needs 14 valid windows', () => {
    expect(MIN_WINDOWS_FOR_DAILY_MAX_8H).toBe(14);
  });

  it('is valid with 14 windows (labels 20–24 missing)', () => {
    expect(o3DailyMaxEightHour(createDay(120, slotsFrom(19)))).toMatchObject({ valid: true, value: 120, count: 14 });
  });

  it('is invalid with 13 windows (labels 19–24 missing) when the max is within the limit', () => {
    expect(o3DailyMaxEightHour(createDay(150, slotsFrom(18)))).toEqual({
      valid: false,
      value: null,
      provisionalValue: 150,
      count: 13,
      required: 14,
    });
  });

  it('still counts a short day whose max exceeds the Class II limit 160 (UNCONFIRMED rule)', () => {
    expect(SHORT_DAY_COUNTS_WHEN_ABOVE_LIMIT).toBe(true);
    expect(o3DailyMaxEightHour(createDay(161, slotsFrom(18)))).toEqual({
      valid: true,
      value: 161,
      basis: 'exceeds-limit-with-short-data',
      count: 13,
      required: 14,
    });
  });

  it('does not count a short day whose max equals the limit', () => {
    expect(o3DailyMaxEightHour(createDay(160, slotsFrom(18))).valid).toBe(false);
  });

  it('uses the Class I limit 100 when asked', () => {
    expect(o3DailyMaxEightHour(createDay(150, slotsFrom(18)), { airClass: 1 })).toMatchObject({
      valid: true,
      basis: 'exceeds-limit-with-short-data',
    });
  });

  it('is invalid with no valid window', () => {
    expect(o3DailyMaxEightHour(createDay(0, slotsFrom(0)))).toMatchObject({
      valid: false,
      provisionalValue: null,
      count: 0,
    });
  });
});

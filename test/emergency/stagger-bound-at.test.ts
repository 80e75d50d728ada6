import { describe, expect, it } from 'vitest';
import type { StaggerRecord } from '../../server/emergency/contract.ts';
import { seasonOf, seasonPeriod, staggerBoundAt } from '../../server/emergency/stagger-bound-at.ts';

const schedule = (id: number, from: string, to: string): StaggerRecord => ({
  id,
  enterpriseId: `E${id}`,
  line: '1#窑',
  outletCode: 'DA001',
  from,
  to,
  production: 'stop',
  limitPct: null,
});

describe('staggerBoundAt', () => {
  const schedules = [
    schedule(1, '2023-11-15', '2024-03-15'),
    schedule(2, '2024-01-01', '2024-01-31'),
    schedule(3, '2023-10-01', '2023-11-14'),
  ];

  it('binds from the first day to the last, both inclusive', () => {
    expect(staggerBoundAt(schedules, '2023-11-14').map((s) => s.id)).toEqual([3]);
    expect(staggerBoundAt(schedules, '2023-11-15').map((s) => s.id)).toEqual([1]);
    expect(staggerBoundAt(schedules, '2024-01-01').map((s) => s.id)).toEqual([1, 2]);
    expect(staggerBoundAt(schedules, '2024-01-31').map((s) => s.id)).toEqual([1, 2]);
    expect(staggerBoundAt(schedules, '2024-03-15').map((s) => s.id)).toEqual([1]);
    expect(staggerBoundAt(schedules, '2024-03-16')).toEqual([]);
  });

  it('a moment counts as its day', () => {
    expect(staggerBoundAt(schedules, '2024-03-15T23:00').map((s) => s.id)).toEqual([1]);
  });
});

describe('seasons', () => {
  it('October to December open a season; January to September belong to the last one', () => {
    expect(seasonOf('2023-11-05')).toBe('2023-2024');
    expect(seasonOf('2023-10-01')).toBe('2023-2024');
    expect(seasonOf('2023-09-30')).toBe('2022-2023');
    expect(seasonOf('2024-03-31')).toBe('2023-2024');
    expect(seasonOf('2023-05-01')).toBe('2022-2023');
    expect(seasonOf('2023-12-31T23:00')).toBe('2023-2024');
  });

  it('a season runs from 1 October to 31 March', () => {
    expect(seasonPeriod('2023-2024')).toEqual({ from: '2023-10-01', to: '2024-03-31' });
    expect(seasonPeriod(seasonOf('2024-02-29'))).toEqual({ from: '2023-10-01', to: '2024-03-31' });
  });

  it('rejects what is not a date or a season', () => {
    expect(() => seasonOf('2023-13-01')).toThrow(RangeError);
    expect(() => seasonPeriod('2023-2025')).toThrow(RangeError);
    expect(() => seasonPeriod('23-24')).toThrow(RangeError);
  });
});

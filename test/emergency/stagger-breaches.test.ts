import { describe, expect, it } from 'vitest';
import type { StaggerOutletEvidence, StaggerRecord } from '../../server/emergency/contract.ts';
import { staggerBreaches } from '../../server/emergency/stagger-breaches.ts';
import { steady } from './cems-fixtures.ts';

const schedule = (id: number, s: Partial<StaggerRecord> = {}): StaggerRecord => ({
  id,
  enterpriseId: 'E1',
  line: '1#窑',
  outletCode: 'DA001',
  from: '2023-11-15',
  to: '2024-03-15',
  production: 'stop',
  limitPct: null,
  ...s,
});

/** The week before 15 Nov: 50,000 m³/h, PM 10, SO2 40, NOx 100 mg/m³ (7.5 kg/h). */
const baseline = steady('2023-11-08T00:00', 7 * 24, { flow: 50_000, pm: 10, so2: 40, nox: 100 });

const outlet = (
  enterpriseId: string,
  code: string,
  during: StaggerOutletEvidence['during'],
): StaggerOutletEvidence => ({
  enterpriseId,
  outletId: `${enterpriseId}-${code}`,
  code,
  name: `${code}排口`,
  during,
  baseline,
});

/** The 24 h before 5 Dec 00:00 (hours ending 4 Dec 01:00 … 5 Dec 00:00): stopped, then 4 h running from 21:00. */
const lastDay = [
  ...steady('2023-12-04T00:00', 20, { flow: 500, pm: 10, so2: 40, nox: 100 }),
  ...steady('2023-12-04T20:00', 4, { flow: 20_000, pm: 10, so2: 40, nox: 100 }),
];
const day = '2023-12-04';

describe('staggerBreaches', () => {
  it('a stopped line whose outlet shows flow in more than 2 hours: breached since the first such hour', () => {
    // Threshold 10 % of 50,000 = 5,000 m³/h; 4 hours at 20,000 (ending 21:00–24:00) → 4 > 2.
    const breaches = staggerBreaches({ schedules: [schedule(3)], day, outlets: [outlet('E1', 'DA001', lastDay)] });
    expect(breaches).toEqual([
      {
        scheduleId: 3,
        enterpriseId: 'E1',
        line: '1#窑',
        since: '2023-12-04T20:00',
        detail: {
          zh:
            '错峰生产（1#窑，2023-11-15至2024-03-15）：DA001排口（DA001）停产期间 4 小时有烟气流量' +
            '（基准 50,000 m³/h 的 10% 以上；共 24 个有效小时）',
          en:
            'staggered production (1#窑, 2023-11-15 to 2024-03-15): DA001排口 (DA001): flue-gas flow in 4 of 24 ' +
            'valid hours while it should be stopped (above 10% of the baseline 50,000 m³/h)',
        },
      },
    ]);
  });

  it('a limited line: breached when the median rate is above its share', () => {
    // Median rate: 20 of 24 hours at 150 × 500 = 0.075 kg/h → far below 0.5 × 7.5 × 1.1 = 4.125 kg/h: no breach.
    const limited = schedule(4, { production: 'limit', limitPct: 50 });
    expect(staggerBreaches({ schedules: [limited], day, outlets: [outlet('E1', 'DA001', lastDay)] })).toEqual([]);
    // Running at 40,000 m³/h all day: 150 × 40,000 = 6 kg/h > 4.125 → breached from the first hour.
    const full = steady('2023-12-04T00:00', 24, { flow: 40_000, pm: 10, so2: 40, nox: 100 });
    const [breach] = staggerBreaches({ schedules: [limited], day, outlets: [outlet('E1', 'DA001', full)] });
    expect(breach).toMatchObject({ scheduleId: 4, since: '2023-12-04T00:00' });
    expect(breach?.detail.zh).toContain('中位数 6 kg/h，基准 7.5 kg/h，允许上限 4.13 kg/h');
  });

  it('no breach without an outlet code, a matching outlet of the same enterprise, or outside the dates', () => {
    const outlets = [outlet('E2', 'DA001', lastDay)];
    expect(staggerBreaches({ schedules: [schedule(5)], day, outlets })).toEqual([]);
    const mine = [outlet('E1', 'DA001', lastDay)];
    expect(staggerBreaches({ schedules: [schedule(6, { outletCode: null })], day, outlets: mine })).toEqual([]);
    expect(staggerBreaches({ schedules: [schedule(7, { to: '2023-12-03' })], day, outlets: mine })).toEqual([]);
  });

  it('counts only the hours inside the schedule’s dates', () => {
    // Starting on 5 Dec, the hours of 4 Dec (the one ending 5 Dec 00:00 included) are before it: no data, no breach.
    const starting = schedule(8, { from: '2023-12-05' });
    expect(
      staggerBreaches({ schedules: [starting], day: '2023-12-05', outlets: [outlet('E1', 'DA001', lastDay)] }),
    ).toEqual([]);
  });
});

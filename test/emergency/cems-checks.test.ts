import { describe, expect, it } from 'vitest';
import { CEMS_THRESHOLDS, limitCheck, median, rateReduction, stopCheck } from '../../server/emergency/cems-checks.ts';
import { outlet, steady } from './cems-fixtures.ts';

const start = '2023-12-10T00:00';

describe('median', () => {
  it('middle value, or the mean of the middle two', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});

describe('stopCheck', () => {
  it('non-compliant when more than 2 valid hours show flow above 10 % of the baseline median', () => {
    // Baseline median 52,000 m³/h → threshold 5,200 m³/h. 24 h: 10 at 800, 14 at 30,000 → 14 > 2 tolerated.
    const base = steady('2023-12-03T00:00', 168, { flow: 52_000 });
    const during = [...steady(start, 10, { flow: 800 }), ...steady('2023-12-10T10:00', 14, { flow: 30_000 })];
    const result = stopCheck(outlet('DA002', during, base), during);
    expect(result?.verdict).toBe('non-compliant');
    expect(result?.firstOver).toBe('2023-12-10T11:00');
    expect(result?.detail.zh).toBe(
      'DA002排口（DA002）停产期间 14 小时有烟气流量（基准 52,000 m³/h 的 10% 以上；共 24 个有效小时）',
    );
    expect(result?.detail.en).toContain('flue-gas flow in 14 of 24 valid hours');
  });

  it('tolerates 2 hours of start-up or shut-down; flow exactly at 10 % is not above it', () => {
    // Threshold 0.1 × 50,000 = 5,000: two hours at 20,000 and one at exactly 5,000 → 2 over, tolerated.
    const during = [
      ...steady(start, 2, { flow: 20_000 }),
      ...steady('2023-12-10T02:00', 1, { flow: 5_000 }),
      ...steady('2023-12-10T03:00', 9, { flow: 0 }),
    ];
    const result = stopCheck(outlet('DA001', during), during);
    expect(result?.verdict).toBe('compliant');
    expect(result?.detail.zh).toContain('12 个有效小时中 2 小时有烟气流量');
    // A third hour over the threshold breaks it.
    const three = [...during, ...steady('2023-12-10T12:00', 1, { flow: 5_001 })];
    expect(stopCheck(outlet('DA001', three), three)?.verdict).toBe('non-compliant');
  });

  it('no verdict with fewer than 3 valid hours or no baseline flow', () => {
    const two = [...steady(start, 2, { flow: 40_000 }), ...steady('2023-12-10T02:00', 5, { flow: null })];
    expect(stopCheck(outlet('DA001', two), two)).toBeNull();
    const during = steady(start, 5, { flow: 40_000 });
    expect(stopCheck(outlet('DA001', during, steady('2023-12-03T00:00', 48, { flow: 0 })), during)).toBeNull();
    expect(stopCheck(outlet('DA001', during, []), during)).toBeNull();
    expect(CEMS_THRESHOLDS).toEqual({ stoppedFlowShare: 0.1, toleratedHours: 2, limitTolerance: 0.1, minHours: 3 });
  });
});

describe('limitCheck', () => {
  it('compares the median emission rate with (1 − limit) × baseline × 1.1', () => {
    // Baseline rate (10 + 40 + 100) mg/m³ × 50,000 m³/h = 7,500,000 mg/h = 7.5 kg/h; limit 50 % →
    // allowed 0.5 × 7.5 × 1.1 = 4.125 kg/h. At 30,000 m³/h: 150 × 30,000 = 4.5 kg/h > 4.125 → non-compliant.
    const over = steady(start, 12, { flow: 30_000, pm: 10, so2: 40, nox: 100 });
    const result = limitCheck(outlet('DA001', over), over, 50);
    expect(result?.verdict).toBe('non-compliant');
    expect(result?.firstOver).toBe('2023-12-10T01:00');
    expect(result?.detail.zh).toBe(
      'DA001排口（DA001）限产 50%：排放速率（PM+SO2+NOx）中位数 4.5 kg/h，基准 7.5 kg/h，' +
        '允许上限 4.13 kg/h（含 10% 容差；12 个有效小时），超出限产要求',
    );
    // At 25,000 m³/h: 150 × 25,000 = 3.75 kg/h ≤ 4.125 → compliant.
    const within = steady(start, 12, { flow: 25_000, pm: 10, so2: 40, nox: 100 });
    expect(limitCheck(outlet('DA001', within), within, 50)?.verdict).toBe('compliant');
  });

  it('uses only the pollutants present in both the baseline and the stretch', () => {
    // NOx missing during: rate (10 + 40) × 50,000 = 2.5 kg/h baseline; limit 30 % → allowed 0.7 × 2.5 × 1.1 =
    // 1.925 kg/h; during (10 + 40) × 40,000 = 2.0 kg/h > 1.925 → non-compliant (with NOx it would be compared
    // against the whole 7.5 kg/h baseline).
    const during = steady(start, 6, { flow: 40_000, pm: 10, so2: 40, nox: null });
    const result = limitCheck(outlet('DA001', during), during, 30);
    expect(result?.verdict).toBe('non-compliant');
    expect(result?.detail.en).toContain('(PM+SO2)');
  });

  it('no verdict without common pollutants or enough hours', () => {
    const flowOnly = steady(start, 6, { flow: 40_000 });
    expect(limitCheck(outlet('DA001', flowOnly), flowOnly, 30)).toBeNull();
    const short = steady(start, 2, { flow: 40_000, pm: 10, so2: 40, nox: 100 });
    expect(limitCheck(outlet('DA001', short), short, 30)).toBeNull();
  });
});

describe('rateReduction', () => {
  it('(baseline median rate − median rate during) × 24 h / 1e9 t/day; a stopped hour emits nothing', () => {
    // PM: baseline 10 × 50,000 = 500,000 mg/h; during, flow 0 with no concentration sent → 0 mg/h.
    // (500,000 − 0) × 24 / 1e9 = 0.012 t/day; SO2 ×4 = 0.048; NOx ×10 = 0.12.
    const during = steady(start, 6, { flow: 0 });
    const estimate = rateReduction(outlet('DA001', during), during);
    expect(estimate.pm).toBeCloseTo(0.012, 9);
    expect(estimate.so2).toBeCloseTo(0.048, 9);
    expect(estimate.nox).toBeCloseTo(0.12, 9);
  });
});

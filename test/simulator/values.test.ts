import { describe, expect, it } from 'vitest';
import { replayLabel, weatherValues } from '../../server/simulator/ambient-values.ts';
import { defaultFaultRates, hourFaults, noFaults, silentDevice } from '../../server/simulator/faults.ts';
import { applicableLimit, type SimOutlet, stackValues } from '../../server/simulator/stack-values.ts';
import { addMinutes } from '../../server/time/cst.ts';

const kiln: SimOutlet = {
  id: 'E0001-DA001',
  limits: { pm: 30, so2: 200, nox: 400 },
  uleLimits: { pm: 10, so2: 35, nox: 50 },
  referenceO2: 10,
};
const grinding: SimOutlet = { id: 'E0002-DA002', limits: { pm: 20 }, uleLimits: null, referenceO2: null };
const hours = Array.from({ length: 500 }, (_, h) => addMinutes('2024-01-01T00:00', 60 * h));

describe('stack values', () => {
  it('are the same for the same outlet and hour, and differ between hours', () => {
    expect(stackValues(kiln, '2024-01-01T05:00')).toEqual(stackValues(kiln, '2024-01-01T05:00'));
    expect(stackValues(kiln, '2024-01-01T05:00')).not.toEqual(stackValues(kiln, '2024-01-01T06:00'));
  });

  it('lie at 30–70 % of the applicable limit after O2 correction, O2 near the reference', () => {
    for (const outlet of [kiln, grinding]) {
      for (const hour of hours) {
        const v = stackValues(outlet, hour);
        const ref = outlet.referenceO2;
        const corrected = (c: number) => (ref === null ? c : (c * (21 - ref)) / (21 - v.o2));
        for (const key of ['pm', 'so2', 'nox'] as const) {
          const limit = applicableLimit(outlet, key);
          if (limit === null) continue;
          expect(corrected(v[key]) / limit).toBeGreaterThanOrEqual(0.29);
          expect(corrected(v[key]) / limit).toBeLessThanOrEqual(0.71);
        }
        if (ref !== null) expect(Math.abs(v.o2 - ref)).toBeLessThanOrEqual(1);
        else expect(v.o2).toBeGreaterThanOrEqual(19.5);
        expect(v.flow).toBeGreaterThan(50_000);
        expect(v.flow).toBeLessThan(450_000);
        expect(v.pmCou).toBeCloseTo((v.pm * v.flow) / 1e6, 3);
        expect(v.noxCou).toBeCloseTo((v.nox * v.flow) / 1e6, 3);
      }
    }
  });

  it('put the particulate over the ULE limit when told to exceed, the other pollutants unchanged', () => {
    const normal = stackValues(kiln, '2024-01-01T05:00');
    const over = stackValues(kiln, '2024-01-01T05:00', { exceed: true });
    expect((over.pm * (21 - 10)) / (21 - over.o2)).toBeGreaterThan(1.45 * 10);
    expect(over.so2).toBe(normal.so2);
    expect(applicableLimit(grinding, 'so2')).toBeNull();
  });
});

describe('ambient values', () => {
  it('replay the demo year at the same month, day and hour', () => {
    expect(replayLabel('2024-03-05T07:00', 2023)).toBe('2023-03-05T08:00');
    expect(replayLabel('2024-02-29T10:00', 2023)).toBe('2023-02-28T11:00');
    expect(replayLabel('2024-12-31T23:00', 2023)).toBe('2024-01-01T00:00');
    expect(replayLabel('2025-01-01T00:00', 2023)).toBe('2023-01-01T01:00');
  });

  it('give deterministic, plausible weather: colder in January than in July, warmer by day', () => {
    expect(weatherValues('1180A', '2024-01-01T14:00')).toEqual(weatherValues('1180A', '2024-01-01T14:00'));
    const mean = (month: string, hour: string) =>
      Array.from({ length: 28 }, (_, d) =>
        weatherValues('1180A', `2024-${month}-${String(d + 1).padStart(2, '0')}T${hour}`),
      ).reduce((sum, w) => sum + w.temp, 0) / 28;
    expect(mean('01', '14:00')).toBeLessThan(mean('07', '14:00') - 20);
    expect(mean('01', '03:00')).toBeLessThan(mean('01', '14:00') - 8);
    for (const hour of hours) {
      const w = weatherValues('XFW001', hour);
      expect(w.rh).toBeGreaterThanOrEqual(10);
      expect(w.rh).toBeLessThanOrEqual(98);
      expect(w.wd).toBeGreaterThanOrEqual(0);
      expect(w.wd).toBeLessThan(360);
      expect(w.ws).toBeGreaterThan(0);
    }
  });
});

describe('faults', () => {
  it('come at the configured rates, deterministically', () => {
    const rates = { ...defaultFaultRates, gap: 0.1, flag: 0.2, duplicate: 0.05, badCrc: 0.03 };
    const all = ['LT22XFW001', 'LT22XFW002', 'LT31E0001-DA001', 'LT221180A'].flatMap((mn) =>
      Array.from({ length: 2500 }, (_, h) => hourFaults(mn, addMinutes('2024-01-01T00:00', 60 * h), rates)),
    );
    const share = (pick: (f: (typeof all)[number]) => boolean) => all.filter(pick).length / all.length;
    expect(share((f) => f.gap)).toBeCloseTo(0.1, 1);
    expect(share((f) => f.flag !== null)).toBeCloseTo(0.2, 1);
    expect(share((f) => f.duplicate)).toBeGreaterThan(0.04);
    expect(share((f) => f.duplicate)).toBeLessThan(0.06);
    expect(share((f) => f.badCrc)).toBeGreaterThan(0.02);
    expect(share((f) => f.badCrc)).toBeLessThan(0.04);
    expect(new Set(all.map((f) => f.flag))).toEqual(new Set([null, 'M', 'D', 'C']));
    expect(hourFaults('LT22XFW001', '2024-01-01T03:00', rates)).toEqual(
      hourFaults('LT22XFW001', '2024-01-01T03:00', rates),
    );
  });

  it('never happen without faults', () => {
    for (const hour of hours)
      expect(hourFaults('LT22XFW001', hour, noFaults)).toEqual({
        gap: false,
        flag: null,
        duplicate: false,
        badCrc: false,
      });
  });

  it('silence one micro-station, never an ambient station or a stack', () => {
    const devices = [
      { mn: 'LT221180A', kind: 'ambient' },
      { mn: 'LT22XFW001', kind: 'micro' },
      { mn: 'LT22XFW002', kind: 'micro' },
      { mn: 'LT31E1', kind: 'stack' },
    ];
    const silent = silentDevice(devices);
    expect(['LT22XFW001', 'LT22XFW002']).toContain(silent);
    expect(silentDevice([...devices].reverse())).toBe(silent);
    expect(silentDevice(devices.filter((d) => d.kind !== 'micro'))).toBeNull();
  });
});

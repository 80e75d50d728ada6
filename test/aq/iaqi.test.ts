import { describe, expect, expectTypeOf, it } from 'vitest';
import { iaqi } from '../../server/aq/aqi.ts';
import { HJ633_2012_BREAKPOINTS, breakpointRow } from '../../server/aq/breakpoints.ts';
import { evaluateIaqi } from '../../server/aq/evaluate-iaqi.ts';
import { isUnsupported, type Unsupported } from '../../server/aq/standards-edition.ts';
import { LEVELS, REFERENCE_ROWS, referenceIaqi, segmentIaqis, type ReferenceRow } from './hj633-reference.ts';

/** iaqi() for a reference row (periods are valid by construction of the reference table). */
function iaqiOnRow(row: ReferenceRow, concentration: number): number | null {
  return iaqi(row.pollutant, row.period as '1h', concentration);
}

describe('breakpoint table data', () => {
  it('matches HJ 633-2012 Table 1 as typed independently from domain.md', () => {
    for (const row of REFERENCE_ROWS) {
      const module = breakpointRow(row.pollutant, row.period);
      expect(module?.concentrations, row.name).toEqual(row.points);
      expect(module?.aboveTop, row.name).toBe(row.above === 500 ? 'cap-at-500' : 'no-subindex');
    }
  });

  it('has the SO2 24-h top at 2620 (not the 2602 typo) and the 400 level (not a merged 300–500 segment)', () => {
    expect(HJ633_2012_BREAKPOINTS.SO2_24h.concentrations[7]).toBe(2620);
    // 2610: 400 + 100·510/520 = 498.08 → 499
    expect(iaqi('SO2', '24h', 2610)).toBe(499);
    // 1850: 300 + 100·250/500 = 350 (a merged 1600–2620 segment would give 349.0…)
    expect(iaqi('SO2', '24h', 1850)).toBe(350);
  });
});

describe('iaqi at every breakpoint of every row', () => {
  for (const row of REFERENCE_ROWS) {
    row.points.forEach((point, index) => {
      const level = LEVELS[index];
      it(`${row.name} ${point} → ${level}`, () => {
        // Both neighbouring segments (one at the ends) give exactly the level …
        const fromSegments = segmentIaqis(row.points, BigInt(point) * 10n).map(Number);
        expect(fromSegments.length).toBe(index === 0 || index === row.points.length - 1 ? 1 : 2);
        for (const value of fromSegments) expect(value).toBe(level);
        // … and so does the module.
        expect(iaqiOnRow(row, point)).toBe(level);
      });
    });
  }
});

describe('iaqi just around breakpoints (ceiling)', () => {
  for (const row of REFERENCE_ROWS) {
    it(`${row.name}: breakpoint + 0.001 → level + 1, breakpoint − 0.001 → level`, () => {
      row.points.forEach((point, index) => {
        const level = LEVELS[index] ?? NaN;
        // The steepest slope is 25 IAQI per unit (CO 24-h 0–2), so ±0.001 moves the IAQI by < 1.
        if (index < row.points.length - 1) expect(iaqiOnRow(row, point + 0.001), `${point}+`).toBe(level + 1);
        if (index > 0) expect(iaqiOnRow(row, point - 0.001), `${point}-`).toBe(level);
      });
    });
  }

  it.each([
    ['PM2.5', '24h', 35.1, 51], // 50 + 50·0.1/40 = 50.125
    ['PM2.5', '24h', 75.1, 101], // 100 + 50·0.1/40 = 100.125
    ['PM2.5', '24h', 150.01, 201], // 200 + 100·0.01/100 = 200.01
    ['PM10', '24h', 150.5, 101], // 100 + 50·0.5/100 = 100.25
    ['SO2', '1h', 500.01, 101], // 100 + 50·0.01/150 = 100.003
    ['CO', '24h', 4.01, 101], // 100 + 50·0.01/10 = 100.05
    ['O3', '8h', 160.001, 101], // 100 + 50·0.001/55
  ] as const)('%s %s %f → %i', (pollutant, period, concentration, expected) => {
    expect(iaqi(pollutant, period, concentration)).toBe(expected);
  });
});

describe('iaqi mid-segment (worked by hand)', () => {
  it.each([
    ['SO2', '24h', 100, 75], // 50 + 50·50/100
    ['SO2', '24h', 300, 124], // 100 + 50·150/325 = 123.08
    ['SO2', '1h', 575, 125], // 100 + 50·75/150
    ['NO2', '24h', 60, 75], // 50 + 50·20/40
    ['NO2', '24h', 422.5, 250], // 200 + 100·142.5/285
    ['NO2', '1h', 950, 175], // 150 + 50·250/500
    ['NO2', '1h', 1, 1], // 0.5 rounds up, not to 0 or (half-even) 0
    ['PM10', '24h', 51, 51], // 50.5
    ['PM10', '24h', 385, 250], // 200 + 100·35/70
    ['PM10', '24h', 460, 350], // 300 + 100·40/80
    ['PM10', '24h', 550, 450], // 400 + 100·50/100
    ['CO', '24h', 0.1, 3], // 2.5
    ['CO', '24h', 9, 125], // 100 + 50·5/10
    ['CO', '24h', 30, 250], // 200 + 100·6/12
    ['CO', '1h', 7.5, 75], // 50 + 50·2.5/5
    ['CO', '1h', 105, 350], // 300 + 100·15/30
    ['O3', '1h', 180, 75], // 50 + 50·20/40
    ['O3', '1h', 600, 250], // 200 + 100·200/400
    ['O3', '1h', 1100, 450], // 400 + 100·100/200
    ['O3', '8h', 101, 51], // 50 + 50·1/60 = 50.83
    ['O3', '8h', 130, 75], // 50 + 50·30/60
    ['O3', '8h', 240, 175], // 150 + 50·25/50
    ['O3', '8h', 532.5, 250], // 200 + 100·267.5/535
    ['PM2.5', '24h', 10, 15], // 14.29: ceiling, where ordinary rounding would give 14
    ['PM2.5', '24h', 95, 125], // 100 + 50·20/40
    ['PM2.5', '24h', 100, 132], // 100 + 50·25/40 = 131.25
    ['PM2.5', '24h', 200, 250], // 200 + 100·50/100
    ['PM2.5', '24h', 425, 450], // 400 + 100·75/150
  ] as const)('%s %s %f → %i', (pollutant, period, concentration, expected) => {
    expect(iaqi(pollutant, period, concentration)).toBe(expected);
  });

  it('uses the 24-h PM rows for 1-h PM values', () => {
    expect(iaqi('PM2.5', '1h', 55)).toBe(75); // 50 + 50·20/40
    expect(iaqi('PM10', '1h', 100)).toBe(75); // 50 + 50·50/100
  });

  it('uses the true SO2 24-h row, not the 1-h row (aqi-hub bug)', () => {
    expect(iaqi('SO2', '24h', 150)).toBe(100);
    expect(iaqi('SO2', '1h', 150)).toBe(50);
  });
});

describe('iaqi floating-point traps (domain.md §2.4)', () => {
  it.each([
    ['CO', '24h', 2.2, 55], // 50 + 50·0.2/2
    ['CO', '1h', 65.4, 218], // 200 + 100·5.4/30
    ['CO', '1h', 1.1, 11], // 50·1.1/5
    ['CO', '1h', 4.4, 44],
    ['CO', '1h', 4.9, 49],
    ['SO2', '24h', 7, 7],
    ['PM10', '24h', 7, 7],
    ['O3', '8h', 14, 7], // 50·14/100
  ] as const)('%s %s %f → %i exactly', (pollutant, period, concentration, expected) => {
    expect(iaqi(pollutant, period, concentration)).toBe(expected);
  });

  it('is a real trap: the naive double formula overshoots for CO 24-h 2.2', () => {
    const naive = ((100 - 50) / (4 - 2)) * (2.2 - 2) + 50;
    expect(Math.ceil(naive)).toBe(56);
  });
});

describe('iaqi exhaustive check against the BigInt reference', () => {
  for (const row of REFERENCE_ROWS) {
    const top = row.points[row.points.length - 1] ?? 0;
    it(`${row.name}: every integer 0…${top + 20}`, () => {
      for (let concentration = 0; concentration <= top + 20; concentration += 1) {
        const expected = referenceIaqi(row, BigInt(concentration) * 10n);
        if (iaqiOnRow(row, concentration) !== expected) {
          expect(iaqiOnRow(row, concentration), `${row.name} ${concentration}`).toBe(expected);
        }
      }
    });
    it(`${row.name}: every 0.1 step 0…${top + 2}`, () => {
      for (let tenths = 0; tenths <= (top + 2) * 10; tenths += 1) {
        const concentration = tenths / 10; // nearest double to the decimal, printed as that decimal
        const expected = referenceIaqi(row, BigInt(tenths));
        if (iaqiOnRow(row, concentration) !== expected) {
          expect(iaqiOnRow(row, concentration), `${row.name} ${concentration}`).toBe(expected);
        }
      }
    });
  }
});

describe('iaqi above the table', () => {
  it('gives no SO2 1-h sub-index above 800 (note 2) but 200 at 800', () => {
    expect(iaqi('SO2', '1h', 800)).toBe(200);
    expect(iaqi('SO2', '1h', 800.1)).toBeNull();
    expect(iaqi('SO2', '1h', 5000)).toBeNull();
    expect(evaluateIaqi('SO2', '1h', 801)).toEqual({ ok: false, reason: 'no-subindex-above-800' });
  });

  it('gives no O3 8-h sub-index above 800 (note 3) but 300 at 800', () => {
    expect(iaqi('O3', '8h', 800)).toBe(300);
    expect(iaqi('O3', '8h', 800.1)).toBeNull();
    expect(evaluateIaqi('O3', '8h', 1000)).toEqual({ ok: false, reason: 'no-subindex-above-800' });
  });

  it('reports 500 at and above the top of a complete row', () => {
    expect(iaqi('PM2.5', '24h', 500)).toBe(500);
    expect(iaqi('PM2.5', '24h', 600)).toBe(500);
    expect(iaqi('PM10', '24h', 1e6)).toBe(500);
    expect(iaqi('CO', '1h', 150.1)).toBe(500);
    expect(iaqi('O3', '1h', 1200.5)).toBe(500);
    expect(iaqi('SO2', '24h', 2621)).toBe(500);
  });

  it('flags the capped value', () => {
    expect(evaluateIaqi('PM2.5', '24h', 500)).toEqual({ ok: true, iaqi: 500, row: 'PM2.5_24h', capped: false });
    expect(evaluateIaqi('PM2.5', '24h', 600)).toEqual({ ok: true, iaqi: 500, row: 'PM2.5_24h', capped: true });
  });
});

describe('iaqi invalid input', () => {
  it.each([-1, -0.001, NaN, Infinity, -Infinity])('%f → null', (concentration) => {
    expect(iaqi('PM2.5', '24h', concentration)).toBeNull();
    expect(evaluateIaqi('CO', '1h', concentration)).toEqual({ ok: false, reason: 'invalid-concentration' });
  });

  it('accepts 0 and −0', () => {
    expect(iaqi('NO2', '1h', 0)).toBe(0);
    expect(iaqi('NO2', '1h', -0)).toBe(0);
  });

  it('handles tiny and exponent-notation inputs exactly', () => {
    expect(iaqi('PM2.5', '24h', 1e-7)).toBe(1); // 1.43e-7 rounds up
    expect(iaqi('PM2.5', '24h', 5e21)).toBe(500);
  });

  it('rejects pollutant/period pairs the standard does not define, at compile time and at runtime', () => {
    // @ts-expect-error O3 has no 24-h row
    expect(iaqi('O3', '24h', 50)).toBeNull();
    // @ts-expect-error SO2 has no 8-h row
    expect(iaqi('SO2', '8h', 50)).toBeNull();
    // @ts-expect-error PM2.5 has no 8-h row
    expect(evaluateIaqi('PM2.5', '8h', 50)).toEqual({ ok: false, reason: 'invalid-period' });
  });
});

describe('iaqi edition', () => {
  it('returns Unsupported for HJ 633-2026 instead of guessing', () => {
    const result = iaqi('PM2.5', '24h', 50, { edition: '2026' });
    expect(isUnsupported(result)).toBe(true);
    expect(result).toMatchObject({ kind: 'unsupported', edition: '2026' });
  });

  it('accepts 2012 explicitly', () => {
    expect(iaqi('PM2.5', '24h', 55, { edition: '2012' })).toBe(75);
  });

  it('types the 2012 result without Unsupported', () => {
    expectTypeOf(iaqi('CO', '1h', 1)).toEqualTypeOf<number | null>();
    expectTypeOf(iaqi('CO', '1h', 1, { edition: '2026' })).toEqualTypeOf<number | null | Unsupported>();
  });
});

import { describe, expect, expectTypeOf, it } from 'vitest';
import { aqi, DEFAULT_AQI_OPTIONS, type AqiOptions, type AqiResult } from '../../server/aq/aqi.ts';
import { isUnsupported, type Unsupported } from '../../server/aq/standards-edition.ts';

describe('aqi: the go-aqi worked example (hourly)', () => {
  const createReport = () => aqi({ 'PM2.5': 16, PM10: 88, CO: 0.2, SO2: 3, NO2: 11, O3: 75 }, 'hourly');

  it('gives AQI 69 with PM10 primary', () => {
    const report = createReport();
    expect(report.aqi).toBe(69);
    expect(report.primary).toEqual(['PM10']);
    expect(report.exceeding).toEqual([]);
  });

  it('gives the sub-indices worked by hand', () => {
    expect(createReport().iaqi).toEqual({
      SO2: 1, // 3·50/150 = 1 (1-h row)
      NO2: 6, // 11·50/100 = 5.5 (1-h row)
      PM10: 69, // 50 + 50·38/100 (24-h row)
      'PM2.5': 23, // 16·50/35 = 22.86 (24-h row)
      CO: 2, // 0.2·50/5 = 2 (1-h row)
      O3: 24, // 75·50/160 = 23.44 (1-h row)
    });
  });

  it('labels level 2 良 yellow', () => {
    expect(createReport()).toMatchObject({ level: 2, category: '良', categoryEn: 'Good', color: '#FFFF00' });
  });
});

describe('aqi levels at the band edges', () => {
  // PM10 24-h gives IAQI = C on 0–50, 50 + (C − 50)/2 on 50–150, 100 + (C − 150)/2 on 150–250,
  // 150 + (C − 250)/2 on 250–350, 200 + (C − 350)·100/70 on 350–420, 300 + (C − 420)·100/80 on 420–500.
  it.each([
    [50, 50, 1, '优', 'Excellent', '#00E400'],
    [52, 51, 2, '良', 'Good', '#FFFF00'],
    [150, 100, 2, '良', 'Good', '#FFFF00'],
    [152, 101, 3, '轻度污染', 'Lightly polluted', '#FF7E00'],
    [250, 150, 3, '轻度污染', 'Lightly polluted', '#FF7E00'],
    [252, 151, 4, '中度污染', 'Moderately polluted', '#FF0000'],
    [350, 200, 4, '中度污染', 'Moderately polluted', '#FF0000'],
    [350.7, 201, 5, '重度污染', 'Heavily polluted', '#99004C'],
    [420, 300, 5, '重度污染', 'Heavily polluted', '#99004C'],
    [420.8, 301, 6, '严重污染', 'Severely polluted', '#7E0023'],
    [600, 500, 6, '严重污染', 'Severely polluted', '#7E0023'],
  ] as const)('PM10 %f → AQI %i, level %i %s', (pm10, expectedAqi, level, category, categoryEn, color) => {
    expect(aqi({ PM10: pm10 }, 'daily')).toMatchObject({ aqi: expectedAqi, level, category, categoryEn, color });
  });
});

describe('aqi primary and exceeding pollutants', () => {
  it('has no primary pollutant at AQI ≤ 50', () => {
    const report = aqi({ 'PM2.5': 35, PM10: 50, NO2: 40 }, 'daily');
    expect(report.aqi).toBe(50);
    expect(report.primary).toEqual([]);
  });

  it('has a primary pollutant at AQI 51', () => {
    expect(aqi({ PM10: 52, 'PM2.5': 35 }, 'daily').primary).toEqual(['PM10']);
  });

  it('lists every tied pollutant as primary', () => {
    // PM2.5 50.2: 50 + 50·15.2/40 = 69, same as PM10 88.
    expect(aqi({ PM10: 88, 'PM2.5': 50.2, NO2: 20 }, 'hourly').primary).toEqual(['PM10', 'PM2.5']);
  });

  it('does not count IAQI 100 as exceeding', () => {
    // PM10 150 → 100, PM2.5 75 → 100: AQI 100, both primary, none exceeding.
    const report = aqi({ PM10: 150, 'PM2.5': 75 }, 'daily');
    expect(report.aqi).toBe(100);
    expect(report.primary).toEqual(['PM10', 'PM2.5']);
    expect(report.exceeding).toEqual([]);
  });

  it('lists every pollutant above 100 as exceeding, not only the primary one', () => {
    // PM10 152 → 101, PM2.5 95 → 125, NO2 80 → 100.
    const report = aqi({ PM10: 152, 'PM2.5': 95, NO2: 80 }, 'daily');
    expect(report.aqi).toBe(125);
    expect(report.primary).toEqual(['PM2.5']);
    expect(report.exceeding).toEqual(['PM10', 'PM2.5']);
  });
});

describe('aqi modes use the right rows', () => {
  it('daily uses the 24-h rows of SO2, NO2, CO', () => {
    expect(aqi({ SO2: 150, NO2: 80, CO: 4 }, 'daily').iaqi).toEqual({ SO2: 100, NO2: 100, CO: 100 });
  });

  it('hourly uses the 1-h rows of SO2, NO2, CO', () => {
    // SO2 150 → 50, NO2 80 → 40, CO 4 → 40 on the 1-h rows.
    expect(aqi({ SO2: 150, NO2: 80, CO: 4 }, 'hourly').iaqi).toEqual({ SO2: 50, NO2: 40, CO: 40 });
  });

  it('daily O3 is the 8-h figure, hourly O3 the 1-h figure', () => {
    expect(aqi({ O3: 160 }, 'daily').iaqi).toEqual({ O3: 100 });
    expect(aqi({ O3: 160 }, 'hourly').iaqi).toEqual({ O3: 50 });
  });
});

describe('aqi SO2 1-h above 800 (table note 2)', () => {
  it('uses SO2_24h on the 24-h row when given', () => {
    const report = aqi({ SO2: 900, SO2_24h: 100, PM10: 20 }, 'hourly');
    expect(report.iaqi.SO2).toBe(75); // 50 + 50·50/100
    expect(report.notes).toEqual([{ code: 'so2-1h-above-800', substitute: 'SO2_24h' }]);
  });

  it('gives no SO2 sub-index without SO2_24h', () => {
    const report = aqi({ SO2: 900, PM10: 20 }, 'hourly');
    expect(report.iaqi.SO2).toBeUndefined();
    expect(report.aqi).toBe(20);
    expect(report.notes).toEqual([{ code: 'so2-1h-above-800', substitute: null }]);
  });

  it('ignores SO2_24h while SO2 1-h is ≤ 800', () => {
    expect(aqi({ SO2: 800, SO2_24h: 2620 }, 'hourly').iaqi.SO2).toBe(200);
  });
});

describe('aqi O3 8-h above 800 (table note 3)', () => {
  it('uses O3_1h on the 1-h row for the O3 sub-index', () => {
    // O3 1-h 900: 300 + 100·100/200 = 350
    const report = aqi({ O3: 900, O3_1h: 900 }, 'daily', { includeO3OneHourMax: false });
    expect(report.iaqi).toEqual({ O3: 350 });
    expect(report.notes).toEqual([{ code: 'o3-8h-above-800', substitute: 'O3_1h' }]);
  });

  it('gives no O3 sub-index without O3_1h', () => {
    const report = aqi({ O3: 900, PM10: 30 }, 'daily');
    expect(report.iaqi).toEqual({ PM10: 30 });
    expect(report.notes).toEqual([{ code: 'o3-8h-above-800', substitute: null }]);
  });

  it('with the 1-h maximum included, reports both items tied', () => {
    const report = aqi({ O3: 900, O3_1h: 900 }, 'daily');
    expect(report.iaqi).toEqual({ O3: 350, O3_1h: 350 });
    expect(report.primary).toEqual(['O3', 'O3_1h']);
  });
});

describe('aqi daily O3 1-h maximum option (UNCONFIRMED point)', () => {
  // O3 8-h 100 → 50; O3 1-h 250 → 100 + 50·50/100 = 125.
  it('includes O3_1h by default', () => {
    expect(DEFAULT_AQI_OPTIONS.includeO3OneHourMax).toBe(true);
    const report = aqi({ O3: 100, O3_1h: 250 }, 'daily');
    expect(report.aqi).toBe(125);
    expect(report.iaqi).toEqual({ O3: 50, O3_1h: 125 });
    expect(report.primary).toEqual(['O3_1h']);
    expect(report.exceeding).toEqual(['O3_1h']);
  });

  it('leaves it out when includeO3OneHourMax is false', () => {
    const report = aqi({ O3: 100, O3_1h: 250 }, 'daily', { includeO3OneHourMax: false });
    expect(report.aqi).toBe(50);
    expect(report.iaqi).toEqual({ O3: 50 });
    expect(report.primary).toEqual([]);
  });

  it('ignores O3_1h in hourly mode, with a note', () => {
    const inputs: Record<string, number> = { O3: 100, O3_1h: 250 };
    const report = aqi(inputs, 'hourly');
    expect(report.iaqi).toEqual({ O3: 32 }); // 100·50/160 = 31.25
    expect(report.notes).toEqual([{ code: 'ignored-input', key: 'O3_1h' }]);
  });
});

describe('aqi missing and invalid inputs', () => {
  it('allows missing pollutants', () => {
    expect(aqi({ CO: 2.2 }, 'daily')).toMatchObject({ aqi: 55, iaqi: { CO: 55 } });
  });

  it('gives aqi null with no usable input', () => {
    const report = aqi({}, 'daily');
    expect(report).toMatchObject({ aqi: null, level: null, category: null, color: null, primary: [], exceeding: [] });
  });

  it('treats null as missing', () => {
    expect(aqi({ PM10: null, 'PM2.5': 35 }, 'daily').iaqi).toEqual({ 'PM2.5': 50 });
  });

  it('skips negative and non-finite values with notes', () => {
    const report = aqi({ PM10: -5, NO2: NaN, CO: Infinity, 'PM2.5': 75 }, 'daily');
    expect(report.iaqi).toEqual({ 'PM2.5': 100 });
    expect(report.notes).toEqual([
      { code: 'invalid-concentration', key: 'NO2' },
      { code: 'invalid-concentration', key: 'PM10' },
      { code: 'invalid-concentration', key: 'CO' },
    ]);
  });
});

describe('aqi edition', () => {
  it('returns Unsupported for 2026', () => {
    const options: AqiOptions = { edition: '2026' };
    const result = aqi({ PM10: 50 }, 'daily', options);
    expect(isUnsupported(result)).toBe(true);
  });

  it('types the default call without Unsupported', () => {
    expectTypeOf(aqi({ PM10: 50 }, 'daily')).toEqualTypeOf<AqiResult>();
    const options: AqiOptions = {};
    expectTypeOf(aqi({ PM10: 50 }, 'daily', options)).toEqualTypeOf<AqiResult | Unsupported>();
  });
});

describe('aqi notes', () => {
  it('notes an invalid O3_1h once even when both the fall-back and the 1-h item read it', () => {
    const report = aqi({ O3: 900, O3_1h: -1 }, 'daily');
    expect(report.aqi).toBeNull();
    expect(report.notes).toEqual([
      { code: 'invalid-concentration', key: 'O3_1h' },
      { code: 'o3-8h-above-800', substitute: null },
    ]);
  });

  it('notes SO2_24h as ignored in daily mode', () => {
    const inputs: Record<string, number> = { SO2: 20, SO2_24h: 900 };
    expect(aqi(inputs, 'daily').notes).toEqual([{ code: 'ignored-input', key: 'SO2_24h' }]);
  });
});

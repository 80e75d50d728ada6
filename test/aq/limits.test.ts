import { describe, expect, it } from 'vitest';
import { concentrationLimit, type LimitAveraging, type LimitedItem } from '../../server/aq/limits.ts';
import { isUnsupported } from '../../server/aq/standards-edition.ts';

describe('concentrationLimit, GB 3095-2012', () => {
  // domain.md §1, Class I / Class II
  it.each([
    ['SO2', 'annual', 20, 60],
    ['SO2', '24h', 50, 150],
    ['SO2', '1h', 150, 500],
    ['NO2', 'annual', 40, 40],
    ['NO2', '24h', 80, 80],
    ['NO2', '1h', 200, 200],
    ['CO', '24h', 4, 4],
    ['CO', '1h', 10, 10],
    ['O3', '8h', 100, 160],
    ['O3', '1h', 160, 200],
    ['PM10', 'annual', 40, 70],
    ['PM10', '24h', 50, 150],
    ['PM2.5', 'annual', 15, 35],
    ['PM2.5', '24h', 35, 75],
    ['TSP', 'annual', 80, 200],
    ['TSP', '24h', 120, 300],
    ['NOx', 'annual', 50, 50],
    ['NOx', '24h', 100, 100],
    ['NOx', '1h', 250, 250],
    ['Pb', 'annual', 0.5, 0.5],
    ['Pb', 'quarterly', 1, 1],
    ['BaP', 'annual', 0.001, 0.001],
    ['BaP', '24h', 0.0025, 0.0025],
  ] as [LimitedItem, LimitAveraging, number, number][])(
    '%s %s: Class I %f, Class II %f',
    (item, averaging, classI, classII) => {
      expect(concentrationLimit({ item, averaging, airClass: 1 })?.value).toBe(classI);
      expect(concentrationLimit({ item, averaging, airClass: 2 })?.value).toBe(classII);
    },
  );

  it('defaults to Class II and names the source', () => {
    expect(concentrationLimit({ item: 'PM2.5', averaging: 'annual' })).toEqual({
      value: 35,
      unit: 'µg/m³',
      source: 'GB 3095-2012 二级',
    });
  });

  it('gives CO in mg/m³', () => {
    expect(concentrationLimit({ item: 'CO', averaging: '24h' })?.unit).toBe('mg/m³');
  });

  it('returns null where the standard sets no limit', () => {
    expect(concentrationLimit({ item: 'CO', averaging: 'annual' })).toBeNull();
    expect(concentrationLimit({ item: 'O3', averaging: '24h' })).toBeNull();
  });
});

describe('concentrationLimit, GB 3095-2026 (PM2.5 only)', () => {
  it('gives the transitional Class II PM2.5 limits up to 2030-12-31', () => {
    expect(
      concentrationLimit({ item: 'PM2.5', averaging: 'annual', edition: '2026', date: '2026-03-01' }),
    ).toMatchObject({ value: 30 });
    expect(concentrationLimit({ item: 'PM2.5', averaging: '24h', edition: '2026', date: '2030-12-31' })).toMatchObject({
      value: 60,
    });
  });

  it('gives the final Class II PM2.5 limits from 2031-01-01', () => {
    expect(
      concentrationLimit({ item: 'PM2.5', averaging: 'annual', edition: '2026', date: '2031-01-01' }),
    ).toMatchObject({ value: 25 });
    expect(concentrationLimit({ item: 'PM2.5', averaging: '24h', edition: '2026', date: '2031-01-01' })).toMatchObject({
      value: 50,
    });
  });

  it('gives the Class I PM2.5 limits 10 / 25', () => {
    expect(concentrationLimit({ item: 'PM2.5', averaging: 'annual', edition: '2026', airClass: 1 })).toMatchObject({
      value: 10,
    });
    expect(concentrationLimit({ item: 'PM2.5', averaging: '24h', edition: '2026', airClass: 1 })).toMatchObject({
      value: 25,
    });
  });

  it('is unsupported for Class II PM2.5 without a date, or before the edition took effect', () => {
    expect(isUnsupported(concentrationLimit({ item: 'PM2.5', averaging: 'annual', edition: '2026' }))).toBe(true);
    expect(
      isUnsupported(concentrationLimit({ item: 'PM2.5', averaging: 'annual', edition: '2026', date: '2026-02-28' })),
    ).toBe(true);
  });

  it.each([
    ['PM10', 'annual'],
    ['SO2', '24h'],
    ['NO2', '1h'],
    ['O3', '8h'],
    ['CO', '24h'],
  ] as [LimitedItem, LimitAveraging][])('is unsupported for %s %s (not confirmed)', (item, averaging) => {
    const result = concentrationLimit({ item, averaging, edition: '2026', date: '2027-01-01' });
    expect(result).toMatchObject({ kind: 'unsupported', edition: '2026' });
  });
});

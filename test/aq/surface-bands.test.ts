import { describe, expect, it } from 'vitest';
import { aqi } from '../../server/aq/aqi.ts';
import { stationSurfaceValue, surfaceBands, surfaceLevel } from '../../server/aq/surface-bands.ts';

describe('surfaceLevel: the HJ 633-2012 band of a surface value', () => {
  it.each([
    [0, 1],
    [50, 1],
    [50.1, 2],
    [51, 2],
    [100, 2],
    [101, 3],
    [150, 3],
    [151, 4],
    [200, 4],
    [201, 5],
    [300, 5],
    [301, 6],
    [500, 6],
  ])('AQI %s is level %s', (value, level) => {
    expect(surfaceLevel('aqi', value)).toBe(level);
  });

  it.each([
    // PM2.5 on its 24-h row (as the real-time report does): 35 / 75 / 115 / 150 / 250 µg/m³
    ['pm25', 35, 1],
    ['pm25', 35.1, 2],
    ['pm25', 75, 2],
    ['pm25', 75.1, 3],
    ['pm25', 115, 3],
    ['pm25', 150, 4],
    ['pm25', 150.1, 5],
    ['pm25', 250, 5],
    ['pm25', 250.1, 6],
    // PM10 24-h row: 50 / 150 / 250 / 350 / 420
    ['pm10', 50, 1],
    ['pm10', 51, 2],
    ['pm10', 150, 2],
    ['pm10', 151, 3],
    ['pm10', 350, 4],
    ['pm10', 420, 5],
    ['pm10', 421, 6],
    // O3 1-h row: 160 / 200 / 300 / 400 / 800
    ['o3', 160, 1],
    ['o3', 161, 2],
    ['o3', 200, 2],
    ['o3', 201, 3],
    ['o3', 400, 4],
    ['o3', 800, 5],
    ['o3', 801, 6],
    // NO2 1-h row: 100 / 200 / 700 / 1200 / 2340
    ['no2', 100, 1],
    ['no2', 101, 2],
    ['no2', 200, 2],
    ['no2', 201, 3],
    ['no2', 700, 3],
    ['no2', 1200, 4],
    ['no2', 2340, 5],
    ['no2', 2341, 6],
  ] as const)('%s %s µg/m³ is level %s', (metric, value, level) => {
    expect(surfaceLevel(metric, value)).toBe(level);
  });

  it('has no level for a negative or non-finite value', () => {
    expect(surfaceLevel('aqi', -1)).toBeNull();
    expect(surfaceLevel('pm25', Number.NaN)).toBeNull();
  });
});

describe('surfaceBands: the legend’s numbers', () => {
  it('gives the AQI edges 50/100/150/200/300', () => {
    expect(surfaceBands('aqi').map((b) => [b.from, b.to])).toEqual([
      [0, 50],
      [50, 100],
      [100, 150],
      [150, 200],
      [200, 300],
      [300, null],
    ]);
  });

  it('gives each pollutant’s concentrations at IAQI 50/100/150/200/300', () => {
    expect(surfaceBands('pm25').map((b) => b.to)).toEqual([35, 75, 115, 150, 250, null]);
    expect(surfaceBands('pm10').map((b) => b.to)).toEqual([50, 150, 250, 350, 420, null]);
    expect(surfaceBands('o3').map((b) => b.to)).toEqual([160, 200, 300, 400, 800, null]);
    expect(surfaceBands('no2').map((b) => b.to)).toEqual([100, 200, 700, 1200, 2340, null]);
  });

  it('colours the bands in the HJ 633 colours, and each band’s upper edge is in that band', () => {
    expect(surfaceBands('aqi').map((b) => b.color)).toEqual([
      '#00E400',
      '#FFFF00',
      '#FF7E00',
      '#FF0000',
      '#99004C',
      '#7E0023',
    ]);
    for (const metric of ['aqi', 'pm25', 'pm10', 'o3', 'no2'] as const) {
      for (const band of surfaceBands(metric)) {
        if (band.to !== null) expect(surfaceLevel(metric, band.to)).toBe(band.level);
      }
    }
  });
});

describe('stationSurfaceValue: a station hour’s value from the AQ engine', () => {
  const reading = { 'PM2.5': 16, PM10: 88, CO: 0.2, SO2: 3, NO2: 11, O3: 75 };

  it('takes the AQI of the engine’s real-time (hourly) report', () => {
    expect(stationSurfaceValue('aqi', reading)).toEqual({ ok: true, value: aqi(reading, 'hourly').aqi });
    expect(stationSurfaceValue('aqi', reading)).toEqual({ ok: true, value: 69 });
  });

  it('takes a pollutant’s 1-h concentration as it is', () => {
    expect(stationSurfaceValue('pm10', reading)).toEqual({ ok: true, value: 88 });
    expect(stationSurfaceValue('o3', reading)).toEqual({ ok: true, value: 75 });
  });

  it('says missing when nothing was measured and invalid when a value cannot be used', () => {
    expect(stationSurfaceValue('aqi', { 'PM2.5': null })).toEqual({ ok: false, reason: 'missing' });
    expect(stationSurfaceValue('pm25', { 'PM2.5': null })).toEqual({ ok: false, reason: 'missing' });
    expect(stationSurfaceValue('pm25', { 'PM2.5': -3 })).toEqual({ ok: false, reason: 'invalid' });
    expect(stationSurfaceValue('aqi', { 'PM2.5': -3 })).toEqual({ ok: false, reason: 'invalid' });
  });
});

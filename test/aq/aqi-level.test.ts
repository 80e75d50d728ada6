import { describe, expect, it } from 'vitest';
import { AQI_LEVELS, aqiLevel } from '../../server/aq/aqi-level.ts';

describe('aqiLevel', () => {
  it.each([
    [0, 1],
    [50, 1],
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
  ])('AQI %i → level %i (upper bound inclusive)', (value, level) => {
    expect(aqiLevel(value)?.level).toBe(level);
  });

  it.each([-1, NaN, Infinity])('%f → null', (value) => {
    expect(aqiLevel(value)).toBeNull();
  });

  it('has the standard names and colours (level 1 is 0,228,0)', () => {
    expect(AQI_LEVELS.map((band) => [band.category, band.color, band.rgb])).toEqual([
      ['优', '#00E400', [0, 228, 0]],
      ['良', '#FFFF00', [255, 255, 0]],
      ['轻度污染', '#FF7E00', [255, 126, 0]],
      ['中度污染', '#FF0000', [255, 0, 0]],
      ['重度污染', '#99004C', [153, 0, 76]],
      ['严重污染', '#7E0023', [126, 0, 35]],
    ]);
  });

  it('has hex colours that match the RGB triples', () => {
    for (const band of AQI_LEVELS) {
      const hex = `#${band.rgb.map((channel) => channel.toString(16).padStart(2, '0')).join('')}`.toUpperCase();
      expect(hex).toBe(band.color);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { createRng } from '../../seeds/random.ts';
import { generateStationWind, prevailingFrom } from '../../seeds/generate/station-wind.ts';

/** Every hour of a month for two stations, ordered by ts then station. */
function hoursOf(month: string): { station_code: string; ts: string }[] {
  const out: { station_code: string; ts: string }[] = [];
  for (let day = 1; day <= 28; day += 1)
    for (let hour = 1; hour <= 23; hour += 1) {
      const ts = `2023-${month}-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00`;
      for (const station_code of ['2181A', '3208A']) out.push({ station_code, ts });
    }
  return out;
}

/** The vector-mean direction (degrees from) of winds. */
function meanFrom(rows: { wd: number }[]): number {
  const east = rows.reduce((sum, r) => sum + Math.sin((r.wd * Math.PI) / 180), 0);
  const north = rows.reduce((sum, r) => sum + Math.cos((r.wd * Math.PI) / 180), 0);
  return ((Math.atan2(east, north) * 180) / Math.PI + 360) % 360;
}

describe('the synthetic station wind (seeds/generate/station-wind.ts)', () => {
  it('prevails from the NW in winter and from the S–SE in summer', () => {
    expect(prevailingFrom('2023-01-15')).toBeCloseTo(315, 0);
    expect(prevailingFrom('2023-07-16')).toBeCloseTo(160, 0);
    const january = generateStationWind(createRng('wind'), hoursOf('01'));
    const july = generateStationWind(createRng('wind'), hoursOf('07'));
    expect(meanFrom(january)).toBeGreaterThan(280);
    expect(meanFrom(january)).toBeLessThan(350);
    expect(meanFrom(july)).toBeGreaterThan(120);
    expect(meanFrom(july)).toBeLessThan(200);
  });

  it('gives one row per hour asked, with a plausible speed and a direction in [0, 360)', () => {
    const hours = hoursOf('04');
    const rows = generateStationWind(createRng('wind'), hours);
    expect(rows.map((r) => [r.station_code, r.ts])).toEqual(hours.map((h) => [h.station_code, h.ts]));
    for (const row of rows) {
      expect(row.ws).toBeGreaterThanOrEqual(0.2);
      expect(row.ws).toBeLessThan(15);
      expect(row.wd).toBeGreaterThanOrEqual(0);
      expect(row.wd).toBeLessThan(360);
    }
  });

  it('is deterministic for a seed', () => {
    const hours = hoursOf('10');
    expect(generateStationWind(createRng('wind'), hours)).toEqual(generateStationWind(createRng('wind'), hours));
  });
});

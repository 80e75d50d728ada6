import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { openDatabase, type Db } from '../../server/db/open-database.ts';
import { airSurfaceResponseSchema, type AirSurface } from '../../server/schema/air-surface.ts';
import { errorBodySchema } from '../../server/schema/common.ts';
import { surfaceCounty } from '../../server/reference/surface-county.ts';
import { geodesicAreaKm2 } from '../../server/spatial/geodesic-area.ts';
import { createSeededDbFile } from '../helpers/seeded-db.ts';
import { asUser, type Caller } from '../helpers/sign-in.ts';

// Oracles read the raw rows with plain SQL, independent of the surface's code.

let seeded: ReturnType<typeof createSeededDbFile>;
let app: Caller;

beforeAll(() => {
  seeded = createSeededDbFile({ scale: 0.25 }); // the 4 national stations (2180A stopped) and 9 micro-stations
  app = asUser(createApp({ db: seeded.db }), seeded.db, 'admin');
});
afterAll(() => seeded.dispose());

function createCopy(): { db: Db; app: Caller; dispose: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'lantian-surface-'));
  const file = join(dir, 'copy.db');
  seeded.db.prepare('VACUUM INTO ?').run(file);
  const db = openDatabase(file);
  return {
    db,
    app: asUser(createApp({ db }), db, 'admin'),
    dispose: () => {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function surface(path: string, caller: Caller = app): Promise<AirSurface> {
  const res = await caller.request(path);
  expect(res.status, path).toBe(200);
  return airSurfaceResponseSchema.parse(await res.json());
}

async function refusal(path: string): Promise<string> {
  const res = await app.request(path);
  expect(res.status, path).toBe(400);
  return errorBodySchema.parse(await res.json()).error.message;
}

describe('GET /api/air/surface', () => {
  it('shows at each station used exactly that station’s own reading of the hour (PM2.5)', async () => {
    const body = await surface('/api/air/surface?asOf=2023-07-01T15:30&metric=pm25');
    expect(body.hour).toBe('2023-07-01T15:00');
    expect(body.stations.used.length).toBeGreaterThan(5);
    const raw = new Map(
      (
        seeded.db.prepare("SELECT station_code, pm25 FROM station_readings WHERE ts = '2023-07-01T15:00'").all() as {
          station_code: string;
          pm25: number | null;
        }[]
      ).map((r) => [r.station_code, r.pm25]),
    );
    for (const station of body.stations.used) {
      expect(station.value, station.code).toBe(raw.get(station.code));
      const cells = body.cells.filter((c) => c.station === station.code);
      // a station sharing its cell with a higher one is shown by that one
      for (const cell of cells) expect(cell.value).toBe(station.value);
      const { west, south, cellLon, cellLat } = body.grid;
      const [lon, lat] = station.position;
      const held = body.cells.find(
        (c) => c.col === Math.floor((lon - west) / cellLon) && c.row === Math.floor((lat - south) / cellLat),
      );
      expect(held, station.code).toBeDefined();
      expect(held?.value).toBeGreaterThanOrEqual(station.value);
    }
  });

  it('gives the stations’ real-time AQI (HJ 633) and, between them, values within their range', async () => {
    const body = await surface('/api/air/surface?asOf=2023-01-15T09:00');
    expect(body.metric).toBe('aqi');
    expect(body.unit).toBe('AQI');
    expect(body.range).not.toBeNull();
    const { min, max } = body.range!;
    expect(min).toBe(Math.min(...body.stations.used.map((s) => s.value)));
    for (const cell of body.cells) {
      expect(cell.value).toBeGreaterThanOrEqual(min);
      expect(cell.value).toBeLessThanOrEqual(max);
    }
    // the grid is bounded and clipped: ~one 1 km² cell per km² of the district (1,98x km²), within 3 %
    const areaKm2 = geodesicAreaKm2(surfaceCounty().geometry);
    expect(body.grid.cellKm).toBe(1);
    expect(Math.abs(body.cells.length - areaKm2) / areaKm2).toBeLessThan(0.03);
    expect(body.method.name).toBe('idw');
    expect(body.method.power).toBe(2);
    expect(body.method.text.zh).toContain('反距离加权');
    expect(body.provenance).toBe('synthetic');
  });

  it('colours each cell in its HJ 633 band', async () => {
    const body = await surface('/api/air/surface?asOf=2023-01-15T09:00&metric=pm10');
    for (const cell of body.cells.slice(0, 400)) {
      const band = body.bands.find((b) => cell.value <= (b.to ?? Infinity));
      expect(band?.level).toBe(cell.level);
    }
  });

  it('lists the stopped national station as excluded, and a missing and an invalid reading', async () => {
    const copy = createCopy();
    try {
      const [missing, invalid] = copy.db
        .prepare("SELECT code FROM stations WHERE kind = 'micro' ORDER BY code LIMIT 2")
        .pluck()
        .all() as string[];
      copy.db
        .prepare("UPDATE station_readings SET no2 = NULL WHERE station_code = ? AND ts = '2023-03-10T08:00'")
        .run(missing);
      copy.db
        .prepare("UPDATE station_readings SET no2 = -4 WHERE station_code = ? AND ts = '2023-03-10T08:00'")
        .run(invalid);
      const body = await surface('/api/air/surface?asOf=2023-03-10T08:00&metric=no2', copy.app);
      const reasons = new Map(body.stations.excluded.map((s) => [s.code, s.reason]));
      expect(reasons.get('2180A')).toBe('stopped');
      expect(reasons.get(missing!)).toBe('missing');
      expect(reasons.get(invalid!)).toBe('invalid');
      expect(body.stations.used.map((s) => s.code)).not.toContain(missing);
    } finally {
      copy.dispose();
    }
  });

  it('is empty, with the reason, in an hour without readings', async () => {
    const body = await surface('/api/air/surface?asOf=2022-06-01T12:00');
    expect(body.cells).toEqual([]);
    expect(body.range).toBeNull();
    expect(body.empty?.en).toMatch(/No station had a valid value/);
    expect(body.wind).toEqual([]);
  });

  it('has wind arrows only where a station reported wind that hour', async () => {
    const body = await surface('/api/air/surface?asOf=2023-01-15T09:00');
    const reported = seeded.db
      .prepare("SELECT station_code FROM station_wind WHERE ts = '2023-01-15T09:00' ORDER BY station_code")
      .pluck()
      .all();
    expect(reported.length).toBeGreaterThan(0);
    expect(body.wind.map((w) => w.code).sort()).toEqual(reported);
  });

  it('follows a new reading of the hour (the cached surface is dropped)', async () => {
    const copy = createCopy();
    try {
      const path = '/api/air/surface?asOf=2023-05-05T10:00&metric=pm25';
      const before = await surface(path, copy.app);
      const station = before.stations.used[0]!;
      copy.db
        .prepare("UPDATE station_readings SET pm25 = ? WHERE station_code = ? AND ts = '2023-05-05T10:00'")
        .run(station.value + 100, station.code);
      const after = await surface(path, copy.app);
      expect(after.stations.used.find((s) => s.code === station.code)?.value).toBe(station.value + 100);
    } finally {
      copy.dispose();
    }
  });

  it('answers 400 naming the bad parameter', async () => {
    expect(await refusal('/api/air/surface?metric=so2')).toMatch(/metric/);
    expect(await refusal('/api/air/surface?cell=0.1')).toMatch(/cell/);
    expect(await refusal('/api/air/surface?cell=abc')).toMatch(/cell/);
    expect(await refusal('/api/air/surface?asOf=2023-02-30')).toMatch(/asOf/);
    expect(await refusal('/api/air/surface?hour=3')).toMatch(/hour/);
  });
});

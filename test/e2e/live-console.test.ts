import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import { scaled } from '../helpers/time-scale.ts';
import { captureScreenshot } from './browser.ts';
import { pollLimit, useConsoleHarness, waitForMapIdle } from './console-harness.ts';

const outputDir = 'test-output/e2e';
vi.setConfig({ testTimeout: scaled(240_000) });

const harness = useConsoleHarness(outputDir);

/** The demo dataset's present, and the hour a live feed brings next (hour-end label). */
const PRESENT = '2023-12-31T23:00';
const NEXT = '2024-01-01T00:00';
/** HJ 633's colour of AQI > 300 (严重污染). */
const MAROON: [number, number, number] = [0x7e, 0x00, 0x23];

interface StationInfo {
  id: string;
  lon: number;
  lat: number;
  color: string | null;
}

type LantianHandle = {
  lantian: {
    features(
      layer: string,
    ): { id: string | number; geometry: { coordinates: number[] }; properties: Record<string, unknown> }[];
    project(lon: number, lat: number): { x: number; y: number };
  };
  liveMarker?: string;
};

const stationsNow = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as LantianHandle).lantian.features('stations').map((f) => ({
      id: String(f.id),
      lon: f.geometry.coordinates[0] as number,
      lat: f.geometry.coordinates[1] as number,
      color: ((f.properties.aqi as { color?: string } | null)?.color ?? null) as string | null,
    })),
  );

/** Pixels near `rgb` in a 24 × 24 screenshot of the map around a station, decoded by the page itself. */
async function pixelsOfColour(page: Page, station: StationInfo, rgb: [number, number, number]): Promise<number> {
  const point = await page.evaluate(
    ([lon, lat]) => {
      const p = (window as unknown as LantianHandle).lantian.project(lon as number, lat as number);
      const box = document.querySelector('.map')?.getBoundingClientRect();
      return { x: p.x + (box?.left ?? 0), y: p.y + (box?.top ?? 0) };
    },
    [station.lon, station.lat],
  );
  const png = await page.screenshot({ clip: { x: point.x - 12, y: point.y - 12, width: 24, height: 24 } });
  return page.evaluate(
    async ([data, [r, g, b]]) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const ctx = canvas.getContext('2d');
      if (!ctx) return 0;
      ctx.drawImage(image, 0, 0);
      const px = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
      let n = 0;
      for (let i = 0; i < px.length; i += 4)
        if (Math.abs(px[i]! - r) + Math.abs(px[i + 1]! - g) + Math.abs(px[i + 2]! - b) < 40) n++;
      return n;
    },
    [png.toString('base64'), rgb] as const,
  );
}

/** Any API request makes the server poll its change feed (server/main.ts also does each second). */
const pollFeed = () => fetch(`${harness.server.url}/api/health`).then((r) => r.arrayBuffer());

describe('the live console in Chromium (issue 14)', () => {
  it('recolours a station in place and follows the present; a new alert shows a toast and the 告警 badge', async () => {
    const { page, pageErrors, consoleErrors } = await harness.open('', { as: 'official' });
    await page.waitForSelector('.panel[data-ready="true"]', { timeout: scaled(60_000) });
    await page.waitForFunction(() => document.body.dataset.layersDrawn === 'true', undefined, {
      timeout: scaled(60_000),
    });
    await waitForMapIdle(page);
    expect(await page.inputValue('[data-as-of]')).toBe(PRESENT);
    expect(await page.getAttribute('[data-action="live"]', 'aria-pressed')).toBe('false');
    // a marker that a page load would lose
    await page.evaluate(() => {
      (window as unknown as LantianHandle).liveMarker = 'still here';
    });
    const before = await stationsNow(page);
    const station = before.find((s) => s.color && s.color.toLowerCase() !== '#7e0023');
    if (!station) throw new Error('no station with an AQI colour at the present');
    // the camera on the station, so its circle is on screen
    await page.evaluate(
      ([lon, lat]) =>
        (window as unknown as { lantian: { map: { jumpTo(o: object): void } } }).lantian.map.jumpTo({
          center: [lon, lat],
          zoom: 13,
        }),
      [station.lon, station.lat],
    );
    await waitForMapIdle(page);
    expect(await pixelsOfColour(page, station, MAROON)).toBe(0);
    await captureScreenshot(page, { path: `${outputDir}/live-before.png` });

    // a new hour for every station, then the dataset's present moves (as the ingest does), by another connection
    const db = harness.server.db;
    // (the demo data end with the hour that ends at 00:00; the feed rewrites it)
    const insert = db.prepare(
      `INSERT INTO station_readings (station_code, ts, so2, no2, pm10, pm25, co, o3)
       VALUES (?, ?, 20, 60, 700, 600, 3, 10)
       ON CONFLICT (station_code, ts) DO UPDATE SET so2 = 20, no2 = 60, pm10 = 700, pm25 = 600, co = 3, o3 = 10`,
    );
    db.transaction(() => {
      for (const s of before) insert.run(s.id, NEXT);
    })();
    db.prepare("UPDATE dataset_meta SET value = ? WHERE key = 'default_as_of'").run(NEXT);
    await pollFeed();

    // nobody chose a moment: the console turns 实时 on and the as-of follows the present
    await expect.poll(() => page.getAttribute('[data-action="live"]', 'aria-pressed'), pollLimit).toBe('true');
    await expect.poll(() => page.inputValue('[data-as-of]'), pollLimit).toBe(NEXT);
    await expect.poll(() => page.evaluate(() => new URL(location.href).searchParams.get('live')), pollLimit).toBe('1');
    await expect
      .poll(async () => (await stationsNow(page)).find((s) => s.id === station.id)?.color?.toLowerCase(), pollLimit)
      .toBe('#7e0023');
    await waitForMapIdle(page);
    await expect.poll(() => pixelsOfColour(page, station, MAROON), pollLimit).toBeGreaterThan(20);
    expect(await page.evaluate(() => (window as unknown as LantianHandle).liveMarker)).toBe('still here');
    await captureScreenshot(page, { path: `${outputDir}/live-after.png` });

    // a late hour of the shown moment recolours in place without moving the present
    const refreshed = await page.evaluate(() => Number(document.body.dataset.stationsRefreshed ?? 0));
    db.prepare('UPDATE station_readings SET pm25 = 5, pm10 = 10, no2 = 5, co = 0.2, so2 = 2, o3 = 20 WHERE ts = ?').run(
      NEXT,
    );
    await pollFeed();
    await expect
      .poll(() => page.evaluate(() => Number(document.body.dataset.stationsRefreshed ?? 0)), pollLimit)
      .toBeGreaterThan(refreshed);
    await expect
      .poll(async () => (await stationsNow(page)).find((s) => s.id === station.id)?.color?.toLowerCase(), pollLimit)
      .toBe('#00e400');
    expect(await page.inputValue('[data-as-of]')).toBe(NEXT);

    // a new alert: a toast and the badge on 告警; clicking the toast opens 告警 on its rule
    const village = (
      await page.evaluate(() =>
        (window as unknown as LantianHandle).lantian
          .features('villages')
          .slice(0, 1)
          .map((f) => ({ id: String(f.id), name: String(f.properties.name), township: String(f.properties.township) })),
      )
    )[0];
    if (!village) throw new Error('no village');
    const township = String(
      db.prepare('SELECT township_code FROM villages WHERE code = ?').pluck().get(village.id) ?? '140902001',
    );
    db.prepare(
      `INSERT INTO alerts (rule, task, severity, layer, entity_id, township_code, title, detail, raised_at,
         last_seen_at, status) VALUES ('coal-reburning', 12, 'violation', 'villages', ?, ?, ?, ?, ?, ?, 'open')`,
    ).run(
      village.id,
      township,
      JSON.stringify({ zh: '散煤复烧', en: 'Scattered coal re-burning' }),
      JSON.stringify({ zh: '测试', en: 'test' }),
      NEXT,
      NEXT,
    );
    await pollFeed();
    const toast = page.locator('.toast-open');
    await expect.poll(() => toast.first().textContent(), pollLimit).toBe(`新告警：散煤复烧 · ${village.name}`);
    expect(await page.getAttribute('[data-toasts]', 'aria-live')).toBe('polite');
    expect(await page.textContent('[data-view="alerts"] [data-alert-badge]')).toBe('1');
    await captureScreenshot(page, { path: `${outputDir}/live-toast.png` });
    await toast.first().click();
    await expect
      .poll(() => page.evaluate(() => new URL(location.href).searchParams.get('v')), pollLimit)
      .toBe('alerts');
    expect(await page.evaluate(() => new URL(location.href).searchParams.get('ar'))).toBe('coal-reburning');
    expect(await page.locator('[data-alert-badge]').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as LantianHandle).liveMarker)).toBe('still here');
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});

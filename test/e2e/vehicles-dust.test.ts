import type { Feature, FeatureCollection } from 'geojson';
import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import type { MuckTrackResponse } from '../../server/schema/muck-track.ts';
import { scaled } from '../helpers/time-scale.ts';
import { useConsoleHarness, waitForMapIdle } from './console-harness.ts';

const outputDir = 'test-output/e2e/vehicles-dust';
vi.setConfig({ testTimeout: scaled(300_000) });

const harness = useConsoleHarness(outputDir);
const desktop = { width: 1440, height: 900 };
/** The demo's default as-of. */
const asOf = '2023-12-31T23:00';
const newLayers = [
  'built-up-area',
  'road-segments',
  'stockyards',
  'muck-trucks',
  'checkpoints',
  'repair-shops',
  'vehicles',
] as const;
/** Every layer drawn, vehicles included (off by default). */
const allLayers =
  'townships,nrmm-zones,villages,enterprises,construction-sites,machines,stations,dustfall-points,fuel-points,' +
  newLayers.join(',');

type Props = Record<string, unknown>;
async function getJson<T>(page: Page, path: string): Promise<T> {
  return page.evaluate(async (p) => {
    const res = await fetch(p);
    if (!res.ok) throw new Error(`${p}: ${res.status}`);
    return res.json();
  }, path) as Promise<T>;
}
const layer = (page: Page, id: string, query = '') =>
  getJson<FeatureCollection<Feature['geometry'], Props>>(page, `/api/layers/${id}?asOf=${asOf}${query}`);
const pointOf = (f: Feature) => (f.geometry as unknown as { coordinates: [number, number] }).coordinates;
function km(a: [number, number], b: [number, number]): number {
  const kx = 111.32 * Math.cos((((a[1] + b[1]) / 2) * Math.PI) / 180);
  return Math.hypot((a[0] - b[0]) * kx, (a[1] - b[1]) * 110.57);
}

describe('车辆扬尘 layers in Chromium (issue 16)', () => {
  it('draws the seven new layers with their legends and counts', async () => {
    const { page, pageErrors } = await harness.open(`?v=layers&at=${asOf}&l=${allLayers}&c=112.735,38.42&z=12.5`, {
      as: 'inspector',
      viewport: desktop,
    });
    await page.waitForSelector('body[data-layers-drawn="true"]', { timeout: scaled(60_000) });
    for (const id of newLayers) {
      const count = Number(await page.getAttribute(`[data-layer="${id}"] .layer-count`, 'data-count'));
      expect(count, id).toBeGreaterThan(0);
      expect(await page.locator(`[data-layer="${id}"] .legend-entry`).count(), id).toBeGreaterThan(0);
    }
    // the provisional built-up area says so in the legend
    expect(await page.textContent('[data-layer="built-up-area"]')).toContain('示意');
    await waitForMapIdle(page);
    await page.locator('.map').screenshot({ path: `${outputDir}/new-layers.png` });
    await page.screenshot({ path: `${outputDir}/new-layers-panel.png` });
    expect(pageErrors).toEqual([]);
  });

  it('done when: the inspector sees the muck truck off its route at 23:40 with its track', async () => {
    const { page, pageErrors } = await harness.open(`?v=layers&at=${asOf}`, { as: 'inspector', viewport: desktop });
    await page.waitForSelector('body[data-layers-drawn="true"]', { timeout: scaled(60_000) });
    const trucks = await layer(page, 'muck-trucks');
    const offRoute = trucks.features.filter((f) => (f.properties.problems as string[]).includes('muck-off-route'));
    expect(offRoute.length).toBeGreaterThan(0);
    // the one whose episode starts at 23:40 (the evening before the as-of)
    let found: { id: string; track: MuckTrackResponse } | null = null;
    for (const f of offRoute) {
      const track = await getJson<MuckTrackResponse>(page, `/api/muck/trucks/${String(f.id)}/track?to=${asOf}`);
      if (track.violations.some((v) => v.kind === 'off-route' && v.from.includes('T23:40'))) {
        found = { id: String(f.id), track };
        break;
      }
    }
    expect(found, 'a truck off its route from 23:40').not.toBeNull();
    if (!found) return;
    await page.goto(`${harness.server.url}/?v=layers&at=${asOf}&sel=muck-trucks:${found.id}`);
    await page.waitForSelector(`[data-muck-track="${found.id}"]`, { timeout: scaled(60_000) });
    expect(await page.textContent('[data-problems]')).toContain('渣土车');
    await page.click('[data-action="show-track"]');
    await page.waitForSelector('[data-track-legend] li', { timeout: scaled(30_000) });
    const legend = (await page.textContent('[data-track-legend]')) ?? '';
    expect(legend).toContain('未按规定路线行驶');
    expect(legend).toContain('核准路线');
    expect(await page.textContent('[data-action="show-track"]')).toBe('隐藏轨迹');
    await waitForMapIdle(page);
    await page.screenshot({ path: `${outputDir}/muck-track.png` });
    expect(pageErrors).toEqual([]);
  });

  it('done when: the roads behind schedule and the uncovered stockyard near a dustfall point over 7', async () => {
    const { page, pageErrors } = await harness.open(`?v=layers&at=${asOf}&c=112.735,38.42&z=12`, {
      as: 'inspector',
      viewport: desktop,
    });
    await page.waitForSelector('body[data-layers-drawn="true"]', { timeout: scaled(60_000) });
    const behind = await layer(page, 'road-segments', '&behind=true');
    expect(behind.features.length).toBeGreaterThan(0);
    const behindRow = await page.textContent('[data-layer="road-segments"] [data-legend-key="behind"] .num');
    expect(Number(behindRow)).toBe(behind.features.length);

    const yards = await layer(page, 'stockyards', '&compliant=false');
    const dustfall = await layer(page, 'dustfall-points');
    const over = dustfall.features.filter((f) => f.properties.exceeds === true);
    expect(over.length).toBeGreaterThan(0);
    const uncovered = yards.features.find(
      (y) =>
        (y.properties.failedControls as string[]).includes('cover') &&
        over.some((d) => km(pointOf(y), pointOf(d)) <= 5),
    );
    expect(uncovered, 'a stockyard without cover within 5 km of a dustfall point over 7').toBeDefined();
    if (!uncovered) return;
    const [lon, lat] = pointOf(uncovered);
    await page.goto(
      `${harness.server.url}/?v=layers&at=${asOf}&sel=stockyards:${String(uncovered.id)}&c=${lon},${lat}&z=13`,
    );
    await page.waitForSelector('[data-details-title]', { timeout: scaled(60_000) });
    const details = (await page.textContent('table.details')) ?? '';
    expect(details).toContain('物料苫盖');
    expect(details).toContain('✗ 未到位');
    await waitForMapIdle(page);
    await page.screenshot({ path: `${outputDir}/stockyard.png` });

    // a road behind schedule, selected: its details say so
    const road = behind.features[0];
    const roadLine = road?.geometry as unknown as { coordinates: [number, number][] } | undefined;
    const [roadLon, roadLat] = roadLine?.coordinates[0] ?? [0, 0];
    const atRoad = `c=${roadLon},${roadLat}&z=14`;
    await page.goto(`${harness.server.url}/?v=layers&at=${asOf}&sel=road-segments:${String(road?.id)}&${atRoad}`);
    await page.waitForSelector('[data-details-title]', { timeout: scaled(60_000) });
    expect(await page.textContent('table.details')).toContain('滞后');
    await waitForMapIdle(page);
    await page.screenshot({ path: `${outputDir}/road-behind.png` });
    expect(pageErrors).toEqual([]);
  });

  it('opens the 车辆扬尘 view', async () => {
    const { page, pageErrors } = await harness.open(`?v=dust&at=${asOf}`, { as: 'inspector', viewport: desktop });
    await page.waitForSelector('[data-panel][data-ready="true"], .panel[data-ready="true"]', {
      timeout: scaled(60_000),
    });
    expect(await page.textContent('body')).toContain('车辆扬尘');
    await page.screenshot({ path: `${outputDir}/dust-view.png` });
    expect(pageErrors).toEqual([]);
  });
});

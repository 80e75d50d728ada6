import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import { scaled } from '../helpers/time-scale.ts';
import { captureScreenshot } from './browser.ts';
import { pollLimit, useConsoleHarness, waitForMapIdle } from './console-harness.ts';

const outputDir = 'test-output/e2e/legibility';
vi.setConfig({ testTimeout: scaled(300_000) });

const harness = useConsoleHarness(outputDir);

interface Drawn {
  zoom: number;
  features: number;
  symbols: number;
  clusters: { position: [number, number]; count: number; problems: number; radius: number }[];
  labels: {
    kind: string;
    text: string;
    position: [number, number];
    offset: [number, number];
    width: number;
    height: number;
  }[];
}
type Handle = {
  lantian: {
    legibility(): Drawn | null;
    project(lon: number, lat: number): { x: number; y: number };
    map: { getZoom(): number };
  };
};

/** 总览 at a camera, once every layer is drawn and the map is still. */
async function openOverview(camera: string): Promise<Page> {
  const { page } = await harness.open(`?${camera}`, { as: 'official' });
  await page.waitForSelector('body[data-layers-drawn="true"]', { timeout: scaled(60_000) });
  await waitForMapIdle(page);
  // the layers are rebuilt for the zoom the map settled at
  await expect
    .poll(
      () =>
        page.evaluate(() => {
          const { lantian } = window as unknown as Handle;
          const drawn = lantian.legibility();
          return drawn !== null && Math.abs(drawn.zoom - lantian.map.getZoom()) < 0.01;
        }),
      pollLimit,
    )
    .toBe(true);
  await waitForMapIdle(page);
  return page;
}

/** What the map drew, with each label's box on the screen (the page's own projection). */
function drawn(page: Page) {
  return page.evaluate(() => {
    const { lantian } = window as unknown as Handle;
    const record = lantian.legibility() as Drawn;
    const boxes = record.labels.map((l) => {
      const p = lantian.project(l.position[0], l.position[1]);
      const x = p.x + l.offset[0];
      const y = p.y + l.offset[1];
      return {
        kind: l.kind,
        text: l.text,
        x0: x - l.width / 2,
        y0: y - l.height / 2,
        x1: x + l.width / 2,
        y1: y + l.height / 2,
      };
    });
    return { ...record, boxes };
  });
}

type Box = Awaited<ReturnType<typeof drawn>>['boxes'][number];
const overlapping = (boxes: Box[]) =>
  boxes.flatMap((a, i) =>
    boxes
      .slice(i + 1)
      .filter((b) => !(a.x1 <= b.x0 || b.x1 <= a.x0 || a.y1 <= b.y0 || b.y1 <= a.y0))
      .map((b) => `${a.kind} ${a.text} / ${b.kind} ${b.text}`),
  );

describe('总览 reads at a glance at every zoom (issue 18)', () => {
  it('district zoom: far fewer symbols than features, labels never overlap; a cluster click zooms in', async () => {
    const page = await openOverview('');
    await captureScreenshot(page, { path: `${outputDir}/district.png` });
    const record = await drawn(page);
    expect(record.zoom).toBeCloseTo(9.4, 1);
    expect(record.features).toBeGreaterThan(1000);
    expect(record.symbols).toBeLessThan(record.features / 5);
    expect(record.clusters.length).toBeGreaterThan(10);
    expect(record.clusters.some((c) => c.problems > 0)).toBe(true);
    // every cluster carries its count; township names are drawn where there is room, station AQI numbers too
    expect(record.boxes.filter((b) => b.kind === 'cluster-count').length).toBe(record.clusters.length);
    expect(record.boxes.filter((b) => b.kind === 'township').length).toBeGreaterThan(5);
    expect(record.boxes.some((b) => b.kind === 'station-aqi')).toBe(true);
    expect(overlapping(record.boxes)).toEqual([]);

    // the deck draws a cluster where the record says: a click on the biggest zooms in on it
    const biggest = [...record.clusters].sort((a, b) => b.count - a.count)[0];
    if (!biggest) throw new Error('no cluster at district zoom');
    const point = await page.evaluate(([lon, lat]) => {
      const p = (window as unknown as Handle).lantian.project(lon as number, lat as number);
      const box = document.querySelector('.map')?.getBoundingClientRect();
      return { x: p.x + (box?.left ?? 0), y: p.y + (box?.top ?? 0) };
    }, biggest.position);
    await page.mouse.click(point.x, point.y);
    await expect
      .poll(() => page.evaluate(() => (window as unknown as Handle).lantian.map.getZoom()), pollLimit)
      .toBeGreaterThan(10.8);
    await waitForMapIdle(page);
    expect(page.url()).not.toContain('sel=');
  });

  it('township zoom: labels never overlap', async () => {
    const page = await openOverview('c=112.735,38.42&z=12');
    await captureScreenshot(page, { path: `${outputDir}/township.png` });
    const record = await drawn(page);
    expect(record.zoom).toBeCloseTo(12, 1);
    expect(record.symbols).toBeLessThan(record.features);
    expect(overlapping(record.boxes)).toEqual([]);
  });

  it('street zoom in 忻州 city: every feature on its own', async () => {
    const page = await openOverview('c=112.735,38.42&z=15');
    await captureScreenshot(page, { path: `${outputDir}/street.png` });
    const record = await drawn(page);
    expect(record.zoom).toBeCloseTo(15, 1);
    expect(record.clusters).toEqual([]);
    expect(record.symbols).toBe(record.features);
    expect(overlapping(record.boxes)).toEqual([]);
  });
});

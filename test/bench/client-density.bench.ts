import { serve, type ServerType } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { build } from 'vite';
import { createApp } from '../../server/app.ts';
import { densityWindowAfter } from '../../server/db/machine-density-reads.ts';
import { launchBrowser } from '../e2e/browser.ts';
import { createSeededDbFile } from '../helpers/seeded-db.ts';
import { asUser } from '../helpers/sign-in.ts';
import { median, quantile } from './timing.ts';

/**
 * 机械作业密度 at a million positions (issue 18, scope 5). A `--scale 4` demo year seeded into a
 * temporary file (its position count printed: ≥ 1,000,000), then:
 * 1. GET /api/machines/density on it: server time cold (built) and warm (the body cache), bytes
 *    raw and gzip; beside it the alternative transfer, every position of the window as Float32
 *    lon/lat (read time, bytes raw and gzip).
 * 2. Headless Chromium (SwiftShader, the CPU renderer): the year's positions drawn from the
 *    server's 500 m cells by the console's layer factory, and from the Float32 positions
 *    aggregated in the page by deck.gl's HexagonLayer; each panned, frame median and p95, and the
 *    one-off time from the response to the first frame. The baseline in the same run: the
 *    console's icon layers panning over 100,000 points (test/bench/deck-stress, `?n=25000`),
 *    the run that measured 1,042 ms per frame before issue 18.
 */
const YEAR_END = '2023-12-31T23:59';
const TODAY_ICON_FRAME_MS = 1042;

const t0 = performance.now();
const seeded = createSeededDbFile({ scale: 4 });
const positions = seeded.db.prepare('SELECT count(*) FROM machine_positions').pluck().get() as number;
console.log(
  `scale-4 database: ${positions.toLocaleString('en')} machine positions ` +
    `(seeded in ${((performance.now() - t0) / 1000).toFixed(0)} s)`,
);
if (positions < 1_000_000) throw new Error(`expected ≥ 1,000,000 positions at scale 4, got ${positions}`);

const app = createApp({ db: seeded.db });
const caller = asUser(app, seeded.db, 'official', { username: 'bench-official' });
const timed = async (path: string) => {
  const started = performance.now();
  const res = await caller.request(path, { headers: { 'accept-encoding': 'gzip' } });
  const bytes = (await res.arrayBuffer()).byteLength;
  if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
  return { ms: performance.now() - started, bytes };
};
let densityBody = '';
let positionsBin = new Uint8Array();
try {
  for (const window of ['30d', 'ytd'] as const) {
    const path = `/api/machines/density?asOf=${YEAR_END}&window=${window}`;
    const cold = await timed(path);
    const warm: number[] = [];
    for (let i = 0; i < 5; i++) warm.push((await timed(path)).ms);
    const body = await (await caller.request(path)).text();
    const parsed = JSON.parse(body) as { positions: number; cells: unknown[] };
    // the alternative: every position of the window as Float32 lon/lat
    const started = performance.now();
    const rows = seeded.db
      .prepare('SELECT lon, lat FROM machine_positions WHERE ts > ? AND ts <= ?')
      .raw()
      .all(densityWindowAfter(YEAR_END, window), YEAR_END) as [number, number][];
    const lonLat = new Float32Array(rows.length * 2);
    rows.forEach(([lon, lat], i) => {
      lonLat[2 * i] = lon;
      lonLat[2 * i + 1] = lat;
    });
    const bin = new Uint8Array(lonLat.buffer);
    const readMs = performance.now() - started;
    const binGzip = gzipSync(bin).byteLength;
    console.log(
      `GET /api/machines/density window=${window} at ${YEAR_END}: ${parsed.positions.toLocaleString('en')} positions ` +
        `→ ${parsed.cells.length.toLocaleString('en')} cells of 500 m; cold ${cold.ms.toFixed(0)} ms, ` +
        `warm (cached) median ${median(warm).toFixed(1)} ms; ${(body.length / 1024).toFixed(0)} KiB raw, ` +
        `${(cold.bytes / 1024).toFixed(0)} KiB gzip`,
    );
    console.log(
      `  alternative, Float32 positions: read ${readMs.toFixed(0)} ms, ` +
        `${(bin.byteLength / 1024).toFixed(0)} KiB raw, ` +
        `${(binGzip / 1024).toFixed(0)} KiB gzip (${(binGzip / cold.bytes).toFixed(0)}× the cells' bytes)`,
    );
    if (window === 'ytd') {
      densityBody = body;
      positionsBin = bin;
    }
  }
} finally {
  seeded.dispose();
}

// the pages: the density stress page (cells and hexagons) and the icon stress page (the baseline)
const pagesDir = mkdtempSync(join(tmpdir(), 'lantian-density-stress-'));
for (const page of ['density-stress', 'deck-stress'])
  await build({
    root: `test/bench/${page}`,
    base: `/${page}/`,
    configFile: false,
    logLevel: 'error',
    optimizeDeps: { exclude: ['maplibre-gl'] },
    build: { outDir: join(pagesDir, page), emptyOutDir: true },
  });
const pages = new Hono()
  .get('/density-stress/density.json', (c) => c.body(densityBody, 200, { 'content-type': 'application/json' }))
  .get('/density-stress/positions.bin', (c) =>
    c.body(positionsBin.slice().buffer, 200, { 'content-type': 'application/octet-stream' }),
  )
  .use('/*', serveStatic({ root: pagesDir }));
const pagesServer: ServerType = await new Promise((resolve) => {
  const s = serve({ fetch: pages.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
});
const { port } = pagesServer.address() as AddressInfo;
const browser = await launchBrowser();
try {
  interface Stress {
    ready: boolean;
    frames: number[];
    bytes: number;
    firstDrawMs: number;
    drawn: number;
    error: string;
  }
  const run = async (path: string) => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 820 } });
    try {
      const started = performance.now();
      await page.goto(`http://127.0.0.1:${port}${path}`, { waitUntil: 'commit', timeout: 600_000 });
      await page.waitForFunction(() => (window as unknown as { stress?: Stress }).stress?.ready === true, undefined, {
        timeout: 600_000,
      });
      const stress = await page.evaluate(() => (window as unknown as { stress: Stress }).stress);
      if (stress.error) throw new Error(`${path}: ${stress.error}`);
      const frames = stress.frames.slice(1);
      return {
        ...stress,
        median: quantile(frames, 0.5),
        p95: quantile(frames, 0.95),
        total: performance.now() - started,
      };
    } finally {
      await page.close();
    }
  };
  const icons = await run('/deck-stress/?n=25000&frames=12');
  console.log(
    'baseline, pan over 100,000 icons (4 icon layers, deck-stress ?n=25000): ' +
      `frame median ${icons.median.toFixed(1)} ms, ` +
      `p95 ${icons.p95.toFixed(1)} ms (today ${TODAY_ICON_FRAME_MS.toLocaleString('en')} ms at 100,000 icons)`,
  );
  const cells = await run('/density-stress/?mode=cells&frames=60');
  console.log(
    `density, ${positions.toLocaleString('en')} positions as ${cells.drawn.toLocaleString('en')} server cells ` +
      `(${(cells.bytes / 1024).toFixed(0)} KiB JSON): frame median ${cells.median.toFixed(1)} ms, ` +
      `p95 ${cells.p95.toFixed(1)} ms (≈ ${(1000 / cells.median).toFixed(1)} fps, SwiftShader); ` +
      `response → first frame ${cells.firstDrawMs.toFixed(0)} ms; ` +
      `ratio to the 100,000-icon pan ${(cells.median / icons.median).toFixed(3)}`,
  );
  const hex = await run('/density-stress/?mode=hex&frames=30');
  console.log(
    `alternative, ${hex.drawn.toLocaleString('en')} Float32 positions (${(hex.bytes / 1024).toFixed(0)} KiB) ` +
      `aggregated in the page (HexagonLayer, CPU, 500 m): one-off aggregation + first frame ` +
      `${hex.firstDrawMs.toFixed(0)} ms; frame median ${hex.median.toFixed(1)} ms, p95 ${hex.p95.toFixed(1)} ms; ` +
      `ratio to the 100,000-icon pan ${(hex.median / icons.median).toFixed(3)}`,
  );
  console.log('(figures taken with SwiftShader; a real GPU is far faster: read the ratios within this run)');
} finally {
  await browser.close();
  await new Promise<void>((resolve) => pagesServer.close(() => resolve()));
  rmSync(pagesDir, { recursive: true, force: true });
}

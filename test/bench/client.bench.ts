import { serve, type ServerType } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { Hono } from 'hono';
import { build } from 'vite';
import { quantile } from './timing.ts';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser, sessionCookie } from '../e2e/browser.ts';
import { serveBuiltClient } from '../e2e/serve-built-client.ts';

/**
 * The console in headless Chromium (SwiftShader WebGL, so slower than a real GPU): time from
 * navigation to every layer drawn on the default dataset (median of 5 cold page loads), and
 * the built client's size, raw and gzip; and frame times while panning over 10,000 and 100,000
 * points drawn by the console's own layer factory (SwiftShader renders on the CPU: a real GPU is
 * far faster, so read the ratio between the two runs as much as the absolute figures).
 */
const server = await serveBuiltClient();
const browser = await launchBrowser();
try {
  const samples: number[] = [];
  const cookie = await sessionCookie(server.url, 'official');
  for (let i = 0; i < 5; i++) {
    const page = await browser.newPage({ viewport: { width: 1366, height: 820 } });
    await page.context().addCookies([{ name: 'lantian_session', value: cookie, url: server.url }]);
    const started = performance.now();
    await page.goto(`${server.url}/?v=layers`);
    await page.waitForSelector('body[data-layers-drawn="true"]', { timeout: 60_000 });
    samples.push(performance.now() - started);
    await page.close();
  }
  samples.sort((a, b) => a - b);
  console.log(
    `navigation → all layers drawn: median ${samples[2]!.toFixed(0)} ms ` +
      `(min ${samples[0]!.toFixed(0)}, max ${samples[4]!.toFixed(0)}) over 5 loads`,
  );

  const assets = join(server.clientDir, 'assets');
  let raw = 0;
  let gzip = 0;
  for (const file of readdirSync(assets)) {
    if (!/\.(js|css)$/.test(file)) continue;
    raw += statSync(join(assets, file)).size;
    gzip += gzipSync(readFileSync(join(assets, file)), { level: 9 }).length;
  }
  console.log(`built client JS+CSS: ${(raw / 1024).toFixed(0)} KiB raw, ${(gzip / 1024).toFixed(0)} KiB gzip`);

  // Smoothness at 100,000+ points: the console's layer factory drawing 4 layers of N synthetic
  // points each, panned for 60 frames; a 10,000-point run is the baseline.
  const stressDir = mkdtempSync(join(tmpdir(), 'lantian-stress-'));
  await build({
    root: 'test/bench/deck-stress',
    configFile: false,
    logLevel: 'error',
    optimizeDeps: { exclude: ['maplibre-gl'] },
    build: { outDir: stressDir, emptyOutDir: true },
  });
  const stressApp = new Hono().use('/*', serveStatic({ root: stressDir }));
  const stressServer: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: stressApp.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const { port } = stressServer.address() as AddressInfo;
  try {
    for (const [perLayer, frameCount] of [
      [2_500, 30],
      [25_000, 12],
    ] as const) {
      const page = await browser.newPage({ viewport: { width: 1366, height: 820 } });
      const started = performance.now();
      await page.goto(`http://127.0.0.1:${port}/?n=${perLayer}&frames=${frameCount}`);
      await page.waitForFunction(
        () => (window as unknown as { stress: { ready: boolean } }).stress?.ready === true,
        undefined,
        { timeout: 300_000 },
      );
      const total = performance.now() - started;
      const frames = await page.evaluate(() =>
        (window as unknown as { stress: { frames: number[] } }).stress.frames.slice(1),
      );
      console.log(
        `pan over ${(4 * perLayer).toLocaleString('en')} points (4 icon layers): ` +
          `frame median ${quantile(frames, 0.5).toFixed(1)} ms, ` +
          `p95 ${quantile(frames, 0.95).toFixed(1)} ms ` +
          `(≈ ${(1000 / quantile(frames, 0.5)).toFixed(1)} fps, SwiftShader); ` +
          `load → ${frameCount} frames panned ${total.toFixed(0)} ms`,
      );
      await page.close();
    }
  } finally {
    await new Promise<void>((resolve) => stressServer.close(() => resolve()));
    rmSync(stressDir, { recursive: true, force: true });
  }
} finally {
  await browser.close();
  await server.close();
}

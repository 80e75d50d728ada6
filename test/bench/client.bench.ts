import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../e2e/browser.ts';
import { serveBuiltClient } from '../e2e/serve-built-client.ts';

/**
 * The console in headless Chromium (SwiftShader WebGL, so slower than a real GPU): time from
 * navigation to every layer drawn on the default dataset (median of 5 cold page loads), and
 * the built client's size, raw and gzip.
 */
const server = await serveBuiltClient();
const browser = await launchBrowser();
try {
  const samples: number[] = [];
  for (let i = 0; i < 5; i++) {
    const page = await browser.newPage({ viewport: { width: 1366, height: 820 } });
    const started = performance.now();
    await page.goto(`${server.url}/?v=layers`);
    await page.waitForSelector('body[data-layers-drawn="true"]', { timeout: 60_000 });
    samples.push(performance.now() - started);
    await page.close();
  }
  samples.sort((a, b) => a - b);
  console.log(`navigation → all layers drawn: median ${samples[2]!.toFixed(0)} ms (min ${samples[0]!.toFixed(0)}, max ${samples[4]!.toFixed(0)}) over 5 loads`);

  const assets = join(server.clientDir, 'assets');
  let raw = 0;
  let gzip = 0;
  for (const file of readdirSync(assets)) {
    if (!/\.(js|css)$/.test(file)) continue;
    raw += statSync(join(assets, file)).size;
    gzip += gzipSync(readFileSync(join(assets, file)), { level: 9 }).length;
  }
  console.log(`built client JS+CSS: ${(raw / 1024).toFixed(0)} KiB raw, ${(gzip / 1024).toFixed(0)} KiB gzip`);
} finally {
  await browser.close();
  await server.close();
}

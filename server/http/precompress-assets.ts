import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { compressBody } from './compress-body.ts';
import { COMPRESS_MIN_BYTES } from './send-cached-body.ts';

/** Extensions of the built client worth compressing (images and fonts are compressed already). */
const COMPRESSIBLE = new Set(['.js', '.mjs', '.css', '.html', '.json', '.geojson', '.svg', '.txt', '.wasm']);

/**
 * Writes `<file>.br` and `<file>.gz` beside every compressible file of at least 1 KB under `dir`,
 * for the server's static handler to send to clients that accept them (serveStatic's
 * `precompressed`). Returns how many files it compressed and their bytes before and after (brotli).
 */
export async function precompressAssets(dir: string): Promise<{ files: number; bytes: number; brotliBytes: number }> {
  const totals = { files: 0, bytes: 0, brotliBytes: 0 };
  const visit = async (path: string): Promise<void> => {
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path)) await visit(join(path, name));
      return;
    }
    if (!COMPRESSIBLE.has(extname(path))) return;
    const bytes = readFileSync(path);
    if (bytes.byteLength < COMPRESS_MIN_BYTES) return;
    const [br, gzip] = await Promise.all([compressBody(bytes, 'br', 'once'), compressBody(bytes, 'gzip', 'once')]);
    writeFileSync(`${path}.br`, br);
    writeFileSync(`${path}.gz`, gzip);
    totals.files++;
    totals.bytes += bytes.byteLength;
    totals.brotliBytes += br.byteLength;
  };
  await visit(dir);
  return totals;
}

/** Vite plugin: precompresses the build output (see precompressAssets) once the bundle is written. */
export function precompressPlugin(): Plugin {
  let outDir = '';
  return {
    name: 'lantian-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      await precompressAssets(outDir);
    },
  };
}

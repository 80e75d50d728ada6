import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { openApiDocument } from '../openapi/build-document.ts';

/** Where the reference page's static files are served (outside /api: no session needed for a library's files). */
export const REFERENCE_ASSETS_PATH = '/api-reference';

/** The reference page's files: Swagger UI's own (node_modules/swagger-ui-dist) and our init script. */
const assetSources: Readonly<Record<string, { file: () => string; type: string }>> = {
  'swagger-ui.css': { file: () => join(swaggerUiDir(), 'swagger-ui.css'), type: 'text/css; charset=utf-8' },
  'swagger-ui-bundle.js': {
    file: () => join(swaggerUiDir(), 'swagger-ui-bundle.js'),
    type: 'text/javascript; charset=utf-8',
  },
  'init.js': {
    file: () => join(dirname(fileURLToPath(import.meta.url)), '../openapi/reference-init.js'),
    type: 'text/javascript; charset=utf-8',
  },
  'favicon-32x32.png': { file: () => join(swaggerUiDir(), 'favicon-32x32.png'), type: 'image/png' },
};

function swaggerUiDir(): string {
  return dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
}

/** The reference page (GET /api/docs): Chinese title, Swagger UI from our own server, no inline script. */
const referencePage = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>接口参考 · 蓝天 API</title>
<link rel="stylesheet" href="${REFERENCE_ASSETS_PATH}/swagger-ui.css">
<link rel="icon" type="image/png" href="${REFERENCE_ASSETS_PATH}/favicon-32x32.png">
</head>
<body>
<main id="reference" aria-label="接口参考（API reference）"></main>
<script src="${REFERENCE_ASSETS_PATH}/swagger-ui-bundle.js"></script>
<script src="${REFERENCE_ASSETS_PATH}/init.js"></script>
</body>
</html>
`;

/**
 * GET /openapi.json: the OpenAPI 3.1 description of every route (server/openapi/build-document.ts), generated once;
 * GET /docs: the interactive reference page over it. Both for signed-in users (the policy table).
 */
export function openApiRoutes() {
  return new Hono()
    .get('/openapi.json', (c) => {
      const { json } = openApiDocument();
      return c.body(json, 200, { 'Content-Type': 'application/json; charset=utf-8' });
    })
    .get('/docs', (c) => c.html(referencePage));
}

/**
 * The reference page's static files under {@link REFERENCE_ASSETS_PATH}: a fixed list, read once, gzip-compressed
 * once for clients that accept it, cached for a day. Anything else there is a 404.
 */
export function referenceAssetRoutes() {
  const loaded = new Map<string, { body: Buffer; gzip: Buffer; type: string }>();
  return new Hono().get('/:name', (c) => {
    const name = c.req.param('name');
    const source = Object.hasOwn(assetSources, name) ? assetSources[name] : undefined;
    if (!source) return c.notFound();
    let asset = loaded.get(name);
    if (!asset) {
      const body = readFileSync(source.file());
      asset = { body, gzip: gzipSync(body), type: source.type };
      loaded.set(name, asset);
    }
    const gzip = /\bgzip\b/.test(c.req.header('accept-encoding') ?? '') && !asset.type.startsWith('image/');
    const headers: Record<string, string> = {
      'Content-Type': asset.type,
      'Cache-Control': 'public, max-age=86400',
      Vary: 'Accept-Encoding',
    };
    if (gzip) headers['Content-Encoding'] = 'gzip';
    return c.body(new Uint8Array(gzip ? asset.gzip : asset.body), 200, headers);
  });
}

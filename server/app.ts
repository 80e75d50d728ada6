import { serveStatic } from '@hono/node-server/serve-static';
import { existsSync, readFileSync } from 'node:fs';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import type { Db } from './db/open-database.ts';
import { errorBody, isApiError } from './http/api-error.ts';
import { alertRoutes } from './routes/alerts.ts';
import { aqRoutes } from './routes/aq.ts';
import { controlRoutes } from './routes/controls.ts';
import { layerRoutes } from './routes/layers.ts';
import { metaRoutes } from './routes/meta.ts';
import { planRoutes } from './routes/plan.ts';
import { routePlanRoutes } from './routes/route-plan.ts';
import { ruleRoutes } from './routes/rules.ts';
import { statsRoutes } from './routes/stats.ts';
import { taskRoutes } from './routes/tasks.ts';

/** Options of the Lantian server. */
export interface AppOptions {
  db: Db;
  /** Absolute path of the built client (dist/client) to serve at /, or null for the API only. */
  clientDir?: string | null;
  /** Largest request body accepted, bytes. */
  maxBodyBytes?: number;
}

/**
 * Builds the Hono app: the JSON API under /api and, when built, the client. Every error is
 * answered as `{"error":{"code","message"}}`; unexpected ones as a 500 that hides internals.
 *
 * @example
 * const app = createApp({ db: openDatabase(':memory:') });
 * await app.request('/api/health'); // 200 {"ok":true}
 */
export function createApp({ db, clientDir = null, maxBodyBytes = 5 * 1024 * 1024 }: AppOptions) {
  const api = new Hono()
    .use(
      bodyLimit({
        maxSize: maxBodyBytes,
        onError: (c) => c.json(errorBody('payload_too_large', `request body exceeds ${maxBodyBytes} bytes`), 413),
      }),
    )
    .route('/', metaRoutes(db))
    .route('/layers', layerRoutes(db))
    .route('/plan', planRoutes(db))
    .route('/stats', statsRoutes(db))
    .route('/aq', aqRoutes(db))
    .route('/rules', ruleRoutes(db))
    .route('/alerts', alertRoutes(db))
    .route('/tasks', taskRoutes(db))
    .route('/controls', controlRoutes(db))
    .route('/routes', routePlanRoutes(db));

  const app = new Hono().route('/api', api);

  app.onError((error, c) => {
    if (isApiError(error)) return c.json(errorBody(error.code, error.message), error.status);
    if (error instanceof HTTPException && error.status < 500) {
      return c.json(errorBody('invalid_request', error.message || 'bad request'), error.status);
    }
    console.error(`${c.req.method} ${c.req.path} failed:`, error);
    return c.json(errorBody('internal_error', 'internal server error'), 500);
  });

  const indexHtml = clientDir && existsSync(`${clientDir}/index.html`) ? readFileSync(`${clientDir}/index.html`, 'utf8') : null;
  if (clientDir && indexHtml) app.use('/*', serveStatic({ root: clientDir }));
  app.notFound((c) => {
    if (c.req.path.startsWith('/api/') || c.req.path === '/api' || !indexHtml) {
      return c.json(errorBody('not_found', `no route for ${c.req.method} ${c.req.path}`), 404);
    }
    return c.html(indexHtml);
  });
  return app;
}

/** The app's type, for Hono's typed client. */
export type AppType = ReturnType<typeof createApp>;

import { serveStatic } from '@hono/node-server/serve-static';
import { existsSync, readFileSync } from 'node:fs';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import type { Db } from './db/open-database.ts';
import { errorBody, isApiError } from './http/api-error.ts';
import { LoginLimiter, type LoginLimits } from './auth/login-limiter.ts';
import { defaultSessionLifetime, type SessionLifetime } from './db/sessions-repository.ts';
import { createStatsRepository } from './db/stats-repository.ts';
import type { AuthEnv } from './http/auth-env.ts';
import { authMiddleware } from './http/auth-middleware.ts';
import { alertRoutes } from './routes/alerts.ts';
import { auditRoutes } from './routes/audit.ts';
import { authRoutes } from './routes/auth.ts';
import { aqRoutes } from './routes/aq.ts';
import { controlRoutes } from './routes/controls.ts';
import { exportRoutes } from './routes/exports.ts';
import { importRoutes } from './routes/imports.ts';
import { recordRoutes } from './routes/records.ts';
import { layerRoutes } from './routes/layers.ts';
import { metaRoutes } from './routes/meta.ts';
import { planRoutes } from './routes/plan.ts';
import { reportRoutes } from './routes/reports.ts';
import { routePlanRoutes } from './routes/route-plan.ts';
import { ruleRoutes } from './routes/rules.ts';
import { statsRoutes } from './routes/stats.ts';
import { taskRoutes } from './routes/tasks.ts';
import { userRoutes } from './routes/users.ts';

/** 413 with the API's error body once a request body passes `maxSize` bytes (counted as it streams in). */
const limitBody = (maxSize: number) =>
  bodyLimit({ maxSize, onError: (c) => c.json(errorBody('payload_too_large', `request body exceeds ${maxSize} bytes`), 413) });

/** Options of the Lantian server. */
export interface AppOptions {
  db: Db;
  /** Absolute path of the built client (dist/client) to serve at /, or null for the API only. */
  clientDir?: string | null;
  /** Largest request body accepted, bytes (imports: `maxImportBytes`). */
  maxBodyBytes?: number;
  /** Largest file an import accepts, bytes. */
  maxImportBytes?: number;
  /** Let anonymous callers read the public map layers (meta, layers, plan); default false: sign-in for all but health and login. */
  publicRead?: boolean;
  /** Session idle and absolute lifetimes. */
  sessionLifetime?: SessionLifetime;
  /** Failed-login limits. */
  loginLimits?: LoginLimits;
  /** The clock (epoch ms), replaceable in tests of session expiry. */
  now?: () => number;
}

/**
 * Builds the Hono app: the JSON API under /api and, when built, the client. Every error is
 * answered as `{"error":{"code","message"}}`; unexpected ones as a 500 that hides internals.
 *
 * @example
 * const app = createApp({ db: openDatabase(':memory:') });
 * await app.request('/api/health'); // 200 {"ok":true}
 */
export function createApp({
  db,
  clientDir = null,
  maxBodyBytes = 5 * 1024 * 1024,
  maxImportBytes = 64 * 1024 * 1024,
  publicRead = false,
  sessionLifetime = defaultSessionLifetime,
  loginLimits,
  now = Date.now,
}: AppOptions) {
  const limiter = new LoginLimiter(loginLimits);
  // one statistics index, shared by the statistics and their exports
  const stats = createStatsRepository(db);
  const api = new Hono<AuthEnv>()
    .use(authMiddleware({ db, publicRead, lifetime: sessionLifetime, now }))
    .use('/imports/*', limitBody(maxImportBytes))
    .use('*', async (c, next) => (c.req.path.startsWith('/api/imports/') ? next() : limitBody(maxBodyBytes)(c, next)))
    .route('/auth', authRoutes({ db, limiter, lifetime: sessionLifetime, publicRead, now }))
    .route('/users', userRoutes(db))
    .route('/audit', auditRoutes(db))
    .route('/', metaRoutes(db))
    .route('/layers', layerRoutes(db))
    .route('/plan', planRoutes(db))
    .route('/stats', statsRoutes(stats))
    .route('/aq', aqRoutes(db))
    .route('/rules', ruleRoutes(db))
    .route('/alerts', alertRoutes(db))
    .route('/tasks', taskRoutes(db))
    .route('/controls', controlRoutes(db))
    .route('/routes', routePlanRoutes(db))
    .route('/exports', exportRoutes(db, stats))
    .route('/reports', reportRoutes(db))
    .route('/imports', importRoutes(db))
    .route('/records', recordRoutes(db));

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

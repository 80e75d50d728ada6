import { serveStatic } from '@hono/node-server/serve-static';
import { existsSync, readFileSync } from 'node:fs';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import type { Db } from './db/open-database.ts';
import { errorBody, isApiError } from './http/api-error.ts';
import { LoginLimiter, type LoginLimits } from './auth/login-limiter.ts';
import { defaultSessionLifetime, type SessionLifetime } from './db/sessions-repository.ts';
import { createTaskPool, type TaskPool } from './workers/task-pool.ts';
import { serialLedgerAdvance, type LedgerAdvance } from './services/alert-scheduler.ts';
import { createSqliteStore } from './db/sqlite-store.ts';
import { createWriter, type Writer } from './db/writer.ts';
import { createChangeFeed, type ChangeFeed } from './services/change-feed.ts';
import { createLiveHub, type LiveHub } from './services/live-hub.ts';
import { startLiveFeed } from './services/live-feed.ts';
import { eventsRoutes, type EventsOptions } from './routes/events.ts';
import type { AuthEnv } from './http/auth-env.ts';
import { authMiddleware } from './http/auth-middleware.ts';
import type { OriginPolicy } from './http/origin-check.ts';
import { securityHeaders } from './http/security-headers.ts';
import { createBodyCache } from './http/body-cache.ts';
import { compressJson } from './http/compress-json.ts';
import { alertRoutes } from './routes/alerts.ts';
import { auditRoutes } from './routes/audit.ts';
import { authRoutes } from './routes/auth.ts';
import { aqRoutes } from './routes/aq.ts';
import { airSurfaceRoutes } from './routes/air-surface.ts';
import { caseRoutes } from './routes/cases.ts';
import { cityIndicatorRoutes } from './routes/city-indicators.ts';
import { controlRoutes } from './routes/controls.ts';
import { exportRoutes } from './routes/exports.ts';
import { importRoutes } from './routes/imports.ts';
import { recordRoutes } from './routes/records.ts';
import { ingestRoutes } from './routes/ingest.ts';
import { createIngest, type Ingest } from './ingest/ingest-service.ts';
import { deviceRoutes } from './routes/devices.ts';
import { dustSourceRoutes } from './routes/dust-sources.ts';
import { monitoringRoutes } from './routes/monitoring.ts';
import { layerRoutes } from './routes/layers.ts';
import { bootstrapRoutes } from './routes/bootstrap.ts';
import { metaRoutes } from './routes/meta.ts';
import { openApiRoutes, REFERENCE_ASSETS_PATH, referenceAssetRoutes } from './routes/openapi.ts';
import { planRoutes } from './routes/plan.ts';
import { reportRoutes } from './routes/reports.ts';
import { emergencyReportRoutes } from './routes/emergency-report.ts';
import { emergencyComplianceRoutes } from './routes/emergency-compliance.ts';
import { emergencyStaggerRoutes } from './routes/emergency-stagger.ts';
import { emergencyWarningRoutes } from './routes/emergency-warnings.ts';
import { emergencyVisitRoutes } from './routes/emergency-visits.ts';
import { vehicleRoutes } from './routes/vehicles.ts';
import { emergencyListRoutes } from './routes/emergency-list.ts';
import { emergencyGateRoutes } from './routes/emergency-gate.ts';
import { attachmentRoutes } from './routes/attachments.ts';
import { routePlanRoutes } from './routes/route-plan.ts';
import { repairShopRoutes } from './routes/repair-shops.ts';
import { roadsideCheckRoutes } from './routes/roadside-checks.ts';
import { ruleRoutes } from './routes/rules.ts';
import { muckRoutes } from './routes/muck.ts';
import { machineDensityRoutes } from './routes/machine-density.ts';
import { statsRoutes } from './routes/stats.ts';
import { builtUpAreaRoutes } from './routes/built-up-area.ts';
import { roadRoutes } from './routes/roads.ts';
import { stockyardRoutes } from './routes/stockyards.ts';
import { vocRoutes } from './routes/voc.ts';
import { energyRoutes } from './routes/energy.ts';
import { publicReportIntakeRoutes, publicReportRoutes } from './routes/public-reports.ts';
import { fuelSampleRoutes } from './routes/fuel-samples.ts';
import { visitRoutes } from './routes/visits.ts';
import { taskRoutes } from './routes/tasks.ts';
import { userRoutes } from './routes/users.ts';
import { departmentRoutes } from './routes/departments.ts';
import { alertDepartmentRoutes } from './routes/alert-department.ts';

/** 413 with the API's error body once a request body passes `maxSize` bytes (counted as it streams in). */
const limitBody = (maxSize: number) =>
  bodyLimit({
    maxSize,
    onError: (c) => c.json(errorBody('payload_too_large', `request body exceeds ${maxSize} bytes`), 413),
  });

/** Options of the Lantian server. */
export interface AppOptions {
  db: Db;
  /** Absolute path of the built client (dist/client) to serve at /, or null for the API only. */
  clientDir?: string | null;
  /** Largest request body accepted, bytes (imports: `maxImportBytes`). */
  maxBodyBytes?: number;
  /** Largest file an import accepts, bytes. */
  maxImportBytes?: number;
  /**
   * Let anonymous callers read the public map layers (meta, layers, plan); default false: sign-in for all but health
   * and login.
   */
  publicRead?: boolean;
  /** Session idle and absolute lifetimes. */
  sessionLifetime?: SessionLifetime;
  /** Failed-login limits. */
  loginLimits?: LoginLimits;
  /** The clock (epoch ms), replaceable in tests of session expiry. */
  now?: () => number;
  /** Read X-Forwarded-Proto/-For/-Host from a reverse proxy (`--trust-proxy`); default false: ignored. */
  trustProxy?: boolean;
  /** The origins writes may come from (`--public-origin`, and this machine's hosts); default: loopback only. */
  origins?: OriginPolicy;
  /**
   * Budget of the map-layer response cache, bytes (bodies and their brotli/gzip forms); default
   * 64 MiB. 0 turns the cache off: every layer request reads the database (`--no-layer-cache`).
   */
  layerCacheBytes?: number;
  /**
   * Where the heavy requests run (statistics, route plans, import checks and commits, the monthly
   * report, AQ evaluations, statistics exports): a pool of worker threads from createTaskPool,
   * which its creator closes. Default: inline on the main thread over `db` (nothing to close).
   */
  pool?: TaskPool;
  /**
   * Advances the alert ledger to the dataset's present after a write that changes rule facts
   * (import commits, record edits); default: the pool's `alerts.advance`, one at a time. Pass the
   * same one the alert scheduler runs, so the two never race.
   */
  advanceLedger?: LedgerAdvance;
  /**
   * The change feed of `db` (services/change-feed.ts): polled at the start of every API request and
   * after the writer's commits; the layer cache and the alert scheduler subscribe to it. Default: a
   * new one over `db`.
   */
  changeFeed?: ChangeFeed;
  /**
   * The single writer of `db` every main-thread write goes through (its `afterCommit` feeds the
   * change feed); default: a new one over `db`.
   */
  writer?: Writer;
  /**
   * The bus of live events GET /api/events streams (readings, alerts, devices, the present); the server's
   * ingest and device monitor publish to the same one. Default: a new one, fed from the change feed
   * (services/live-feed.ts); whoever passes a hub starts that feed (server/main.ts does).
   */
  hub?: LiveHub;
  /** Limits of the event streams (ping interval, open streams, bytes a slow client may fall behind). */
  events?: Omit<EventsOptions, 'hub'>;
  /**
   * The HJ 212 ingest `POST /api/ingest/hj212` hands its frames to (server/ingest/); pass the one the TCP
   * listener uses so both share the batches and the per-device limits. Default: a new one over `db`.
   */
  ingest?: Ingest;
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
  trustProxy = false,
  origins = { publicOrigins: [], serverHosts: [] },
  layerCacheBytes = 64 * 1024 * 1024,
  pool = createTaskPool({ db, workers: 0 }),
  advanceLedger = serialLedgerAdvance(() => pool.run('alerts.advance', { now: now() })),
  changeFeed = createChangeFeed(db),
  writer = createWriter(db, { afterCommit: () => changeFeed.poll() }),
  hub: givenHub,
  events = {},
  ingest: givenIngest,
}: AppOptions) {
  const hub = givenHub ?? createLiveHub();
  if (!givenHub) startLiveFeed({ db, feed: changeFeed, hub });
  const ingest = givenIngest ?? createIngest({ db, writer, hub, now, feed: changeFeed });
  const store = createSqliteStore(db, writer);
  const limiter = new LoginLimiter(loginLimits);
  // layer bodies kept until a topic they depend on changes (services/layer-topics.ts)
  const layerCache = layerCacheBytes > 0 ? createBodyCache({ maxBytes: layerCacheBytes, feed: changeFeed }) : null;
  const api = new Hono<AuthEnv>()
    // every connection's commits since the last request, before any cache answers (a rowid seek when none)
    .use(async (_, next) => {
      changeFeed.poll();
      await next();
    })
    .use(authMiddleware({ sessions: store.sessions, publicRead, lifetime: sessionLifetime, now, trustProxy, origins }))
    .use('/imports/*', limitBody(maxImportBytes))
    // GET and HEAD carry no body to count (looking would build the full Request object, ~50 µs each)
    .use('*', async (c, next) =>
      c.req.method === 'GET' || c.req.method === 'HEAD' || c.req.path.startsWith('/api/imports/')
        ? next()
        : limitBody(maxBodyBytes)(c, next),
    )
    .route('/auth', authRoutes({ db, store, limiter, lifetime: sessionLifetime, publicRead, now }))
    .route('/users', userRoutes(store, now))
    .route('/audit', auditRoutes(store))
    .route('/', metaRoutes(db))
    // issue 18: the API reference (GET /api/openapi.json, GET /api/docs)
    .route('/', openApiRoutes())
    .route('/layers', layerRoutes(db, layerCache))
    .route('/bootstrap', bootstrapRoutes(db, layerCache))
    .route('/plan/indicators', cityIndicatorRoutes(store, now))
    .route('/plan', planRoutes(db))
    .route('/stats', statsRoutes(pool))
    .route('/aq', aqRoutes(pool))
    // issue 18 routes: the concentration surface
    .route('/air', airSurfaceRoutes(db, layerCache))
    .route('/rules', ruleRoutes(pool))
    .route('/alerts', alertRoutes(store, pool, now))
    .route('/tasks', taskRoutes(db, store, pool, now))
    .route('/controls', controlRoutes(pool))
    .route('/routes', routePlanRoutes(pool))
    .route('/exports', exportRoutes(db, pool))
    .route('/reports', reportRoutes(pool, now))
    .route('/emergency', emergencyListRoutes(db, writer, advanceLedger, now))
    .route('/emergency/stagger', emergencyStaggerRoutes(db, writer, advanceLedger, now))
    .route('/emergency/gate', emergencyGateRoutes(db))
    .route('/emergency', emergencyWarningRoutes(db, writer, advanceLedger, hub, now))
    .route('/emergency/visits', emergencyVisitRoutes(db, writer, advanceLedger, hub, now))
    .route('/attachments', attachmentRoutes(db, writer, now))
    .route('/emergency/warnings', emergencyReportRoutes(pool, now))
    .route('/emergency/warnings', emergencyComplianceRoutes(pool))
    .route('/imports', importRoutes(pool, advanceLedger, now))
    .route('/records', recordRoutes(writer, advanceLedger, now))
    .route('/devices', deviceRoutes(db, writer, now))
    .route('/monitoring', monitoringRoutes(db, pool))
    // issue 16 routes: built-up area
    .route('/built-up-area', builtUpAreaRoutes(db))
    // issue 16 routes: vehicles
    .route('/vehicles', vehicleRoutes(db, writer, advanceLedger, now))
    // issue 16 routes: roadside checks and repair shops
    .route('/checks', roadsideCheckRoutes(db, writer, advanceLedger, now))
    .route('/repair-shops', repairShopRoutes(db, writer, advanceLedger, now))
    // issue 16 routes: muck trucks
    .route('/muck', muckRoutes(db, writer, advanceLedger, now))
    // issue 16 routes: roads
    .route('/roads', roadRoutes(db, writer, advanceLedger, now))
    // issue 16 routes: stockyards
    .route('/stockyards', stockyardRoutes(db, writer, advanceLedger, now))
    .route('/dust', dustSourceRoutes(db))
    // issue 17 routes: cases
    .route('/cases', caseRoutes(db, writer, advanceLedger, now))
    // issue 17 routes: reports
    .route('/reports/public', publicReportIntakeRoutes(db, writer, advanceLedger, now))
    .route('/public-reports', publicReportRoutes(db, writer, advanceLedger, now))
    // issue 17 routes: visits
    .route('/visits', visitRoutes(db, writer, now))
    // issue 17 routes: departments
    .route('/departments', departmentRoutes(db, writer, now))
    .route('/alerts', alertDepartmentRoutes(db, writer, now))
    // issue 17 routes: fuel and voc
    .route('/voc', vocRoutes(db, writer, advanceLedger, now))
    .route('/fuel-samples', fuelSampleRoutes(db, writer, advanceLedger, now))
    // issue 17 routes: energy
    .route('/energy', energyRoutes(db, writer, advanceLedger, now))
    // issue 18 routes: machine density
    .route('/machines/density', machineDensityRoutes(db, layerCache))
    .route('/events', eventsRoutes({ ...events, hub }))
    .route('/ingest', ingestRoutes(ingest));

  const app = new Hono().use(securityHeaders()).use('/api/*', compressJson()).route('/api', api);
  // issue 18: the API reference page's files (Swagger UI from node_modules, our init script)
  app.route(REFERENCE_ASSETS_PATH, referenceAssetRoutes());

  app.onError((error, c) => {
    if (isApiError(error)) return c.json(errorBody(error.code, error.message, error.text), error.status);
    if (error instanceof HTTPException && error.status < 500) {
      return c.json(errorBody('invalid_request', error.message || 'bad request'), error.status);
    }
    console.error(`${c.req.method} ${c.req.path} failed:`, error);
    return c.json(errorBody('internal_error', 'internal server error'), 500);
  });

  const indexHtml =
    clientDir && existsSync(`${clientDir}/index.html`) ? readFileSync(`${clientDir}/index.html`, 'utf8') : null;
  if (clientDir && indexHtml) app.use('/*', serveStatic({ root: clientDir, precompressed: true }));
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

import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { threadId } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../server/app.ts';
import { isApiError } from '../../server/http/api-error.ts';
import { errorBodySchema } from '../../server/schema/common.ts';
import { importOutcomeSchema, importReportSchema } from '../../server/schema/imports.ts';
import { townshipStatsResponseSchema } from '../../server/schema/stats.ts';
import { createTaskPool, type TaskPool } from '../../server/workers/task-pool.ts';
import { readFixture } from '../import/fixtures.ts';
import { createSeededDbFile } from '../helpers/seeded-db.ts';
import { asUser, type Caller } from '../helpers/sign-in.ts';

let seeded: ReturnType<typeof createSeededDbFile>;
let pool: TaskPool;
let inline: Caller;
let pooled: Caller;
beforeAll(() => {
  seeded = createSeededDbFile({ scale: 0.25 });
  pool = createTaskPool({ db: seeded.db, workers: 2, testTasks: true });
  inline = asUser(createApp({ db: seeded.db }), seeded.db, 'admin');
  pooled = asUser(createApp({ db: seeded.db, pool }), seeded.db, 'admin');
});
afterAll(async () => {
  await pool.close();
  seeded.dispose();
});

/** The rejection of a task, which must be an ApiError. */
async function rejectionOf(run: Promise<unknown>) {
  const error = await run.then(
    () => null,
    (e: unknown) => e,
  );
  if (!isApiError(error)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return { status: error.status, code: error.code, message: error.message };
}

const json = { 'content-type': 'application/json' };
/** A hexagon across several townships in the middle of the district, [lon, lat]. */
const hexagon = {
  type: 'Polygon',
  coordinates: [
    [
      [112.66, 38.4],
      [112.74, 38.36],
      [112.82, 38.4],
      [112.82, 38.48],
      [112.74, 38.52],
      [112.66, 38.48],
      [112.66, 38.4],
    ],
  ],
};

/**
 * The same request through both apps; the monthly report's generation time and the solver's run time differ by
 * nature and are left out.
 */
const requests: Array<[string, string, number, RequestInit?]> = [
  ['townships', '/api/stats/townships?asOf=2023-06-30', 200],
  [
    'area',
    '/api/stats/area',
    200,
    { method: 'POST', headers: json, body: JSON.stringify({ geometry: hexagon, month: '2023-06' }) },
  ],
  [
    'area, self-crossing',
    '/api/stats/area',
    422,
    {
      method: 'POST',
      headers: json,
      body: JSON.stringify({
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [112.6, 38.4],
              [112.8, 38.5],
              [112.8, 38.4],
              [112.6, 38.5],
              [112.6, 38.4],
            ],
          ],
        },
      }),
    },
  ],
  [
    'route plan',
    '/api/routes/plan',
    200,
    {
      method: 'POST',
      headers: json,
      body: JSON.stringify({
        select: { layers: ['construction-sites', 'fuel-points'], onlyWithAlerts: true },
        inspectors: { count: 2, shift: ['08:30', '17:30'] },
      }),
    },
  ],
  [
    'route plan, nothing selected',
    '/api/routes/plan',
    400,
    {
      method: 'POST',
      headers: json,
      body: JSON.stringify({
        select: { layers: ['fuel-points'], townships: ['140902108'] },
        inspectors: { count: 1, shift: ['08:30', '17:30'] },
      }),
    },
  ],
  [
    'import dry run',
    '/api/imports/enterprises/dry-run?file=qiye.csv&crs=gcj02',
    200,
    { method: 'POST', body: readFixture('enterprises-gcj02.utf8-bom.csv') },
  ],
  [
    'import dry run, bad row',
    '/api/imports/enterprises/dry-run?file=qiye.csv&crs=gcj02',
    200,
    { method: 'POST', body: readFixture('enterprises-gcj02.bad-row.csv') },
  ],
  ['aq evaluation', '/api/aq/evaluation?year=2023&asOf=2023-09-30&scope=district', 200],
  ['aq evaluation, unknown station', '/api/aq/evaluation?year=2023&station=NOPE', 404],
  ['aq daily', '/api/aq/daily?from=2023-01-01&to=2023-01-31&scope=district', 200],
  ['monthly report', '/api/reports/monthly?month=2023-06&lang=en', 200],
  ['township statistics export', '/api/exports/stats/townships?format=geojson&month=2023-06', 200],
  [
    'area statistics export',
    '/api/exports/stats/area?format=csv&lang=en',
    200,
    { method: 'POST', headers: json, body: JSON.stringify({ circle: { center: [112.73, 38.42], radiusM: 5000 } }) },
  ],
  ['alerts at the present', '/api/alerts', 200],
  ['alerts at another moment and level', '/api/alerts?at=2023-07-15T11:00&alertLevel=orange', 200],
  ['rule hits', '/api/rules?asOf=2023-01-10&forecast=210,230,250', 200],
  ['controls', '/api/controls?at=2023-07-15T11:00&alertLevel=red', 200],
  ['tasks', '/api/tasks?at=2023-07-01', 200],
];

/** Status, content type and body of an answer, without what differs by nature between two runs. */
async function answer(res: Response) {
  const text = await res.text();
  const type = res.headers.get('content-type') ?? '';
  const body = type.includes('json')
    ? (JSON.parse(text) as Record<string, unknown>)
    : text.replace(/(Generated: )[^<]*/, '$1…');
  if (typeof body === 'object' && 'solveMs' in body) body.solveMs = 0;
  return { status: res.status, type, disposition: res.headers.get('content-disposition'), body };
}

describe('the task pool', () => {
  it('starts no worker before the first heavy request', async () => {
    const lazy = createTaskPool({ db: seeded.db, workers: 2 });
    const app = createApp({ db: seeded.db, pool: lazy });
    expect((await app.request('/api/health')).status).toBe(200);
    expect(lazy.threads()).toBe(0);
    await lazy.close();
  });

  it('runs tasks in worker threads (each its own thread), or inline on this thread with 0 workers', {
    timeout: 120_000,
  }, async () => {
    const ids = await Promise.all([pool.run('test.threadId', undefined), pool.run('test.threadId', undefined)]);
    for (const id of ids) expect(id).not.toBe(threadId);
    expect(pool.threads()).toBeGreaterThanOrEqual(1);
    expect(pool.threads()).toBeLessThanOrEqual(2);
    const onThisThread = createTaskPool({ db: seeded.db, workers: 0, testTasks: true });
    expect(await onThisThread.run('test.threadId', undefined)).toBe(threadId);
    await onThisThread.close();
  });

  it.each(requests)('answers %s exactly as inline (%s → %i)', async (_, path, status, init) => {
    const [a, b] = [await answer(await inline.request(path, init)), await answer(await pooled.request(path, init))];
    expect(a.status, JSON.stringify(a.body).slice(0, 300)).toBe(status);
    expect(b).toEqual(a);
  });

  it('keeps an ApiError across the thread boundary: status, code and message', async () => {
    expect(await rejectionOf(pool.run('test.apiError', { status: 409, message: 'the task says no' }))).toEqual({
      status: 409,
      code: 'conflict',
      message: 'the task says no',
    });
    const inspector = asUser(createApp({ db: seeded.db, pool }), seeded.db, 'inspector', {
      username: 'pool-inspector',
      townships: ['140902106'],
    });
    const res = await inspector.request('/api/routes/plan', {
      method: 'POST',
      headers: json,
      body: JSON.stringify({
        select: { layers: ['fuel-points'] },
        inspectors: { count: 1, shift: ['08:30', '17:30'] },
      }),
    });
    expect(res.status).toBe(403);
    expect(errorBodySchema.parse(await res.json()).error).toMatchObject({
      code: 'forbidden',
      message: expect.stringMatching(/outside your assigned townships \(140902106\)$/),
      text: { zh: expect.stringMatching(/不在您负责的乡镇（140902106）之内$/), en: expect.any(String) },
    });
  });

  it('answers a bug in a task 500 internal_error and logs it', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(await rejectionOf(pool.run('test.bug', undefined))).toEqual({
        status: 500,
        code: 'internal_error',
        message: 'internal server error',
      });
      expect(log.mock.calls.flat().join(' ')).toMatch(/task test\.bug failed.*TypeError: a bug in a handler/s);
    } finally {
      log.mockRestore();
    }
  });

  it('replaces a worker that crashes (exits, or throws outside a handler): ' +
    'its request is answered 500 worker_failed, the next one succeeds', {
    timeout: 180_000,
  }, async () => {
    const single = createTaskPool({ db: seeded.db, workers: 1, testTasks: true });
    const app = asUser(createApp({ db: seeded.db, pool: single }), seeded.db, 'admin');
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      for (const how of ['exit', 'throwOutside'] as const) {
        const crashed = await single.run('test.armCrash', how);
        const res = await app.request('/api/stats/townships');
        expect(res.status, how).toBe(500);
        expect(errorBodySchema.parse(await res.json()).error).toEqual({
          code: 'worker_failed',
          message: expect.stringMatching(
            /^the worker running stats\.townships failed \(.+\); nothing was answered, try again$/,
          ),
          text: expect.objectContaining({ zh: expect.any(String) }),
        });
        const next = await app.request('/api/stats/townships');
        expect(next.status, how).toBe(200);
        expect(townshipStatsResponseSchema.parse(await next.json()).townships).toHaveLength(18);
        expect(await single.run('test.threadId', undefined)).not.toBe(crashed);
        expect(single.threads()).toBe(1);
      }
      expect(log.mock.calls.flat().join(' ')).toMatch(/worker exited with code: 3.*thrown outside the handler/s);
    } finally {
      log.mockRestore();
      await single.close();
    }
  });

  it(
    'commits an import in a worker (records and audit rows written, nothing on a refusal), ' +
      'and the workers see the new records',
    async () => {
      const count = () => (seeded.db.prepare('SELECT count(*) AS n FROM enterprises').get() as { n: number }).n;
      const audits = () =>
        (seeded.db.prepare("SELECT count(*) AS n FROM audit_log WHERE action LIKE 'import.%'").get() as { n: number })
          .n;
      const enterprisesIn = async () =>
        townshipStatsResponseSchema.parse(await (await pooled.request('/api/stats/townships')).json()).district.counts
          .enterprises;
      const [before, auditsBefore, statsBefore] = [count(), audits(), await enterprisesIn()];

      const refused = await pooled.request('/api/imports/enterprises/commit?file=bad.csv&crs=gcj02', {
        method: 'POST',
        body: readFixture('enterprises-gcj02.bad-row.csv'),
      });
      expect(refused.status).toBe(422);
      expect(importReportSchema.parse(((await refused.json()) as { report: unknown }).report).committable).toBe(false);
      expect([count(), audits()]).toEqual([before, auditsBefore]);

      const res = await pooled.request('/api/imports/enterprises/commit?file=qiye.csv&crs=gcj02', {
        method: 'POST',
        body: readFixture('enterprises-gcj02.utf8-bom.csv'),
      });
      expect(res.status).toBe(200);
      expect(importOutcomeSchema.parse(await res.json())).toMatchObject({ inserted: 5, updated: 0 });
      expect(count()).toBe(before + 5);
      expect(audits()).toBe(auditsBefore + 6); // one per record and one for the import
      expect(await enterprisesIn()).toBe(statsBefore + 5);
    },
  );

  it('refuses tasks once closed', { timeout: 120_000 }, async () => {
    const closing = createTaskPool({ db: seeded.db, workers: 1, testTasks: true });
    expect(await closing.run('test.threadId', undefined)).not.toBe(threadId);
    await closing.close();
    expect(closing.threads()).toBe(0);
    expect(await rejectionOf(closing.run('test.threadId', undefined))).toMatchObject({
      status: 500,
      code: 'worker_failed',
    });
  });

  it('runs the TypeScript worker under tsx as the server does, and an idle worker does not keep the process alive', {
    timeout: 180_000,
  }, async () => {
    const tsxCli = createRequire(import.meta.url).resolve('tsx/cli');
    const child = fileURLToPath(new URL('./worker-pool-child.ts', import.meta.url));
    // the time limit only bounds a failure (a process kept alive); a passing run ends by itself
    const { error, stdout } = await new Promise<{ error: Error | null; stdout: string }>((resolve) => {
      execFile(process.execPath, [tsxCli, child, seeded.file], { timeout: 120_000 }, (e, out) =>
        resolve({ error: e, stdout: out }),
      );
    });
    expect(error).toBeNull();
    const printed = JSON.parse(stdout.trim()) as { threadId: number; threads: number };
    expect(printed.threadId).toBeGreaterThan(0);
    expect(printed.threads).toBe(1);
  });
});

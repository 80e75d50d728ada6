import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { DEMO_PASSWORD } from '../../server/services/seed-demo-accounts.ts';
import { openDatabase } from '../../server/db/open-database.ts';
import { prepareDatabase, type PrepareOptions } from '../../server/services/prepare-database.ts';
import { seedDatabase } from '../../seeds/seed-database.ts';
import { meResponseSchema } from '../../server/schema/auth.ts';
import { TEST_ORIGIN } from '../helpers/sign-in.ts';

const dir = mkdtempSync(join(tmpdir(), 'lantian-first-start-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const seedDemoData: PrepareOptions['seedDemoData'] = (db) => void seedDatabase(db);

const login = (app: ReturnType<typeof createApp>, username: string, password: string) =>
  app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: TEST_ORIGIN },
    body: JSON.stringify({ username, password }),
  });

describe('the first start', () => {
  it(
    'in demo mode (the default) seeds the data and the five demo accounts, ' + 'and the console knows it is a demo',
    async () => {
      const db = openDatabase(join(dir, 'demo.db'));
      expect(
        await prepareDatabase(db, { seedIfEmpty: true, demo: true, bcryptCost: 4, seedDemoData, now: Date.now }),
      ).toEqual({
        seeded: true,
        referenceOnly: false,
        demoAccounts: true,
        needsAdmin: false,
      });
      const app = createApp({ db });
      for (const name of ['official', 'analyst', 'inspector', 'duty', 'admin'])
        expect((await login(app, name, DEMO_PASSWORD)).status).toBe(200);
      expect(meResponseSchema.parse(await (await app.request('/api/auth/me')).json())).toMatchObject({
        user: null,
        demo: true,
      });
      // a second start changes nothing
      expect(
        await prepareDatabase(db, { seedIfEmpty: true, demo: true, bcryptCost: 4, seedDemoData, now: Date.now }),
      ).toEqual({
        seeded: false,
        referenceOnly: false,
        demoAccounts: false,
        needsAdmin: false,
      });
      db.close();
    },
  );

  it('with --no-seed writes the official reference data only: townships and the plan, no demo data', async () => {
    const db = openDatabase(join(dir, 'reference.db'));
    expect(await prepareDatabase(db, { seedIfEmpty: false, demo: true, seedDemoData, now: Date.now })).toEqual({
      seeded: false,
      referenceOnly: true,
      demoAccounts: false,
      needsAdmin: true,
    });
    const count = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get();
    expect([count('townships'), count('plan_tasks'), count('station_readings'), count('enterprises')]).toEqual([
      18, 17, 0, 0,
    ]);
    expect(db.prepare("SELECT DISTINCT status || '/' || status_provenance FROM plan_tasks").pluck().all()).toEqual([
      'not-started/approximate',
    ]);
    // the same rows the demo generator writes (the generator builds on the server's reference rows)
    expect(await prepareDatabase(db, { seedIfEmpty: true, demo: false, seedDemoData, now: Date.now })).toMatchObject({
      seeded: false,
      referenceOnly: false,
    });
    db.close();
  });

  it('with --no-demo creates no account; the first admin comes from npm run user:add, and can sign in', async () => {
    const file = join(dir, 'real.db');
    const db = openDatabase(file);
    expect(await prepareDatabase(db, { seedIfEmpty: true, demo: false, seedDemoData, now: Date.now })).toEqual({
      seeded: true,
      referenceOnly: false,
      demoAccounts: false,
      needsAdmin: true,
    });
    const app = createApp({ db });
    expect((await login(app, 'admin', DEMO_PASSWORD)).status).toBe(401);
    expect(meResponseSchema.parse(await (await app.request('/api/auth/me')).json()).demo).toBe(false);

    const cli = (args: string[], password: string) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/user-add.ts', ...args, '--db', file], {
        input: `${password}\n`,
        encoding: 'utf8',
      });
    const tooShort = cli(['--role', 'admin', '--username', 'chief'], 'short');
    expect(tooShort.status).toBe(2);
    expect(tooShort.stderr).toMatch(/password: must be at least 10 characters/);
    const badRole = cli(['--role', 'boss', '--username', 'chief'], 'a-long-password-1');
    expect(badRole.status).toBe(2);
    expect(badRole.stderr).toMatch(/role/);
    const ok = cli(['--role', 'admin', '--username', 'Chief', '--display-name', '环保局 管理员'], 'a-long-password-1');
    expect(ok.stderr).toBe('');
    expect(ok.stdout).toMatch(/created admin 'chief'/);
    expect(ok.status).toBe(0);

    const res = await login(app, 'chief', 'a-long-password-1');
    expect(res.status).toBe(200);
    expect(meResponseSchema.parse(await res.json()).user).toMatchObject({
      username: 'chief',
      role: 'admin',
      displayName: '环保局 管理员',
    });
    const audit = db.prepare("SELECT actor, action, after FROM audit_log WHERE action = 'user.create'").all();
    expect(audit).toEqual([
      { actor: 'cli', action: 'user.create', after: expect.stringContaining('"username":"chief"') },
    ]);
    expect(cli(['--role', 'admin', '--username', 'chief'], 'a-long-password-2').stderr).toMatch(/taken/);
    db.close();
  }, 60_000);
});
